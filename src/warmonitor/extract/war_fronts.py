"""Whom a state force's own post means by "terrorists" (issue 13).

The Israeli army's Telegram posts call the men they fight "terrorists" or
"a terrorist cell" and often name no group. Read as the generic label of an
armed opposition, the words became "Rebel Group (Israel)", a group that
does not exist. The post's "terrorists" are the group it fights: the armed
group the post names nearest before the words (after them if none before),
else the group at war on the front the post is about
(data/actors/war_fronts.csv: Hamas in Gaza, Hezbollah from Lebanon).
Only in a post whose outlet is the state force itself; in other reports
"terrorists" stays the armed opposition of the country in focus (Syrian
state media's word for the rebels).
"""

from __future__ import annotations

from functools import cache

from warmonitor.extract.actors import Actor, ActorMention, load_actors
from warmonitor.extract.cue_data import data_rows

# ACLED's inter codes of rebel groups (2) and political militias (3)
_ARMED_GROUPS = (2, 3)


@cache
def _fronts() -> dict[tuple[str, str], str]:
    return {(r["force"], r["country"]): r["group"] for r in data_rows("actors", "war_fronts.csv")}


def fought_group(
    force: Actor, named: list[ActorMention], at: int, countries: list[str | None]
) -> Actor | None:
    """The group that `force`'s own post means by an unnamed armed
    opposition at character `at`: a non-state armed group `named` in the
    post (nearest before `at`, else first after), else the group of the
    front of the first of `countries` (the sentence's country, then the
    report's sentences' in order) that data/actors/war_fronts.csv lists for
    the force; None where neither is found."""
    groups = [m for m in named if m.actor.inter in _ARMED_GROUPS and m.actor.name != force.name]
    before = [m for m in groups if m.end <= at]
    if before:
        return before[-1].actor
    if groups:
        return groups[0].actor
    fronts = _fronts()
    name = next((fronts[force.name, iso] for iso in countries if iso and (force.name, iso) in fronts), None)
    return load_actors().actors.get(name) if name else None
