"""What the page around a story says is not where things happened (issue 13,
fifth round): the dateline (where the copy was filed), an outlet's tag line
(the topics it is filed under) and a town named only to say where another
lies. Every sentence here is our own, in the shape of wire and outlet copy
read in FA-KES and WikiEvents texts."""

from __future__ import annotations

from datetime import date

import pytest

from warmonitor.extract.claims import CasualtyClaim, EventClaim, Extraction
from warmonitor.extract.pipeline import extract

DAY = date(2016, 5, 1)


def claim_places(result: Extraction) -> list[str | None]:
    return [
        c.place.name if c.place else None for c in result.claims if isinstance(c, (CasualtyClaim, EventClaim))
    ]


@pytest.mark.parametrize(
    "text",
    [
        # A state agency's line: the city, the agency, a dash, the story.
        "Shells hit bakery\nHama, SANA - Terrorists fired rockets that killed four civilians near a bakery.",
        # Two filing cities before a dash glued to the second.
        "Four dead in raid. Amman London- Barrel bombs killed four civilians on Friday, medics said.",
        # A capital's name in capitals, its country, a dash, glued under the headline.
        "Jets pound villages\nDAMASCUS, Syria \u2014 Air raids killed 14 civilians in a rebel-held village.",
        # An agency in parentheses, the dash stripped with the punctuation.
        "Army presses on\nDAMASCUS (Sputnik) Four soldiers were killed in an ambush on Friday.",
    ],
)
def test_a_dateline_places_no_claim(text: str) -> None:
    result = extract(text, DAY)
    assert claim_places(result), "the story's claims are found"
    assert {"Hama", "Amman", "Damascus"}.isdisjoint(claim_places(result))


def test_the_body_still_places_its_claims_after_a_dateline() -> None:
    text = "Rockets hit city\nHama, SANA - Rockets fired on the town of Salamiyah killed four civilians."
    assert "Salamiyah" in claim_places(extract(text, DAY))


def test_a_tag_line_places_nothing_and_sets_no_country() -> None:
    text = (
        "Aid groups warn of hunger. Tags Syria Aleppo Russia UN Three civilians were killed when shells "
        "hit a bakery, rescuers said."
    )
    result = extract(text, DAY)
    assert claim_places(result) and set(claim_places(result)) == {None}
    glued = (
        "Relief convoys wait at the crossing. Tags Turkey Russia Idlib Civilians fled as warplanes struck "
        "the village, residents said."
    )
    assert "Idlib" not in claim_places(extract(glued, DAY))


def test_a_place_in_the_sentence_after_the_tags_still_counts() -> None:
    text = "Tags Syria Idlib airstrikes Jets struck a market in Maarat al-Numan killing nine people."
    assert "Maarat al-Numan" in claim_places(extract(text, DAY))


def test_a_town_located_from_a_city_is_the_place_not_the_city() -> None:
    text = (
        "Government jets carried out raids on Douma the rebel-held town east of Damascus killing at least "
        "seven people, the monitor said."
    )
    result = extract(text, DAY)
    assert claim_places(result) and "Damascus" not in claim_places(result)
    douma = next(c.place for c in result.claims if c.place and c.place.name == "Douma")
    assert douma.admin1 == "Rural Damascus"


def test_a_tag_line_at_the_foot_names_no_actor_and_no_country() -> None:
    text = (
        "Regime jets pounded rebel-held towns in Idlib province on Monday. Residents said two children "
        "were killed in the raids on Saraqib Tags Syria Idlib Russia airstrikes children"
    )
    result = extract(text, DAY)
    assert "Military Forces of Russia" not in {a.name for a in result.actors}
    assert "Saraqib" in claim_places(result)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Shelling killed two civilians in Kharkiv overnight, the Washington Post reported.", "Kharkiv"),
        ("Three militants died in a gunfight in Mon district on Friday, reports Nagaland Post.", None),
        ("A roadside bomb wounded four soldiers near Khan Younis, the Jerusalem Post said.", None),
    ],
)
def test_a_newspaper_named_after_a_city_is_not_a_place(text: str, place: str | None) -> None:
    # The outlet's city (Washington, Jerusalem) or state (Nagaland) is not where it happened.
    names = {p.name for p in extract(text, DAY).places}
    assert not names & {"Washington", "Jerusalem", "Nagaland"}
    assert place is None or place in names
