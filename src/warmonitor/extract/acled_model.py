"""Linear classifiers for ACLED coding, read from package data.

A model is a vocabulary of features, one weight row per feature and class,
and a bias per class, stored as a plain .npz of arrays (no pickle: loading
it runs no code). It is learned by scripts/train_acled_classifier.py; see
data/acled/README.md for what from.

Two kinds of features:
- `features(text)`: lower-cased words and word pairs of a text (the
  interaction model);
- `span_features(span)`: what carries from ACLED's notes to news prose, read
  from the parsed sentence: content lemmas and their pairs, each verb with
  its subject and objects, the trigger lexicon's cues (events.py) and the
  inter codes of the actors the pipeline found. Places, people, numbers and
  dates become placeholders, and the notes' boilerplate (date lead, size tag,
  "fatalities coded as", ACLED's topic tags) is skipped. The sub-event model
  (`SubEventModel`) reads these and gives calibrated probabilities.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import pairwise
from pathlib import Path

import numpy as np
from spacy.tokens import Doc, Span, Token

from warmonitor.errors import UserError
from warmonitor.extract.cue_data import data_rows
from warmonitor.extract.events import find_event_cues
from warmonitor.extract.mentions import doc_text

_SIZE = re.compile(r"\[size=[^\]]*\]", re.I)
_LEAD_DATE = re.compile(
    r"^\s*(?:on|around|between|in|during)?\s*(?:the )?(?:week of )?[^,]{0,40}\d{4}[^,]{0,20},", re.I
)
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|\d+")


def features(text: str) -> list[str]:
    """Words and adjacent word pairs, lower-cased; numbers become one token,
    and ACLED's date lead and size tag are dropped (they say nothing of type)."""
    body = _LEAD_DATE.sub("", _SIZE.sub("", text), count=1).lower()
    words = ["<num>" if w.isdigit() else w for w in _WORD.findall(body)]
    return words + [f"{a} {b}" for a, b in pairwise(words)]


def actor_features(inters: Iterable[int]) -> list[str]:
    """The inter categories of the actors a note names, alone and in pairs
    ("<actor1>", "<actors17>"): what the interaction model reads beside the
    words, so a group it never saw still counts as a rebel group or a militia."""
    found = sorted(set(inters))
    return [f"<actor{i}>" for i in found] + [f"<actors{a}{b}>" for a in found for b in found if a <= b]


def sub_event_features(sub_event_type: str | None, inters: Iterable[int]) -> list[str]:
    """The sub-event type, alone and with each inter category found
    ("<sub:Attack>", "<sub:Attack:2>"): the interaction model learns ACLED's
    pairing of types and sides from the coders' types and reads the
    sub-event model's guess at run time."""
    if not sub_event_type:
        return []
    return [f"<sub:{sub_event_type}>"] + [f"<sub:{sub_event_type}:{i}>" for i in sorted(set(inters))]


@dataclass(frozen=True)
class LinearModel:
    vocabulary: dict[str, int]
    classes: tuple[str, ...]
    weights: np.ndarray  # (features, classes)
    bias: np.ndarray  # (classes,)

    def scores(self, text: str, extra: Iterable[str] = ()) -> np.ndarray:
        """Class scores of a text's `features`, with `extra` features beside them."""
        feats = features(text)
        feats.extend(extra)
        rows = sorted({self.vocabulary[f] for f in feats if f in self.vocabulary})
        # Binary features, L2-normalised, as in training.
        total = self.weights[rows].sum(axis=0) / np.sqrt(len(rows)) if rows else 0.0
        return np.asarray(self.bias + total)

    def predict(self, text: str) -> str:
        return self.classes[int(np.argmax(self.scores(text)))]


def load_model(name: str) -> LinearModel:
    """The shipped linear model `name` (data/acled/<name>.npz); for "interaction",
    the .npz named by WARMONITOR_INTERACTION_MODEL instead when set (a model
    learned for measurement, e.g. January-March only, scored on April).
    Raises UserError when the file cannot be read."""
    override = os.environ.get("WARMONITOR_INTERACTION_MODEL") if name == "interaction" else None
    return _load(name, override or "")


@cache
def _load(name: str, path: str) -> LinearModel:
    try:
        source = Path(path) if path else resources.files("warmonitor") / "data" / "acled" / f"{name}.npz"
        with source.open("rb") as fh, np.load(fh, allow_pickle=False) as data:
            vocabulary = {str(word): i for i, word in enumerate(data["vocabulary"])}
            return LinearModel(
                vocabulary=vocabulary,
                classes=tuple(str(c) for c in data["classes"]),
                weights=data["weights"].astype(np.float32),
                bias=data["bias"].astype(np.float32),
            )
    except (OSError, KeyError, ValueError) as exc:
        raise UserError(f"{name} model {path or name + '.npz'}: cannot be read ({exc})") from None


