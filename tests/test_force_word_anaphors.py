"""A bare "the army" is the army called so before in the report, not
whichever state's forces spoke last (claimants.json `force_anaphors`): a
blind reading (seed 6767) found a Syrian army denial credited to Russia's
defence ministry, which had spoken in between."""

from __future__ import annotations

from datetime import date

from warmonitor.extract.claims import CasualtyClaim
from warmonitor.extract.pipeline import extract

REPORT = (
    "Jets struck a market in the town of Maarat al-Numan in Idlib province on Monday, a monitor said. "
    "The army denied targeting any market. "
    "Russia's defence ministry, whose aircraft fly in support of the government, said its planes had not "
    "flown over the province. "
    "The army said again that its strike had hit a depot in the town, killing 14 militants."
)


def claimants(text: str) -> list[str | None]:
    found = extract(text, date(2019, 5, 14), outlet="Wire").claims
    return [c.claimant for c in found if isinstance(c, CasualtyClaim)]


def test_the_army_named_before_keeps_its_word() -> None:
    assert claimants(REPORT) == ["Military Forces of Syria"]


def test_a_bare_army_after_a_foreign_army_is_that_army() -> None:
    text = (
        "Turkish jets hit positions near the town of Tal Rifaat in Aleppo province on Sunday. "
        "The Turkish army said 11 fighters were killed in the strikes. "
        "The army said another 3 fighters were killed on Monday."
    )
    assert claimants(text)[-1] == "Military Forces of Turkey"
