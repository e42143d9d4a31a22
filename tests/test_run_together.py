"""Feed copy that lost its line breaks: a heading's last word runs into the
next line's first ("...KharkivThe strikes..."). The tokenizer cuts there and
the place before the join is found; the text and spans stay the report's."""

from __future__ import annotations

from datetime import date

import pytest

from warmonitor.extract.pipeline import ReportText, extract_many, load_pipeline


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Shelling overnight in KharkivThe regional governor said two homes burned.", "Kharkiv"),
        ("Troops raided a compound east of Khan YunisRead more on the operation", "Yunis"),
        ("Militants ambushed a convoy near GaoEarlier this week the army said", "Gao"),
    ],
)
def test_the_joined_words_are_two_tokens_and_the_text_is_kept(text: str, word: str) -> None:
    doc = load_pipeline().make_doc(text)
    assert doc.text == text
    assert word in [t.text for t in doc]


@pytest.mark.parametrize("name", ["LinkedIn", "McDonald", "YouTube", "HaBesor", "iPhone", "PowerPoint"])
def test_camel_case_names_are_not_cut(name: str) -> None:
    assert [t.text for t in load_pipeline().make_doc(f"They said {name} was there.")][2] == name


def test_the_place_before_the_join_is_found_and_the_heading_is_its_own_sentence() -> None:
    text = (
        "Clashes west of KharkivThe army said on Monday that three soldiers were killed "
        "when a drone hit their position."
    )
    (found,) = extract_many([ReportText(text, date(2024, 5, 14), outlet="Kyiv Independent")])
    assert "Kharkiv" in {p.name for p in found.places}
    killed = [c for c in found.claims if c.kind == "casualty"]
    assert [c.best for c in killed] == [3]
    assert text[killed[0].span[0] : killed[0].span[1]].startswith("three")
