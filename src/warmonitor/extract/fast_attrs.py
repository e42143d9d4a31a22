"""spaCy's attribute_ruler, read once into a table: the same attributes, a
tenth of the time.

Why: the stock ruler runs a Matcher of 179 patterns over every Doc and builds
a Span for each match (nearly every token matches one), about 10 ms of a
700-token report. All but a few of en_core_web_sm's patterns look at one
token's TAG, LOWER, DEP or IS_SPACE, so what they set depends on those four
values alone: we work it out once per combination seen and look it up for
each token. The patterns name about a hundred words; every other word reads
as one "other word", so new text (names, places) finds its combinations
known instead of working each out afresh (15 ms of a 780-token report of
real notes, before). Any pattern we cannot read that way (several tokens, another
attribute or operator) still goes through a Matcher of its own. As in
spaCy, all patterns are matched before any attribute is set, and a later
pattern overwrites an earlier one.

The lemmatizer below is the same idea: spaCy's own, asked once per (text,
POS, morphology). tests/test_fast_attrs.py checks both token by token against
the stock components; the bare-spaCy benchmark keeps the stock ones.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, cast

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

# Token attributes a table pattern may test, in the order of a token's key.
_KEY_ATTRS = ("TAG", "LOWER", "DEP", "IS_SPACE")
_CACHE_LIMIT = 200_000  # distinct (tag, lower, dep, space) keys kept; a report has a few hundred

Test = Callable[[tuple[str, str, str, bool]], bool]
Rule = tuple[int, dict[int, Any]]  # (pattern number, normalised attributes it sets)
_LOWER = _KEY_ATTRS.index("LOWER")
_OTHER_WORD = "\x00"  # stands for every word no LOWER test names or matches


class _NamedWords:
    """The words the table's LOWER tests name or match: any other word passes
    exactly the tests _OTHER_WORD passes (none of ==, IN, REGEX; every NOT_IN)."""

    def __init__(self) -> None:
        self.words: set[str] = set()
        self.patterns: list[re.Pattern[str]] = []

    def named(self, word: str) -> bool:
        return word in self.words or any(p.search(word) for p in self.patterns)


def _value_test(position: int, spec: Any, named: _NamedWords) -> Test | None:
    """A test of one attribute value as the Matcher reads it, or None if not
    simple; the words a LOWER test names or matches go into `named`."""
    if position == _LOWER:
        if isinstance(spec, str):
            named.words.add(spec)
        elif isinstance(spec, dict) and len(spec) == 1:
            ((op, values),) = spec.items()
            if op in ("IN", "NOT_IN") and isinstance(values, list):
                named.words.update(v for v in values if isinstance(v, str))
            elif op == "REGEX" and isinstance(values, str):
                named.patterns.append(re.compile(values))
    if position == 3:  # IS_SPACE: a flag
        if isinstance(spec, bool | int):
            return lambda key: key[3] == bool(spec)
        return None
    if isinstance(spec, str):
        return lambda key: key[position] == spec
    if isinstance(spec, dict) and len(spec) == 1:
        ((op, values),) = spec.items()
        if op == "IN" and isinstance(values, list) and all(isinstance(v, str) for v in values):
            wanted = frozenset(values)
            return lambda key: key[position] in wanted
        if op == "NOT_IN" and isinstance(values, list) and all(isinstance(v, str) for v in values):
            unwanted = frozenset(values)
            return lambda key: key[position] not in unwanted
        if op == "REGEX" and isinstance(values, str):
            search = re.compile(values).search
            return lambda key: search(str(key[position])) is not None
    return None


def _token_test(token_spec: dict[str, Any], named: _NamedWords) -> Test | None:
    """All of one token pattern's tests, or None if any of them is not simple."""
    tests = []
    for attr, spec in token_spec.items():
        if attr not in _KEY_ATTRS:
            return None  # "OP", another attribute, an extension: the Matcher's job
        test = _value_test(_KEY_ATTRS.index(attr), spec, named)
        if test is None:
            return None
        tests.append(test)
    return lambda key: all(test(key) for test in tests)


