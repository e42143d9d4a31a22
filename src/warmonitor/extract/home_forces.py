"""A state's own forces at home are state forces (ACLED inter 1), not external.

The actor dictionary codes the armies that fight abroad (Israel's, Russia's,
Turkey's, the United States') as external forces, inter 8, because most
reports name them abroad: Israel's army in Gaza or Lebanon, Russia's in
Syria or Ukraine. In a report about their own country (the IDF stopping
gunmen who crossed into Israel near Zikim, Russian troops shelled in
Belgorod) ACLED codes them as that country's state forces, inter 1, as it
codes any army at home. Written by hand (issue 13, places16, 2026-11-30)
after a blind reading of the IDF's Telegram posts (an interception inside
Israel coded 8) and ACLED's practice in its notes of January-April 2022
(Israeli forces in Israel 1, in the West Bank 8).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from spacy.tokens import Doc

from warmonitor.extract.actors import ActorMention
from warmonitor.extract.gazetteer import load_gazetteer

_EXTERNAL = 8
_STATE = 1
# ACLED's names of a country's own state forces; a mission's contingents
# ("ATMIS (Kenya)", country Somalia) are external wherever they are
_STATE_PREFIXES = ("Military Forces of ", "Police Forces of ")


def at_home(doc: Doc, named: list[ActorMention]) -> list[ActorMention]:
    """The mentions, with an external state force named in a sentence whose
    country in focus is its own, in a report about that country, coded as
    that country's state force."""
    countries: dict[int, str | None] = doc._.wm_sentence_countries or {}
    starts = sorted(countries)
    gazetteer = load_gazetteer()
    out = []
    for m in named:
        actor = m.actor
        if actor.inter == _EXTERNAL and actor.name.startswith(_STATE_PREFIXES) and actor.country:
            at = bisect_right(starts, m.start) - 1
            here = doc._.country_hint or (countries[starts[at]] if at >= 0 else doc._.country)
            own = gazetteer.country_of_word(actor.country)
            # both the sentence and the report are about its own country: a
            # capital named for its government ("Washington has blamed") in a
            # report about Syria makes its sentence American, not the army's war
            if here is not None and own == here and doc._.country in (None, own):
                m = replace(m, actor=replace(actor, inter=_STATE))
        out.append(m)
    return out