# ACLED's own wording, which says nothing of the type in news: the leading
# topic tag ("Interception: On 3 May ..."), the size tag, the coders'
# fatality notes and "(as reported)".
_BOILERPLATE = re.compile(
    r"^\s*[A-Z][a-z]+(?:[ -][a-z]+){0,4}:\s"
    r"|\[size=[^\]]*\]"
    r"|\b(?:fatalities|casualties|deaths)\b[^.]{0,80}?\bcoded\b[^.]*"
    r"|\(?\bas reported\)?"
    r"|\bno (?:further )?(?:fatalities|casualties|injuries)"
    r"(?: or (?:fatalities|injuries))? (?:were )?reported\b",
    re.I,
)
_PLACEHOLDER = {"GPE": "<place>", "LOC": "<place>", "FAC": "<place>", "PERSON": "<person>"}
_NUMERIC = {"CARDINAL", "QUANTITY", "ORDINAL", "MONEY", "PERCENT"}
_SKIP_ENTS = {"DATE", "TIME"}
_ARG_DEPS = {"dobj", "nsubj", "nsubjpass", "attr", "agent", "pobj", "dative"}
UNCERTAIN = "uncertain"


def _word(token: Token) -> str:
    if token.like_num or token.ent_type_ in _NUMERIC:
        return "<num>"
    return _PLACEHOLDER.get(token.ent_type_) or token.lemma_.lower()


def span_features(span: Span | Doc) -> list[str]:
    """The sub-event model's features of one parsed sentence or note (see the
    module docstring); a list of strings, repeated ones allowed."""
    doc = span.doc if isinstance(span, Span) else span
    start = span.start_char if isinstance(span, Span) else 0
    text = _text(span)
    skipped = [(m.start() + start, m.end() + start) for m in _BOILERPLATE.finditer(text)]
    lead = _LEAD_DATE.match(text)
    if lead:
        skipped.append((start, start + lead.end()))

    def kept(token: Token) -> bool:
        if token.is_punct or token.is_space or token.ent_type_ in _SKIP_ENTS:
            return False
        # Most sentences have no boilerplate: no generator to run for them.
        return not skipped or not any(a <= token.idx < b for a, b in skipped)

    tokens = [t for t in span if kept(t)]
    content = [t for t in tokens if not t.is_stop or (t.pos_ in ("VERB", "ADP") and t.dep_ == "prt")]
    words = [_word(t) for t in content]
    out = words + [f"{a} {b}" for a, b in pairwise(words)]
    for token in tokens:
        if token.pos_ not in ("VERB", "AUX") or token.is_stop:
            continue
        verb = token.lemma_.lower()
        for child in token.children:
            dep = child.dep_
            if dep == "prep" or dep == "agent":
                out += [
                    f"{verb}>{child.lemma_.lower()}>{_word(g)}" for g in child.children if g.dep_ == "pobj"
                ]
            elif dep in _ARG_DEPS and kept(child):
                out.append(f"{verb}>{dep[:5]}>{_word(child)}")
            elif dep == "neg":
                out.append(f"not>{verb}")
    out += [f"cue:{c.sub_event_type}" for c in find_event_cues(text)]
    out += lexicon_features(text)
    actors = getattr(doc._, "actors", None) or []
    end = start + len(text)
    inters = sorted({m.actor.inter for m in actors if start <= m.start < end})
    out += [f"inter:{i}" for i in inters]
    out += [f"inters:{a}-{b}" for a in inters for b in inters if a < b]
    return out or ["<empty>"]


_LEX_WORD = re.compile(r"[a-z]+(?:[-'][a-z]+)*")


@cache
def _type_cues() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """data/acled/type_cues.csv by first word: (words, sub-event type)."""
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for row in data_rows("acled", "type_cues.csv"):
        words = tuple(row["phrase"].lower().split())
        out.setdefault(words[0][:3], []).append((words, row["sub_event_type"]))
    return out


def lexicon_features(text: str) -> list[str]:
    """ "lex:<sub-event type>" for each phrase of data/acled/type_cues.csv the
    text holds: its words in a row, each word of the text starting with the
    phrase's word ("defus" holds "defused")."""
    words = _LEX_WORD.findall(text.lower())
    cues = _type_cues()
    found: set[str] = set()
    for i, word in enumerate(words):
        for phrase, sub in cues.get(word[:3], ()):
            if len(phrase) <= len(words) - i and all(
                w.startswith(p) for w, p in zip(words[i : i + len(phrase)], phrase, strict=False)
            ):
                found.add(f"lex:{sub}")
    return sorted(found)


@dataclass(frozen=True)
class TypeGuess:
    """A sub-event type with its probability. `sub_event_type` is the best
    ACLED sub-event type, or "uncertain" when its probability is below the
    model's threshold; `best` is always the best type, `event_type` its event
    type (or the event type whose sub-event types together pass the
    threshold, else "uncertain")."""

    sub_event_type: str
    best: str
    confidence: float
    event_type: str
    event_confidence: float

    @property
    def uncertain(self) -> bool:
        return self.sub_event_type == UNCERTAIN


