"""A count told as the sum of the report's other counts keeps them as its
parts (extract/stated_totals.py, casualties.json `restated.stated_total`), so
neither the claims nor the reconciled toll add a town's share to the total.

The sentences are this project's own, written after reading how FA-KES
stories outside gold/fakes/split.csv (and outside blind_split.csv's held-out
half) give a day's dead town by town and "a total of", "in all", "in total"
beside them, and how they use "another N" for the next town's share.
"""

from __future__ import annotations

from datetime import date

import pytest

from warmonitor.extract.claims import CasualtyClaim
from warmonitor.extract.pipeline import extract
from warmonitor.extract.stated_totals import says_total

DAY = date(2019, 5, 3)  # a Friday


def _tolls(text: str) -> list[CasualtyClaim]:
    return [c for c in extract(text, DAY).claims if isinstance(c, CasualtyClaim)]


def _heads(text: str) -> dict[int | None, int | None]:
    """{each toll's number: the number of the toll it is part of}."""
    tolls = _tolls(text)
    return {c.best: (tolls[c.part_of].best if c.part_of is not None else None) for c in tolls}


@pytest.mark.parametrize(
    ("text", "heads"),
    [
        # the total first, then the towns, one of them "another"
        (
            "Warplanes struck two villages in the Idlib countryside on Thursday, killing a total "
            "of 19 people, rescuers said. Eleven people died in Kafr Nabl, where a bakery was hit. "
            "Another eight were killed in Hass, the rescuers added.",
            {19: None, 11: 19, 8: 19},
        ),
        # the towns first, the sum after them with "In all" and a comma
        (
            "Shelling hit the market in Douma on Sunday and killed seven people, medics said. "
            "Four more people died in nearby Harasta. In all, 11 people were killed.",
            {7: 11, 4: 11, 11: None},
        ),
    ],
)
def test_the_towns_shares_are_parts_of_the_stated_total(text: str, heads: dict[int, int | None]) -> None:
    assert _heads(text) == heads


def test_with_no_sum_stated_another_towns_dead_are_added() -> None:
    # "Four more" are other people: with nothing telling a sum, both counts stand.
    heads = _heads(
        "Shelling hit the market in Douma on Sunday and killed seven people, medics said. "
        "Four more people died in nearby Harasta."
    )
    assert heads == {7: None, 4: None}


def test_a_share_that_does_not_fit_or_counts_the_hurt_stays_out() -> None:
    heads = _heads(
        "A total of nine soldiers were killed in attacks on two checkpoints near Gao on Monday, "
        "the army said. Six died at the first post and 14 were wounded. "
        "Militants killed 12 civilians in a village to the south."
    )
    assert heads[9] is None and heads[6] == 9
    assert heads[14] is None and heads[12] is None


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("raids killed a total of 31 people", "first"),
        ("In total over 40 civilians died", "last"),
        ("35 people in total had died", "last"),
        ("forty in all were killed", "last"),
        ("killed 31 people in all of the raids' towns", None),
        ("killed 31 people and wounded many", None),
        ("the total death toll stood at 31", None),
    ],
)
def test_the_words_that_say_a_count_is_a_sum(text: str, total: str | None) -> None:
    number = next(w for w in ("31", "40", "35", "forty") if w in text)
    start = text.index(number)
    assert says_total(text, (start, start + len(number))) == total


