"""Outlets and claimant organisations we already know: canonical name and kind.

Read from the package's data/sources.csv (see data/sources.README.md), so that
"AFP" and "Agence France-Presse" are one source and a monitor is known as one.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources

from warmonitor.store.models import SourceKind


@dataclass(frozen=True)
class KnownSource:
    name: str
    kind: SourceKind
    country: str | None
    homepage: str | None


def _fold(name: str) -> str:
    return " ".join(name.casefold().replace("the ", " ", 1).split()) if name else ""


@cache
def known_sources() -> dict[str, KnownSource]:
    """Every name and alias, folded, mapped to its canonical entry."""
    table: dict[str, KnownSource] = {}
    path = resources.files("warmonitor") / "data" / "sources.csv"
    with path.open("r", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            entry = KnownSource(
                name=row["name"].strip(),
                kind=SourceKind(row["kind"].strip()),
                country=(row.get("country") or "").strip() or None,
                homepage=(row.get("homepage") or "").strip() or None,
            )
            aliases = [a for a in (row.get("aliases") or "").split("|") if a.strip()]
            for alias in [entry.name, *aliases]:
                table.setdefault(_fold(alias), entry)
    return table


def lookup(name: str) -> KnownSource | None:
    return known_sources().get(_fold(name))