def _text(span: Span | Doc) -> str:
    """`span.text`, cut from the Doc's text made once (spaCy joins a Span's
    tokens again on every `.text`)."""
    text = doc_text(span.doc if isinstance(span, Span) else span)
    return text[span.start_char : span.end_char] if isinstance(span, Span) else text


def embedding_text(span: Span | Doc | str) -> str:
    """The text whose word vectors the model reads: the sentence or note
    without ACLED's boilerplate and date lead (as `span_features` skips them)."""
    text = span if isinstance(span, str) else _text(span)
    text = _BOILERPLATE.sub(" ", text)
    text = _LEAD_DATE.sub("", text, count=1)
    return " ".join(text.split())


@dataclass(frozen=True)
class SubEventModel:
    """Multinomial logistic regression over `span_features`, with a
    temperature (calibration) and the probability below which it answers
    "uncertain" (see data/acled/README.md)."""

    linear: LinearModel
    temperature: float
    uncertain_below: float
    event_type_of: dict[str, str]
    provenance: str
    # Weights of the text's mean word vector (warmonitor.extract.word_vectors),
    # (300, classes), when the model learned from it.
    vector_weights: np.ndarray | None = None

    def probabilities(self, feats: Iterable[str], vector: np.ndarray | None = None) -> np.ndarray:
        """Class probabilities (in `linear.classes` order) of one text's
        features and, for a model with vector weights, its mean word vector
        (300 floats; ValueError when it is missing)."""
        vocab = self.linear.vocabulary
        rows = sorted({vocab[f] for f in feats if f in vocab})
        total = self.linear.weights[rows].sum(axis=0) / np.sqrt(len(rows)) if rows else 0.0
        z = self.linear.bias + total
        if self.vector_weights is not None:
            if vector is None:
                raise ValueError("this sub-event model needs the text's word vector")
            z = z + vector @ self.vector_weights
        z = z / self.temperature
        e = np.exp(z - z.max())
        return np.asarray(e / e.sum())

    def guess(self, feats: Iterable[str], vector: np.ndarray | None = None) -> TypeGuess:
        p = self.probabilities(feats, vector)
        i = int(np.argmax(p))
        best = self.linear.classes[i]
        by_event: dict[str, float] = {}
        for cls, prob in zip(self.linear.classes, p, strict=True):
            et = self.event_type_of.get(cls, "Strategic developments")
            by_event[et] = by_event.get(et, 0.0) + float(prob)
        event, event_p = max(by_event.items(), key=lambda kv: kv[1])
        sure = float(p[i]) >= self.uncertain_below
        return TypeGuess(
            sub_event_type=best if sure else UNCERTAIN,
            best=best,
            confidence=float(p[i]),
            event_type=event if sure or event_p >= self.uncertain_below else UNCERTAIN,
            event_confidence=event_p,
        )

    def classify(self, span: Span | Doc) -> TypeGuess:
        return self.classify_many([span])[0]

    def classify_many(self, spans: Sequence[Span | Doc]) -> list[TypeGuess]:
        """A guess per sentence or note, in order."""
        if self.vector_weights is None:
            return [self.guess(span_features(s)) for s in spans]
        from warmonitor.extract.word_vectors import load_word_vectors

        vectors = load_word_vectors().mean_vectors([embedding_text(s) for s in spans])
        return [self.guess(span_features(s), v) for s, v in zip(spans, vectors, strict=True)]


def load_sub_event_model() -> SubEventModel:
    """The shipped sub-event model, or the .npz named by WARMONITOR_SUB_EVENT_MODEL
    (a model learned for measurement, e.g. January-April only)."""
    return _load_sub_event(os.environ.get("WARMONITOR_SUB_EVENT_MODEL") or "")


@cache
def _load_sub_event(path: str) -> SubEventModel:
    from warmonitor.extract.acled_coding import event_type_of

    try:
        source = Path(path) if path else resources.files("warmonitor") / "data" / "acled" / "sub_event.npz"
        with source.open("rb") as fh, np.load(fh, allow_pickle=False) as data:
            linear = LinearModel(
                vocabulary={str(w): i for i, w in enumerate(data["vocabulary"])},
                classes=tuple(str(c) for c in data["classes"]),
                weights=data["weights"].astype(np.float32),
                bias=data["bias"].astype(np.float32),
            )
            return SubEventModel(
                linear=linear,
                temperature=float(data["temperature"]),
                uncertain_below=float(data["uncertain_below"]),
                event_type_of=event_type_of(),
                provenance=str(data["provenance"]),
                vector_weights=data["vector_weights"].astype(np.float32)
                if "vector_weights" in data
                else None,
            )
    except (OSError, KeyError, ValueError) as exc:
        raise UserError(f"sub-event model {path or 'sub_event.npz'}: cannot be read ({exc})") from None
