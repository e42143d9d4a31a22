"""Who gains a place (issue 11, "Control comes from who did what to where"),
on sentences of our own wording after the ways FA-KES articles and wire
reports of other wars (Sudan, Ukraine, Nigeria, Mali) tell it: a headline run
into the lead, a town named before a relative clause with the comma dropped,
a capture told as a noun and announced by its taker, a pejorative naming the
besieger, PYD for the Kurdish forces, "last <month>" as history and an attack
on a road."""

from __future__ import annotations

from datetime import date

import pytest
import spacy
from spacy.tokens import Doc

from warmonitor.extract.actors import Actor, ActorMention
from warmonitor.extract.claims import ControlClaim
from warmonitor.extract.components import subject_actors
from warmonitor.extract.pipeline import extract

DAY = date(2024, 6, 12)


def control(text: str) -> list[tuple[str | None, str | None, str]]:
    claims = [c for c in extract(text, DAY, outlet="Reuters").claims if isinstance(c, ControlClaim)]
    return [(c.place.name if c.place else None, c.actor, c.change) for c in claims]


def test_a_headline_parsed_as_the_subject_leaves_the_gain_to_the_actors_after_it() -> None:
    # The parse FA-KES gave a headline run into its lead without a stop: the
    # headline's verb is the subject of the lead's verb. Built by hand, since
    # the model parses such a sentence differently each time it is reworded.
    words = (
        "Rebels gain in west after troops retreated Elsewhere Iraqi soldiers and Kurdish fighters "
        "ousted IS from Sinjar"
    )
    heads = [1, 13, 1, 2, 6, 6, 1, 9, 9, 6, 9, 12, 9, 13, 13, 13, 15]
    deps = ["nsubj", "nsubj", "prep", "pobj", "mark", "nsubj", "advcl", "advmod", "amod", "dobj", "cc",
            "amod", "conj", "ROOT", "dobj", "prep", "pobj"]  # fmt: skip
    pos = ["NOUN", "VERB", "ADP", "NOUN", "SCONJ", "NOUN", "VERB", "ADV", "ADJ", "NOUN", "CCONJ",
           "ADJ", "NOUN", "VERB", "PROPN", "ADP", "PROPN"]  # fmt: skip
    doc = Doc(spacy.blank("en").vocab, words=words.split(), heads=heads, deps=deps, pos=pos)

    def mention(phrase: str, name: str, inter: int) -> ActorMention:
        start = doc.text.index(phrase)
        return ActorMention(Actor(name, inter), start, start + len(phrase), phrase)

    actors = [
        mention("Rebels", "Rebel Group (Iraq)", 2),
        mention("troops", "Military Forces of Iraq", 1),
        mention("Iraqi soldiers", "Military Forces of Iraq", 1),
        mention("Kurdish fighters", "Peshmerga", 2),
        mention("IS", "Islamic State", 2),
    ]
    found = subject_actors(doc[:], doc.text.index("ousted"), actors)
    assert [m.text for m in found] == ["Iraqi soldiers", "Kurdish fighters"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the comma before the apposition dropped, as FA-KES outlets do
        (
            "At least 12 were killed in clashes to the west and south of Kobane the border town that "
            "Kurdish fighters retook on Monday.",
            [("Kobani", "Syrian Democratic Forces", "gained")],
        ),
        (
            "Five soldiers were killed in fighting to the north and east of Kidal the desert town that "
            "Malian troops retook on Tuesday.",
            [("Kidal", "Military Forces of Mali", "gained")],
        ),
    ],
)
def test_the_town_before_a_relative_clause_is_the_one_taken(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert control(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The capture of Wad Madani was announced by the Sudanese army on Saturday.",
        "The Sudanese army announced the capture of Wad Madani on Saturday.",
        "The capture of Wad Madani by the Sudanese army was announced by state television.",
    ],
)
def test_a_capture_told_as_a_noun_is_the_announcing_force_s(text: str) -> None:
    assert control(text) == [("Wad Medani", "Military Forces of Sudan", "gained")]


def test_a_capture_a_monitor_confirms_is_not_the_monitor_s() -> None:
    # a monitor is no armed actor: the capture keeps no taker, as before
    assert control("The capture of Pokrovsk was confirmed by a war monitor.") == [
        ("Pokrovsk", None, "gained")
    ]