class FastAttributeRuler:
    """The patterns of an AttributeRuler, single-token ones as a table."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.vocab = ruler.vocab
        self.table: list[tuple[int, list[Test]]] = []  # (pattern number, alternatives)
        self.matcher = Matcher(self.vocab)  # the patterns the table cannot hold
        # Tests of those patterns' first tokens: a Doc with no token passing one
        # cannot match them, and the Matcher (most of our time) need not run.
        self.starts: list[Test] | None = []
        self.attrs: list[dict[int, Any]] = list(ruler.attrs)
        self.indices: list[int] = list(ruler.indices)
        named = _NamedWords()
        for number, entry in enumerate(ruler.patterns):
            alternatives = cast(list[list[dict[str, Any]]], entry["patterns"])
            tests = [_token_test(p[0], named) if len(p) == 1 else None for p in alternatives]
            if all(t is not None for t in tests):
                self.table.append((number, [t for t in tests if t is not None]))
            else:
                self.matcher.add(str(number), alternatives)
                for pattern in alternatives:
                    first = _token_test(pattern[0], named)  # None for "OP" too
                    if first is None or self.starts is None:
                        self.starts = None  # cannot tell: always run the Matcher
                    else:
                        self.starts.append(first)
        self._cache: dict[tuple[int, int, int, int], tuple[list[Rule], bool]] = {}
        # A word's LOWER as the table reads it: itself if named, else _OTHER_WORD.
        self._named = named
        self._other_word = self.vocab.strings.add(_OTHER_WORD)
        if named.named(_OTHER_WORD):
            raise ValueError("an attribute_ruler pattern names the placeholder for other words")
        self._lowers: dict[int, int] = {}

    def _lower_for(self, lower: int) -> int:
        read = lower if self._named.named(self.vocab.strings[lower]) else self._other_word
        if len(self._lowers) >= _CACHE_LIMIT:
            self._lowers.clear()
        self._lowers[lower] = read
        return read

    def _rules_for(self, key: tuple[int, int, int, int]) -> tuple[list[Rule], bool]:
        """The table's patterns matching a token with this key, in pattern order,
        and whether the token may start one of the Matcher's patterns."""
        strings = self.vocab.strings
        readable = (strings[key[0]], strings[key[1]], strings[key[2]], bool(key[3]))
        rules = [
            (number, self.attrs[number])
            for number, alternatives in self.table
            if any(test(readable) for test in alternatives)
        ]
        may_start = self.starts is None or any(test(readable) for test in self.starts)
        if len(self._cache) >= _CACHE_LIMIT:
            self._cache.clear()
        self._cache[key] = (rules, may_start)
        return rules, may_start

    def __call__(self, doc: Doc) -> Doc:
        cache, lowers = self._cache, self._lowers
        found = []
        run_matcher = False
        for row in doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist():
            lower = lowers.get(row[1]) or self._lower_for(row[1])
            key = (row[0], lower, row[2], row[3])
            entry = cache.get(key) or self._rules_for(key)
            found.append(entry[0])
            run_matcher = run_matcher or entry[1]
        # Everything is matched before anything is set, as the stock ruler does.
        if run_matcher and len(self.matcher):
            for match_id, start, end in self.matcher(doc, allow_missing=True, as_spans=False):
                number = int(self.vocab.strings[match_id])
                index = self.indices[number]
                target = start + index if index >= 0 else end + index
                if not start <= target < end:
                    raise ValueError(f"attribute_ruler pattern {number}: index {index} outside its match")
                found[target] = sorted([*found[target], (number, self.attrs[number])], key=lambda r: r[0])
        for i, rules in enumerate(found):
            if rules:
                token = doc[i]
                for _number, attrs in rules:  # in pattern order: a later one overwrites
                    set_token_attrs(token, attrs)
        return doc


@Language.factory("wm_attribute_ruler")
def make_fast_attribute_ruler(
    nlp: Language, name: str, source: str = "attribute_ruler"
) -> FastAttributeRuler:
    """Built from the pipeline's own attribute ruler (`source`), which the caller then removes."""
    ruler = nlp.get_pipe(source)
    if not isinstance(ruler, AttributeRuler):
        raise TypeError(f"{source!r} is not an attribute ruler")
    return FastAttributeRuler(ruler)


class _WordList(list[str]):
    """A list of words that answers `in` from a set: spaCy's rule lemmatizer
    asks whether each candidate form is in its index of known words, kept as
    lists of up to 57,528 words and searched one by one (60 µs a new word,
    9 ms of a 780-token report of unseen text). Same words, same order."""

    def __init__(self, words: list[str]) -> None:
        super().__init__(words)
        self._words = frozenset(words)

    def __contains__(self, word: object) -> bool:
        return word in self._words


class FastLemmatizer:
    """spaCy's rule (or lookup) lemmatizer with its answer kept per (text, POS,
    morphology), the only things such a lemma depends on: spaCy caches the
    lemma list by that key already, but still walks every token in Python and
    sets each lemma as a string (1.4 ms of a 700-token report). New keys are
    asked of spaCy's own lemmatizer, so every lemma is the one it gives."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self._cache: dict[tuple[int, int, int], int] = {}
        self._first = True
        self._indexed = False

    def __call__(self, doc: Doc) -> Doc:
        if self._first:  # spaCy's own call checks its tables once
            self._first = False
            return self.lemmatizer(doc)
        if not self._indexed:  # the tables are loaded by now
            self._indexed = True
            index = self.lemmatizer.lookups.get_table("lemma_index", {})
            for pos, words in list(index.items()):
                if type(words) is list:
                    index[pos] = _WordList(words)
        cache, overwrite = self._cache, self.lemmatizer.overwrite
        for i, (orth, pos, morph, lemma) in enumerate(doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()):
            if lemma != 0 and not overwrite:
                continue  # set already (by the attribute ruler): kept, as spaCy does
            key = (orth, pos, morph)
            known = cache.get(key)
            token = doc[i]
            if known is None:
                token.lemma_ = self.lemmatizer.lemmatize(token)[0]
                if len(cache) >= _CACHE_LIMIT:
                    cache.clear()
                cache[key] = token.lemma
            else:
                token.lemma = known
        return doc


@Language.factory("wm_lemmatizer")
def make_fast_lemmatizer(nlp: Language, name: str, source: str = "lemmatizer") -> FastLemmatizer | Lemmatizer:
    """Built from the pipeline's own lemmatizer (`source`), which the caller then removes."""
    lemmatizer = nlp.get_pipe(source)
    if not isinstance(lemmatizer, Lemmatizer):
        raise TypeError(f"{source!r} is not a lemmatizer")
    return FastLemmatizer(lemmatizer)
