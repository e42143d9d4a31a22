"""Page clutter never speaks for a report's figures: a related story's
headline run into the lead ("X says …" between the byline and the body), a
picture's credit line ("image copyright <agency>", "(<agency> photo)"), and
a lead's count of an earlier day beside other sources' counts of the day's
news (extract/page_clutter.py, extract/account_source.py; branch claimant22,
issue 11). Sentences are this project's own wording, after the shapes read
in FA-KES articles outside the held-out halves (Al-Ahram and Sputnik
related-headline lines, Daily Sabah and Jordan Times credits) and a BBC
country profile in WikiEvents dev."""

from __future__ import annotations

from datetime import date

from warmonitor.extract.claims import CasualtyClaim
from warmonitor.extract.page_clutter import a_credit
from warmonitor.extract.pipeline import extract

DAY = date(2019, 6, 3)


def sources(text: str, outlet: str = "Jordan Times") -> list[tuple[str, int | None, str | None]]:
    found = extract(text, DAY, outlet=outlet).claims
    return [(c.outcome, c.best, c.claimant) for c in found if isinstance(c, CasualtyClaim)]


def test_a_related_headline_says_nothing_of_the_lead() -> None:
    text = (
        "Shelling kills 14 in northern town Reuters Monday 3 Jun 2019 Army chief says talks with rebels "
        "to resume Shelling of the northern town killed 14 people on Monday including four children the "
        "local council said."
    )
    assert {who for _, _, who in sources(text)} == {"local council"}


def test_a_related_headline_of_a_world_body_gives_way_to_the_lead_s_teller() -> None:
    text = (
        "Updated 20 dead in raids near the port rescuers AFP Friday 7 Jun 2019 UN says aid convoy "
        "delayed again Air raids on the port district killed 20 people on Friday including six in a bus "
        "the civil defence said."
    )
    found = sources(text)
    assert ("killed", 20, "Syria Civil Defence") in found
    assert all(who != "United Nations" for _, _, who in found)


def test_a_present_tense_body_sentence_keeps_its_own_teller() -> None:
    """No second teller: 'activists say' is the sentence's own speaker."""
    text = "Opposition activists say air strikes on a market in the town killed at least 9 people on Monday."
    assert sources(text) == [("killed", 9, "activists")]


def test_an_image_credit_run_into_a_sentence_is_no_teller() -> None:
    text = (
        "Gunmen from across the border raided two towns in 1996 and held patients in a hospital. "
        "Scores died in the raids.image copyright AFP image caption The region sees frequent attacks on "
        "police posts and officials."
    )
    found = sources(text, "BBC")
    assert found and all(who != "Agence France-Presse" for _, _, who in found)


def test_credit_words() -> None:
    assert a_credit("image copyright AFP image caption Dagestan")
    assert a_credit("(AP photo)")
    assert a_credit("Photo: Reuters")
    assert not a_credit("an AFP photographer")  # a reporter who saw, not a credit
    assert not a_credit("the Syrian Observatory for Human Rights")


def test_a_lead_of_an_earlier_day_is_its_account_source_s() -> None:
    """Two monitors count today's strikes; a raid 'last Monday' told in the
    outlet's voice and then by who struck it 'according to local sources' is
    those sources' account: the monitors' counts are of another day."""
    text = (
        "The Observatory says at least 12 people were killed when air strikes hit the town on Sunday. "
        "A second monitoring group says the strikes killed 13. "
        "The town is held by a coalition of rebel groups. "
        "Dozens of people were killed in air raids on a market in the east of the country last Monday. "
        "The attack was most likely carried out by foreign warplanes according to local sources."
    )
    found = sources(text, "alaraby")
    assert ("killed", 12, "local sources") in found  # the vague "dozens"
    assert ("killed", 12, "Syrian Observatory for Human Rights") in found


def test_a_figure_in_a_related_list_takes_no_later_headline_s_denial() -> None:
    text = (
        "A car bomb at a checkpoint killed at least 9 soldiers on Monday, the monitor said. "
        "Topic Unrest in the north Related Blast at a bus station leaves at least 30 dead Minister says "
        "budget hit by war Neighbour denies plans to send troops - its prime minister"
    )
    found = extract(text, DAY, outlet="Sputnik").claims
    related = [c for c in found if isinstance(c, CasualtyClaim) and c.best == 30]
    assert related and all(c.claimant == "Sputnik" and c.stance == "asserted" for c in related)


def test_a_witness_who_said_does_not_take_a_present_tense_teller_s_count() -> None:
    text = (
        "Opposition activists say air strikes on a market in the town killed at least 9 people on Monday "
        "including a baker who said he had just opened his shop."
    )
    assert sources(text) == [("killed", 9, "activists")]


def test_a_source_naming_one_of_the_wounded_has_the_lead() -> None:
    """A lead in the outlet's voice, then the one source named for that
    fighting telling who one of the wounded was: the counts are its account
    (the agreement study's adjudication, gold/fakes/README.md)."""
    text = (
        "Government troops killed more than 40 insurgents and wounded 15 others in fighting near the dam. "
        "The fatalities came on Tuesday in a village north of the dam. "
        "Local news website Valley Today identified one of the wounded as a senior commander of the group."
    )
    found = sources(text, "alalam")
    assert ("killed", 40, "Valley Today") in found and ("injured", 15, "Valley Today") in found
