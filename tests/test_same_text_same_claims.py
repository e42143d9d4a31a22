"""The same text gives the same claims in every run: a tie between countries
is broken by the data, never by the order Python happens to hash names in.
A coded note's own country names its unnamed actors."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from warmonitor.extract.acled_coding import code_notes

# Old City: a neighbourhood name in Cape Verde, Palestine and the United
# States, one place each: three countries tie for the report's focus.
TIED = "Protesters gathered in the Old City on Monday and residents marched to the main square."


def _extract(text: str, seed: str) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, "-m", "warmonitor", "extract", "-", "--published", "2022-06-21", "--format", "json"],
        input=text, capture_output=True, text=True, timeout=300, check=True,
        env={**os.environ, "PYTHONHASHSEED": seed},
    ).stdout  # fmt: skip
    result: dict[str, object] = json.loads(out)
    return result


def test_a_tie_between_countries_resolves_the_same_way_in_every_run() -> None:
    runs = [_extract(TIED, seed) for seed in ("1", "2", "3")]
    assert runs[0] == runs[1] == runs[2]
    # The tie goes to the country where the namesake is home to the most people.
    (place,) = runs[0]["places"]  # type: ignore[misc]
    assert (place["name"], place["country"]) == ("Old City", "Palestinian Territory")


def test_coded_notes_name_unnamed_actors_after_their_rows_country() -> None:
    notes = [
        ("T1", "On 20 June 2022, protesters gathered in the Old City against new parking fees.",
         "United States"),
        ("T2", "On 14 March 2022, protesters held a sit-in in the Old City in solidarity with prisoners.",
         "Palestine"),
    ]  # fmt: skip
    first, second = code_notes(notes)
    assert first.actor1 == "Protesters (United States)"
    assert second.actor1 == "Protesters (Palestine)"
