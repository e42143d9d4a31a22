"""Reports that name more than one source: whose each figure is.

Sentences written for these tests in the manner of wire copy, about several
wars; none is copied from a report.
"""

from __future__ import annotations

from datetime import date

from warmonitor.extract.claims import CasualtyClaim
from warmonitor.extract.pipeline import extract

DAY = date(2024, 11, 26)
SOHR = "Syrian Observatory for Human Rights"


def by_figure(text: str, outlet: str) -> dict[int | None, str | None]:
    return {
        c.best: c.claimant for c in extract(text, DAY, outlet=outlet).claims if isinstance(c, CasualtyClaim)
    }


def test_a_breakdown_of_a_count_is_the_counts_source_not_the_speaker_between() -> None:
    text = (
        "The health ministry said 31 people were killed in the strikes on Khan Younis. The army said it "
        "had targeted militants hiding in a school. Twelve of the dead were children."
    )
    got = by_figure(text, "Reuters")
    assert got[31] == got[12] == "health ministry"


def test_a_new_figure_after_a_speaker_without_one_stays_with_that_speaker() -> None:
    # not a breakdown: the count is new, and goes on with the sentence before
    text = (
        "Police said a car bomb killed nine people near a bus station in Quetta on Monday. The provincial "
        "governor said the bomber had been stopped at the gate. Another 22 people were wounded."
    )
    got = by_figure(text, "Dawn")
    assert got[9] == "police"
    assert got[22] != "police"


def test_two_sources_spoken_of_as_one_speak_as_the_first_named() -> None:
    text = (
        "The Observatory and the civil defence both said the toll in Douma was at least 40 on Sunday. "
        "The two sources said 15 of the dead were children."
    )
    got = by_figure(text, "Al-Araby Al-Jadeed")
    assert got[40] == got[15] == SOHR


def test_a_second_source_giving_a_toll_does_not_take_the_sentence_from_the_first() -> None:
    text = (
        '"Ten people were killed and 22 wounded when a car bomb hit a bus stop in Zahraa" said Homs '
        "governor Talal Barazi. Barazi had at first announced eight dead but the Syrian Observatory for "
        "Human Rights gave a higher toll of 12. A second bomb went off in another district wounding "
        "three people but causing no more deaths said Barazi."
    )
    got = by_figure(text, "Al-Ahram")
    assert got[10] == got[8] == got[3] == "homs governor"
    assert got[12] == SOHR
