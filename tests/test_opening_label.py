"""A post that opens with a known source's name and a colon ("IDF: ...") is
told by that source, whatever the channel it came through is called: the
army's own strikes keep the army as their actor (isaf24 made the label no
party to the launches it reports; lead34). Our own sentences."""

from __future__ import annotations

from datetime import date

from warmonitor.extract.pipeline import extract


def test_a_label_names_the_teller_and_its_own_strike_keeps_it() -> None:
    text = "IDF: Earlier today, fighter jets struck a Hezbollah launch post near Yaroun in southern Lebanon."
    found = [c for c in extract(text, date(2024, 2, 9), outlet="an army channel").claims if c.kind == "event"]
    assert found and found[0].claimant == "Military Forces of Israel"
    assert "Military Forces of Israel" in found[0].actors


def test_a_country_or_a_word_before_a_colon_names_no_teller() -> None:
    for text in (
        "Syria: Nine people were killed in shelling on the market of Douma on Monday.",
        "Update: Nine people were killed in shelling on the market of Douma on Monday.",
    ):
        found = [
            c for c in extract(text, date(2016, 2, 9), outlet="Some Paper").claims if c.kind == "casualty"
        ]
        assert found and found[0].claimant in (None, "Some Paper"), text
