"""A digest's item is its credited paper's account (issue 11; claimants.json
`digest_credit`): sentences an SATP-style summary tells with no source of
their own take the paper the item credits, not the digest. Own sentences in
the summaries' manner (stops sometimes stripped, several items in a row)."""

from __future__ import annotations

from datetime import date

from warmonitor.extract.claims import CasualtyClaim
from warmonitor.extract.digests import digest_credits, is_digest
from warmonitor.extract.pipeline import extract

DAY = date(2015, 6, 12)


def _claimants(text: str, outlet: str | None = "SATP") -> list[tuple[str, int | None, str | None]]:
    claims = extract(text, DAY, outlet=outlet).claims
    return [(c.outcome, c.best, c.claimant) for c in claims if isinstance(c, CasualtyClaim)]


def test_the_items_later_sentences_are_its_papers() -> None:
    text = (
        "Three Policemen were killed when militants ambushed a patrol near Wana in South Waziristan "
        "Agency on June 10, reports Dawn. The attackers escaped into the hills. The bodies were taken "
        "to the agency headquarters. Later two more Levies personnel were wounded in the area."
    )
    assert ("injured", 2, "Dawn") in _claimants(text)


def test_each_item_takes_its_own_credit_and_a_named_source_keeps_its_own() -> None:
    # The sentence right after a named source goes on with it (as everywhere);
    # one further on, the item is its paper's again.
    text = (
        "Two Maoists were killed in an encounter with the District Reserve Guard in Sukma District on "
        "June 9, reports The Hindu. Police said a rifle was recovered. The operation went on for hours. "
        "Four jawans were injured. "
        "In another incident, five villagers were abducted by suspected cadres in Gumla District on "
        "June 10, reported The Telegraph. Three of them were released the next day, the Superintendent "
        "of Police said. Their families had gathered at the police station. One villager is still missing."
    )
    got = _claimants(text)
    assert ("injured", 4, "The Hindu") in got
    assert ("captured", 5, "The Telegraph") in got
    assert ("missing", 1, "The Telegraph") in got


def test_a_paper_our_list_lacks_is_read_where_the_sentence_ends_after_it() -> None:
    text = (
        "A trader was shot dead in Imphal West District on June 8, reports Imphal Free Press. "
        "Two of his companions were injured in the firing."
    )
    assert ("injured", 2, "Imphal Free Press") in _claimants(text)


def test_run_on_summaries_with_stops_stripped_keep_the_credit() -> None:
    text = (
        "Six Border Security Force personnel were injured in an IED blast in Kanker District on June 7 "
        "reports The Pioneer The blast hit their vehicle on a forest road The injured were airlifted to "
        "Raipur Later two more jawans were hurt in firing"
    )
    got = _claimants(text)
    assert ("injured", 6, "The Pioneer") in got
    assert all(claimant == "The Pioneer" for _o, _b, claimant in got)


def test_a_compiled_credit_gives_its_first_paper() -> None:
    credits = digest_credits(
        "Four soldiers were killed in Faryab on May 2 report compiled from Khaama Press and Tolo News"
    )
    assert [paper for _at, paper in credits] == ["Khaama Press"]


def test_only_a_digest_outlet_lends_its_items_to_the_credited_paper() -> None:
    assert is_digest("SATP") and is_digest("South Asia Terrorism Portal")
    assert not is_digest("Reuters") and not is_digest(None)
    text = (
        "Two soldiers were killed in a raid on a checkpoint on Tuesday, reports Dawn. "
        "The army sealed the area. Three more soldiers were wounded later in the day."
    )
    assert ("injured", 3, "Dawn") not in _claimants(text, outlet="Reuters")


def test_a_paper_our_list_lacks_is_read_where_the_items_day_follows_it() -> None:
    # "reports <paper> on <day>": the item's day ends the paper's name
    text = (
        "Three shopkeepers were shot dead by unidentified gunmen in the main bazaar of Kunduz City "
        "reports Kabul Evening Daily on June 11. Two passers-by were wounded."
    )
    got = _claimants(text)
    assert ("killed", 3, "Kabul Evening Daily") in got
    assert ("injured", 2, "Kabul Evening Daily") in got


def test_a_paper_named_with_its_article_keeps_it() -> None:
    # "The News" (Karachi) is no "News"
    text = "Two workers of a political party were shot dead in Lyari Town of Karachi, reports The News."
    assert _claimants(text) == [("killed", 2, "The News")]
