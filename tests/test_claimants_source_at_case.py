"""'A Source at <body>' capitalised, as Al-Manar's copy of SANA writes it, is
the body, as 'a source at <body>' is (issue 11, branch claimant17: the blind
claimant gold's dev half names the governorate). Sentences are this
project's own wording; none is a report's."""

from __future__ import annotations

from datetime import date

import pytest

from warmonitor.extract.claims import CasualtyClaim
from warmonitor.extract.pipeline import extract

DAY = date(2016, 2, 27)


@pytest.mark.parametrize("noun", ["source", "Source", "SOURCE"])
def test_a_source_at_a_body_is_the_body_in_any_case(noun: str) -> None:
    text = f"A {noun} at Homs Governorate told the agency that three farmers were killed by a mine near the village."
    found = [c.claimant for c in extract(text, DAY, outlet="Outlet").claims if isinstance(c, CasualtyClaim)]
    assert found == ["homs governorate"]
