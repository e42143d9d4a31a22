"""The readers of the cue files in data/ (JSON under patterns/, CSV tables
elsewhere): each extract module keeps its cue words there (knowledge is data)
and reads its part once, into a frozen dataclass of cue sets or a table behind
a functools.cache of its own."""

from __future__ import annotations

import csv
import json
from importlib import resources
from typing import Any


def pattern_data(name: str) -> dict[str, Any]:
    """The JSON object of data/patterns/NAME ("events.json"): section name ->
    that section's lists, numbers and tables, read afresh on each call (callers
    keep what they build from it behind their own cache)."""
    path = resources.files("warmonitor") / "data" / "patterns" / name
    loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return loaded


def data_rows(*parts: str) -> list[dict[str, str]]:
    """The rows of the CSV file data/PARTS ("actors", "capitals.csv"), each
    column name -> value, in the file's order; read afresh on each call."""
    path = resources.files("warmonitor") / "data"
    for part in parts:
        path = path / part
    with path.open("r", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def expand_lists(value: Any, lists: dict[str, Any]) -> Any:
    """A pattern with its "$name" references replaced by the data file's word
    lists (the Matcher patterns of attribution.json and account_sources.json)."""
    if isinstance(value, str) and value.startswith("$"):
        return lists[value[1:]]
    if isinstance(value, dict):
        return {k: expand_lists(v, lists) for k, v in value.items()}
    if isinstance(value, list):
        return [expand_lists(v, lists) for v in value]
    return value
