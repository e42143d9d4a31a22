"""A place in a speaker's words ("the head of a charity's programme in
Turkey") is where the speaker is, not who speaks: no country's government
becomes the claimant of the count told next."""

from __future__ import annotations

from datetime import date

import pytest

from warmonitor.extract.pipeline import ReportText, extract_many


@pytest.mark.parametrize(
    ("text", "figure", "not_claimant"),
    [
        (
            "Shelling hit a clinic in the city on Sunday, killing three patients, the charity said. "
            "Dr Ana Ruiz head of the charitys health programme in Turkey described the attack as a crime. "
            "Attacks on clinics in the region have left 40 health workers dead since January.",
            40,
            "Turkish government",
        ),
        (
            "Troops came under fire near the border on Tuesday. The coordinator of the relief mission "
            "in Russia described the convoy attack as deliberate. Strikes on convoys have left 16 aid "
            "workers dead since March.",
            16,
            "Russian government",
        ),
    ],
)
def test_a_country_after_in_is_no_speaker(text: str, figure: int, not_claimant: str) -> None:
    (found,) = extract_many([ReportText(text, date(2024, 3, 4), outlet="Wire")])
    told = {c.best: c.claimant for c in found.claims if c.kind == "casualty"}
    assert figure in told
    assert told[figure] != not_claimant


def test_a_state_body_in_its_capital_still_speaks_for_its_state() -> None:
    text = (
        "Air strikes killed 25 militants over the past day, the defence ministry in Moscow said on Saturday."
    )
    (found,) = extract_many([ReportText(text, date(2016, 10, 1), outlet="Wire")])
    (claim,) = [c for c in found.claims if c.kind == "casualty"]
    assert claim.claimant is not None and "Russia" in claim.claimant
