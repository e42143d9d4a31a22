"""Claimant kinds found by judging 30 FA-KES articles that no gold file covers
(18 from SANA, Al-Manar, Etilaf, TRT, Reuters, Jordan Times, Asharq Al-Awsat,
12 from any outlet; issue 11, branch claimant27b): a role holder named after
a known source's possessive stripped of its apostrophe speaks for the source;
a description whose apposition names a source speaks by that name; a
subheading run into "In the same context" heads the item after it, whose
teller is named in the next sentence; figures told "on" another day than the
carried source's account are the outlet's narration. Sentences are this
project's own wording, after shapes read in FA-KES articles outside the
held-out halves."""

from __future__ import annotations

from datetime import date

from warmonitor.extract.claims import CasualtyClaim
from warmonitor.extract.pipeline import extract

DAY = date(2016, 8, 14)


def sources(text: str, outlet: str | None = "Jordan Times") -> list[tuple[str, int | None, str | None]]:
    found = extract(text, DAY, outlet=outlet).claims
    return [(c.outcome, c.best, c.claimant) for c in found if isinstance(c, CasualtyClaim)]


SOHR = "Syrian Observatory for Human Rights"


def test_a_stripped_possessive_before_a_role_and_its_holder_speaks() -> None:
    # the parser reads "observatorys" as a second subject of "said"
    text = (
        "Kurdish units and rebels fought over the hill on Tuesday. The observatorys chief Omar Haddad "
        "said warplanes struck as the fighting went on and that 9 rebels and four Kurdish fighters died."
    )
    assert {c for _o, _b, c in sources(text)} == {SOHR}
    text = "The Observatorys director Omar Haddad told AFP that 14 people were killed in the town."
    assert sources(text) == [("killed", 14, SOHR)]


def test_a_role_with_its_holder_after_a_possessive_is_the_owners() -> None:
    text = "UNICEFs spokesman Ali Omar said 17 children were killed in the raids on Monday."
    assert sources(text) == [("killed", 17, "UNICEF")]
    text = "The observatory's head Omar Haddad said 17 civilians were killed in the raids on Monday."
    assert sources(text) == [("killed", 17, SOHR)]


def test_a_description_named_by_its_apposition() -> None:
    text = (
        "Activists said 20 people died in the bombing of the market. A further monitor the "
        "London-based Syrian Observatory for Human Rights said 8 children were among the people "
        "killed."
    )
    assert sources(text) == [("killed", 20, "activists"), ("killed", 8, SOHR)]
    text = "A second group, the Local Coordination Committees, said 31 people were killed across the country."
    assert sources(text) == [("killed", 31, "Local Coordination Committees")]


def test_a_named_apposition_is_needed() -> None:
    # people named after "residents" are residents still, not a body
    text = "Residents, Khaled Omar and Samir Aziz, said 6 people were killed in the raid."
    assert sources(text) == [("killed", 6, "residents")]


BULLETIN = (
    "Two civilians were killed in a rocket attack on Homs a source at Homs Police Command told SANA. "
    "The source added that the attack caused damage to houses. "
    "A child killed 12 injured in a rocket attack in Hama In the same context a boy lost his life and "
    "12 others were hurt when rockets fell on the eastern quarter of Hama city. "
    "A source at Hama Police Command told SANA that six rockets struck the quarter, adding that four "
    "of the hurt were in a serious condition."
)


def test_a_subheading_run_into_in_the_same_context_heads_its_item() -> None:
    found = sources(BULLETIN, outlet="SANA")
    assert found[0] == ("killed", 2, "Homs Police Command")
    # the Hama item's subheading and lead are told by the Hama source named after them
    assert {c for _o, _b, c in found[1:]} == {"Hama Police Command"}


def test_figures_on_another_day_are_not_the_carried_source_s() -> None:
    text = (
        "Rockets hit two districts of Homs on Saturday killing 9 civilians a source at Homs Police "
        "Command told SANA. The source said four of the dead were killed in the first district which "
        "also saw 12 injured. Another shell left 5 civilians dead and 20 injured. Rocket attacks on "
        "the city on Friday killed three boys and wounded 15 more people."
    )
    found = sources(text, outlet="SANA")
    assert [c for _o, _b, c in found[:5]] == ["Homs Police Command"] * 5
    assert found[5:] == [("killed", 3, "SANA"), ("injured", 15, "SANA")]
    text = (
        "A source at Homs Police Command told SANA that rockets killed 3 people on Tuesday. "
        "On Wednesday two suicide bombers killed 4 people at a checkpoint."
    )
    assert sources(text, outlet="SANA") == [
        ("killed", 3, "Homs Police Command"),
        ("killed", 4, "SANA"),
    ]


def test_the_same_day_or_no_day_goes_on_with_the_source() -> None:
    text = (
        "A source at Homs Police Command told SANA that rockets killed 3 people on Tuesday. "
        "Two suicide bombers killed 4 people at a checkpoint."
    )
    assert [c for _o, _b, c in sources(text, outlet="SANA")] == ["Homs Police Command"] * 2
    text = (
        "Jets struck the town on Sunday killing 14 people the Syrian Observatory for Human Rights said "
        "on Monday. On Sunday morning the raids also killed 6 children."
    )
    assert {c for _o, _b, c in sources(text)} == {SOHR}