def test_a_sum_told_first_takes_no_count_before_it() -> None:
    # "a total of" opens a telling: the 15 told before it is no share of it,
    # and the total is itself a share of the headline's count.
    heads = _heads(
        "Troops killed 40 militants in two days near Gao, the army said on Saturday. "
        "Fifteen were killed in a raid on a camp in the north. "
        "A total of 25 militants were killed near the town of Ansongo."
    )
    # 15 and 25 add up to the 40 told first: both are its shares (summed_shares).
    assert heads[15] == 40 and heads[25] == 40


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # others of the civilians counted before them are civilians
        ("At least 45 civilians were killed and 30 others were wounded in shelling on the city on Monday.",
         ["civilians", "civilians"]),
        # others of a part of the civilians (two children) are people of no told side
        ("Two children were killed and 5 others were injured when a shell hit a school in Aleppo.",
         ["civilians:children", "total"]),
        ("A car bomb killed three people and injured 45 others in Homs.", ["total", "total"]),
        ("Two soldiers were killed and four others wounded in an ambush near Palmyra.",
         ["government", "government"]),
    ],
)  # fmt: skip
def test_others_hurt_beside_a_count_are_of_its_side(text: str, parties: list[str]) -> None:
    assert [c.party for c in _tolls(text)] == parties


@pytest.mark.parametrize(
    ("text", "linked"),
    [
        # a headline run into its lead with no stop: one telling
        ("Suicide bomber kills 12 at market in Maiduguri A suicide bomber killed 12 people at a "
         "crowded market in Maiduguri on Tuesday, police said.", True),
        ("Gunmen kill 7 villagers in Zamfara raid Gunmen on motorbikes killed seven villagers in a "
         "raid on a village in Zamfara state on Sunday, residents said.", True),
        # two tellings joined by "and" in the first sentence are two counts
        ("Attackers killed 4 people in Birnin Magaji and bandits killed 4 people in Zurmi on "
         "Friday, police said.", False),
    ],
)  # fmt: skip
def test_a_headline_glued_to_its_lead_tells_its_count_once(text: str, linked: bool) -> None:
    tolls = _tolls(text)
    assert len(tolls) == 2
    assert (tolls[1].part_of == 0) is linked


def test_another_after_the_dead_tells_the_leads_wounded_again() -> None:
    # "Another 70 were wounded" sets the hurt beside the dead just counted: the
    # lead's 70 wounded told again, not 70 more.
    tolls = _tolls(
        "Fighting between two rebel factions east of the capital left at least 40 dead and 70 "
        "wounded on Friday, a monitor said. Eighteen of the dead were from one faction and 20 "
        "from the other, as well as two civilians, the monitor said. Another 70 were wounded."
    )
    wounded = [c for c in tolls if c.outcome == "injured"]
    assert [c.best for c in wounded] == [70, 70] and wounded[1].part_of == tolls.index(wounded[0])
    # after a count of the wounded, "another" wounded are others
    tolls = _tolls(
        "A shell killed five people and wounded 10 in the market of Douma on Monday. "
        "Another 10 were wounded when a second shell hit a school in the town."
    )
    assert [c.part_of for c in tolls if c.outcome == "injured"] == [None, None]


def test_a_stored_reports_toll_counts_a_total_and_its_shares_once(db_url: str) -> None:
    """Through the store and reconcile with the real extractor: the lead's
    total, the same total told again, and its two towns' shares are one toll."""
    from datetime import UTC, datetime

    from warmonitor.ingest.draft import ReportDraft
    from warmonitor.ingest.pipeline import Defaults, ingest_drafts
    from warmonitor.reconcile.casualties import estimate_casualties
    from warmonitor.reconcile.run import reconcile
    from warmonitor.store.db import open_store, session_scope

    text = (
        "A total of 26 militants were killed in army raids near Gao and Menaka on Thursday, "
        "the army said. The army said a total of 26 militants died in the raids. "
        "Fourteen were killed in a raid on a camp near Gao. "
        "Another 12 militants were killed near Menaka."
    )
    engine = open_store(db_url)
    draft = ReportDraft(
        text=text, origin="counts18:1", fmt="jsonl", title="Raids", outlet="Reuters",
        published=datetime(2019, 5, 3, tzinfo=UTC),
    )  # fmt: skip
    list(ingest_drafts(engine, [draft], Defaults()))
    reconcile(engine)
    with session_scope(engine) as session:
        _day, total, parties = estimate_casualties(session, as_of=date(2019, 5, 3))
    assert total.best == 26
    assert [p.best for p in parties if p.party == "rebels"] == [26]
