"""A sentence a page prints twice tells its event once (issues 11 and 13).

Web copies of wire and broadcaster articles repeat a lead sentence word for
word (a lead pasted twice, a summary box above the body). Each copy made its
own casualty, event and control claims: linked to the first as a redundant
restatement at best, a second count of the same deaths at worst (blind
reading 3434, an Al-Manar article). A sentence whose words are the words of
an earlier sentence of the report (case, spacing and the closing mark
aside) makes no event or control claims; a short one ("Fighting
continued.") may be told twice as two moments and is kept. Its casualty
figures stay, linked to the first copy's (`link_restatements`): the FA-KES
gold marks each printed figure, the copy's too, and dropping them lost
recall (events24).
"""

from __future__ import annotations

import re

from spacy.tokens import Span

# words a sentence needs before its repetition counts as a copy
_MIN_WORDS = 8
_SPACE = re.compile(r"\s+")


def _key(text: str) -> str:
    return _SPACE.sub(" ", text).strip().rstrip(".!?").lower()


def repeated_sentences(sentences: list[tuple[Span, str]]) -> set[int]:
    """The start characters of the sentences that repeat an earlier one."""
    seen: set[str] = set()
    repeats = set()
    for sent, sent_text in sentences:
        key = _key(sent_text)
        if len(key.split()) < _MIN_WORDS:
            continue
        if key in seen:
            repeats.add(sent.start_char)
        seen.add(key)
    return repeats