def test_a_pejorative_besieger_is_the_group_the_report_called_so() -> None:
    assert control(
        "Boko Haram terrorists stormed a base near Monguno on Monday. "
        "By night residents were fleeing the terrorist-besieged town of Dikwa."
    ) == [("Dikwa", "Boko Haram", "contested")]
    assert control(
        "Islamic State jihadists shelled the area on Monday. "
        "Later clashes broke out at the jihadist-besieged border town of Kobani."
    ) == [("Kobani", "Islamic State", "contested")]
    # named by nobody before: the generic side, as before
    assert control("Residents were fleeing the terrorist-besieged town of Dikwa on Monday.") == [
        ("Dikwa", "Rebel Group (Nigeria)", "contested")
    ]


def test_the_pyd_is_the_kurdish_forces() -> None:
    assert control("Qamishli is largely controlled by the PYD while regime troops keep the airport.") == [
        ("Qamishli", "Syrian Democratic Forces", "holds")
    ]


def test_last_month_of_a_year_before_is_history() -> None:
    # said in June 2024: last August is 2023, last May is this year's
    assert control("IS fighters seized the town of Sirte last August.") == []
    assert control("IS fighters seized the town of Sirte last May.") == [("Sirte", "Islamic State", "gained")]


def test_an_attack_on_a_road_contests_no_town() -> None:
    # not the towns the road links, nor the town the report named before
    assert (
        control(
            "Coalition strikes killed 12 civilians in the city of Al Bukamal on Sunday. "
            "A military source said troops had repelled a massive counterattack of jihadist fighters "
            "on a key supply road linking Palmyra and Deir ez-Zor."
        )
        == []
    )


@pytest.mark.parametrize(
    "text",
    [
        # a town with a name of its own the gazetteer lacks is that town, not the one named before
        "Jets have pounded Latakia since rebels took the strategically placed town of Tell Kuzhan in April.",
        "Fighting raged across Hama province. Military sources said the army regained Kuzhanhi town "
        "and two hills in Hama countryside.",
    ],
)
def test_a_named_town_the_gazetteer_lacks_is_not_the_place_before(text: str) -> None:
    # Since issue 11 round control12 the town is claimed under its own name, placed
    # at the region of a place the text names (tests/test_control_unlisted_places.py);
    # the place named before it is still never the one that changed hands.
    found = control(text)
    assert all(place not in ("Latakia", "Al Lādhiqīyah", "Hama", "Ḩamāh") for place, _, _ in found)
    assert {place for place, _, _ in found} <= {"Tell Kuzhan", "Kuzhanhi"}


@pytest.mark.parametrize(
    "text",
    [
        # "the village" refers back to no city: Aleppo and Wad Madani are landmarks here
        "Gunmen killed 12 people in a village north of Aleppo on Friday. The army said the attackers "
        "fled before troops withdrew from the village at night.",
        "RSF fighters overran the village of Wad al-Noura near Wad Madani on Wednesday before withdrawing "
        "from the village at dawn.",
    ],
)
def test_the_village_is_not_the_city_named_before(text: str) -> None:
    # Since issue 11 round control12 a village the gazetteer lacks that a capture
    # names ("overran the village of Wad al-Noura") is claimed under its own name
    # (tests/test_control_unlisted_places.py); the city is still never claimed.
    assert [claim for claim in control(text) if claim[0] != "Wad al-Noura"] == []


def test_the_city_still_refers_back_to_the_city() -> None:
    assert control(
        "Rebels stormed Aleppo in the morning. By evening the army said it had retaken the city."
    ) == [
        ("Aleppo", "Rebel Group (Syria)", "gained"),
        ("Aleppo", "Military Forces of Syria", "gained"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The defence ministry did not say whether its units had pushed the RSF out of Omdurman.",
        "State media said the army dealt heavy blows to the jihadists in Zuhur but did not say "
        "IS fighters had been pushed out of Hasakeh.",
    ],
)
def test_a_change_a_report_did_not_tell_is_no_claim(text: str) -> None:
    assert control(text) == []


def test_a_change_a_report_tells_is_a_claim() -> None:
    assert control("Kyiv said Russian troops had entered Chasiv Yar on Monday.") == [
        ("Chasiv Yar", "Military Forces of Russia", "gained")
    ]
