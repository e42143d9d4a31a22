"""Territorial control claims: who gained, lost, holds or contests a place.

"captured", "seized", "took control of", "entered", "overran" are gains;
"withdrew from", "pulled out of", "lost" are losses; "repelled" an assault is
a claim to still hold the place; "besieged", "encircled" contest it. Whether
the claim is true is reconciliation's business: here we only record who said
what about which place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

VERBS: list[tuple[str, str]] = [
    (r"recaptured|retook|regained(?: control of)?|re-?took control of", "gained"),
    (r"(?:have |has |had )?(?:seized|taken|took|gained|wrested|assumed) (?:full |total |partial )?control (?:of|over)"
     r"|captured|capture of|seized|seizure of|overran|overrun|stormed|entered|pushed into|advanced into|took over"
     r"|fell to", "gained"),
    (r"(?:now |still |already )?controls?|(?:is|are|remain|remains) in control of"
     r"|(?:now |still |already )?(?:holds?|held)(?= (?:most|much|all|large parts|parts|part) of)", "holds"),
    (r"held by|in the hands of|under the control of|controlled by", "holds"),
    # Presence seen by witnesses: "saw rebels moving through the streets of the centre".
    (r"(?:moving|patrolling|deployed|gathered|roaming) (?:through|in|around) the streets of", "holds"),
    (r"repelled|repulsed|thwarted|foiled|fended off|beat back|restored (?:its |their )?positions", "holds"),
    (r"withdr[ae]w(?:n)? from|withdrawn|withdrawing|pulled (?:back|out) (?:from|of)|pulling back from|retreated from"
     r"|lost control of|lost|redeployment out of|redeployed out of|abandoned|evacuated", "lost"),
    (r"besieged|encircled|surrounded|laid siege to|under siege", "contested"),
]  # fmt: skip
_VERB_RE = re.compile(
    r"\b(?:" + "|".join(f"(?P<v{i}>{p})" for i, (p, _c) in enumerate(VERBS)) + r")\b", re.IGNORECASE
)
_CHANGE = {f"v{i}": change for i, (_p, change) in enumerate(VERBS)}
_HYPOTHETICAL = re.compile(r"\b(?:would|could|might|may|if)\b[^,.;]{0,20}$", re.IGNORECASE)
_MODAL_AFTER = re.compile(r"^[^,.;]{0,40}?\b(?:would|could|might)\b", re.IGNORECASE)
# "the first raids since 2016, when government troops retook the east": history
# told in passing, not a change the report claims now.
_HISTORY = re.compile(r"\b(?:since|in) (?:19|20)\d\d,? when\b[^.;]*$", re.IGNORECASE)
_ACTOR_AFTER = re.compile(r"^(?:held by|in the hands of|under the control of|controlled by|fell to)$", re.I)


def told_as_history(before: str) -> bool:
    """Whether a verb after `before` sits in a clause recalling an earlier year."""
    return bool(_HISTORY.search(before))


@dataclass(frozen=True)
class ControlCue:
    change: str
    start: int  # offsets into the sentence
    end: int
    verb: str
    hypothetical: bool
    passive_by: bool  # "was captured by the rebels": the actor follows


def find_control_cues(sentence: str) -> list[ControlCue]:
    cues = []
    for m in _VERB_RE.finditer(sentence):
        group = next(g for g, v in m.groupdict().items() if v)
        before = sentence[: m.start()]
        after = sentence[m.end() : m.end() + 30]
        passive = bool(_ACTOR_AFTER.match(m.group(0))) or (
            bool(re.search(r"\b(?:was|were|been|is|are)\s+$", before)) and bool(re.match(r"\s+by\b", after))
        )
        noun_form = m.group(0).lower().endswith(" of") and m.group(0).lower().startswith(
            ("capture", "seizure")
        )
        cues.append(
            ControlCue(
                change=_CHANGE[group],
                start=m.start(),
                end=m.end(),
                verb=m.group(0),
                hypothetical=bool(_HYPOTHETICAL.search(before) or _HISTORY.search(before))
                or (noun_form and bool(_MODAL_AFTER.match(sentence[m.end() :]))),
                passive_by=passive,
            )
        )
    return cues
