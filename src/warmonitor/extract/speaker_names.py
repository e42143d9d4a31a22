"""Speakers the main claimant resolver misses: an organisation introduced by a
description ("the Catholic charity <Name>"), a capital speaking for its
government ("Washington said"), a misspelt agency, the group a speaker
opposes ("an anti-ISIS network"), "that nation's ministry", a figure given
as "a toll of N", and estimates ("analysts estimate").

Kept apart from attribution.py, which calls these at a few points; the cue
words are data (data/patterns/speaker_names.json)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from spacy.tokens import Span, Token

from warmonitor.extract.actors import capital_country, force_nouns
from warmonitor.extract.cue_data import pattern_data
from warmonitor.extract.gazetteer import load_gazetteer
from warmonitor.ingest.outlets import known_sources, lookup

Resolver = Callable[[str], str | None]


@dataclass(frozen=True)
class SpeakerNameCues:
    described: re.Pattern[str]
    opponent: re.Pattern[str]
    country_anaphor: re.Pattern[str]
    forces: re.Pattern[str]
    window: int
    toll_objects: dict[str, frozenset[str]]
    estimating: frozenset[str]
    estimating_any: frozenset[str]
    estimating_stems: tuple[str, ...]
    statements: frozenset[str]
    pairs: frozenset[str]
    estimators: frozenset[str]
    agencies: dict[str, str]  # a one-word name or alias, lower case -> canonical name
    min_misspelt: int
    tail_heads: frozenset[str]
    tail_stops: frozenset[str]
    tail_modifiers: frozenset[str]


def _words(items: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(items, key=len, reverse=True))


@cache
def cues() -> SpeakerNameCues:
    data: dict[str, Any] = pattern_data("speaker_names.json")
    described = data["described_names"]
    joiners = _words(described["joiners"])
    # a description's head, then a name: capitalised words, small joining words inside
    name = rf"[A-Z][\w'\u2019.-]*(?:\s+(?:(?:{joiners})\s+)*[A-Z][\w'\u2019.-]*)*"
    anaphor = data["country_anaphors"]
    misspelt = data["misspelt_agencies"]
    estimating = data["estimating"]
    return SpeakerNameCues(
        # a head in lower case, a description's ("charity Aid to the Church in
        # Need"), not a name's own ("Anadolu Agency Karim X"); the name capitalised
        described=re.compile(
            rf"^(?i:(?:[\w-]+\s+){{0,3}}?)(?:{_words(described['heads'])})\s+(?:the\s+)?(?P<name>{name})$"
        ),
        opponent=re.compile(rf"\b(?:{_words(data['opponent_prefixes']['words'])})-\S+", re.I),
        country_anaphor=re.compile(rf"^(?:{_words(anaphor['owners'])})['\u2019]s?\s+(?P<body>\S.*)$", re.I),
        forces=re.compile(rf"^\s+(?:{_words([*anaphor['forces'], *force_nouns()])})\b", re.I),
        window=int(anaphor["window_chars"]),
        toll_objects={lemma: frozenset(objs) for lemma, objs in data["toll_objects"]["lemmas"].items()},
        estimating=frozenset(estimating["lemmas"]),
        estimating_any=frozenset(estimating["any_speaker"]),
        estimating_stems=tuple(estimating["stems"]),
        statements=frozenset(data["statement_anaphors"]["words"]),
        pairs=frozenset(data["statement_anaphors"]["pairs"]),
        estimators=frozenset(estimating["speakers"]),
        agencies=_agencies(frozenset(misspelt["kinds"]), int(misspelt["min_length"])),
        min_misspelt=int(misspelt["min_length"]),
        tail_heads=frozenset(data["description_tails"]["heads"]),
        tail_stops=frozenset(data["description_tails"]["stops"]),
        tail_modifiers=frozenset(data["description_tails"]["modifiers"]),
    )


def _agencies(kinds: frozenset[str], shortest: int) -> dict[str, str]:
    return {
        alias: entry.name
        for alias, entry in known_sources().items()
        if entry.kind.value in kinds and " " not in alias and len(alias) >= shortest and alias.isalpha()
    }


def without_opponents(text: str) -> str:
    """The words without "anti-X" and "counter-X": "an anti-ISIS activist
    network" is an activist network, not the group it opposes."""
    if "-" not in text:
        return text  # cheap: most speakers have no prefix
    return " ".join(cues().opponent.sub(" ", text).split())


def named_plainly(
    text: str,
    context_text: str,
    limit: int,
    resolve: Resolver,
    government: Resolver,
    home: str | None = None,
    *,
    generic: str | None = None,
    last: str | None = None,
) -> str | None:
    """The claimant for words that name a speaker in one of this module's ways,
    or None. `context_text[:limit]` is the report up to the words; `resolve`
    is the main resolver (for the body of "that nation's X"), `government`
    gives a country's government claimant from its ISO code; `home` is the
    report's own country (ISO), whose capital is read as a place; `generic`
    the claimant a generic entry of claimants.json gives the words, which
    stands ("Moscow"), but for a ministry where it names a whole government;
    `last` the claimant named last, whom "the two sources" stand for."""
    if last is not None and text.lower() in cues().pairs:
        return last
    return (
        (_capital(text, government, home, context_text, limit) if generic is None else None)
        or _statement_of(text, resolve)
        or (_ministry(text) if generic is not None and generic.endswith("government") else None)
        or _misspelt_agency(text)
        or _estimators(text)
        or _nation_owned(text, context_text, limit, resolve)
    )


def asks_generic(text: str) -> bool:
    """Whether named_plainly reads the generic claimant of these words: only
    for a capital alone or a ministry."""
    return text.lower().endswith("ministry") or capital_country(text, possessive=False) is not None


def _capital(text: str, government: Resolver, home: str | None, context_text: str, limit: int) -> str | None:
    """ "Washington said", "Tehran denied": a capital alone, as the speaker, is
    its government (data/actors/capitals.csv). (A country's own name is left
    alone: in FA-KES copy it is as often a place run into the speaker, "…
    agreement in Syria said", "as France and Britain …".) Not the capital of
    the report's own country: there the war is, and a headline run
    into the lead ("… checkpoint near Damascus Claim 4 martyrs") makes the
    place a subject. Nor a name after a preposition ("militants trained by
    Washington said the Observatory": the parse ran a stripped comma's two
    clauses together)."""
    iso = capital_country(text, possessive=False)
    if iso is None or iso == home:
        return None
    before = _words_before(text, context_text, limit).split()[-1:]  # asked only of a capital: it copies
    return None if before and before[0].lower() in _PREPOSITIONS else government(iso)


def country_government(text: str, government: Resolver) -> str | None:
    """ "The United States", "France": a country's own name, as its government.
    Asked only where a pronoun speaking in a relative clause stands for the
    main clause's subject: elsewhere a country's name before "said" is as
    often a place run into the speaker in FA-KES copy."""
    iso = load_gazetteer().country_written.get(re.sub(r"^the\s+", "", text.strip(), flags=re.I).casefold())
    return government(iso) if iso else None


def _words_before(text: str, context_text: str, limit: int) -> str:
    """The report's words before the last telling of `text` up to `limit`
    (else its first telling after: the sentence's speaker may come after the
    words the resolver was limited to)."""
    if not context_text:
        return ""
    at = context_text.rfind(text, 0, limit)
    at = context_text.find(text, limit) if at < 0 else at
    return context_text[:at] if at > 0 else ""


_PREPOSITIONS = frozenset(("by", "in", "from", "to", "of", "at", "on", "with", "against", "for", "near"))
# Prepositions that tell where someone is, comes from or went ("in Turkey"):
# their object is a place in a speaker's words, never the speaker.
PLACE_PREPOSITIONS = frozenset(("in", "from", "to", "near", "inside"))


def _statement_of(text: str, resolve: Resolver) -> str | None:
    """ "an Iraqi Defence Ministry statement said": the body whose statement it is."""
    words = text.split()
    if len(words) < 2 or words[-1].lower() not in cues().statements:
        return None
    return resolve(" ".join(words[:-1]))


_MINISTRY = re.compile(r"^(?P<owner>[A-Z][\w-]+)\s+(?P<field>(?:[a-z-]+\s+){1,2})ministry$", re.I)


def _ministry(text: str) -> str | None:
    """ "Turkey's health ministry", "the Turkish health ministry": the ministry
    as written, under its country's demonym ("turkish health ministry"), as
    other countries' ministries are read, not the whole government a generic
    entry for the country's name gives."""
    match = _MINISTRY.match(text.replace("\u2019", "'").replace("'", ""))
    if match is None:
        return None
    owner = match.group("owner")
    gazetteer = load_gazetteer()
    iso = next(
        (
            gazetteer.demonyms.get(word) or gazetteer.country_written.get(word.casefold())
            for word in (owner, owner[:-1] if owner.endswith("s") else owner)
            if gazetteer.demonyms.get(word) or gazetteer.country_written.get(word.casefold())
        ),
        None,
    )
    demonym = _demonym(iso) if iso else None
    if demonym is None:
        return None
    words = f"{demonym} {match.group('field')}ministry"
    known = lookup(text) or lookup(words)  # "the Turkish Defense Ministry": sources.csv's name
    return known.name if known is not None else words.lower()


def _described(text: str) -> str | None:
    """ "the Catholic charity Aid to the Church in Need": the name after the description."""
    match = cues().described.match(text)
    if match is None or len(match.group("name").split()) < 2:
        return None  # one capitalised word may be a place ("the group Aleppo")
    return match.group("name")


def described_name(
    text: str, context_text: str, limit: int, resolve: Resolver, last: str | None = None
) -> str | None:
    """An organisation named by a description ("the Catholic charity <Name>"),
    or named again after one ("<Name> said"), under its canonical name where
    the resolver knows it; None otherwise. Asked last, when nothing else names
    the speaker (a description before a known name, "the group the Syrian
    Observatory", is read as that name). "The statement" (with nobody else
    read in it) is `last`, the claimant named last."""
    if last is not None and text.lower() in cues().statements:
        return last
    name = _described(text)
    if name is not None:
        return resolve(name) or name
    return _introduced(text, context_text, limit)


def _introduced(text: str, context_text: str, limit: int) -> str | None:
    """A name the report introduced before with a description ("… the charity
    Aid to the Church in Need (ACN) … Aid to the Church in Need said")."""
    if not text[:1].isupper() or len(text.split()) < 2 or not context_text:
        return None
    end = max(0, limit - len(text))
    at = context_text.find(text, 0, end)  # (most names were never introduced: no copy, no regex)
    while at >= 0:
        words = context_text[max(0, at - 60) : at + len(text)].split()
        if _described(" ".join(words[-len(text.split()) - 2 :])) == text:
            return text
        at = context_text.find(text, at + 1, end)
    return None


def _misspelt_agency(text: str) -> str | None:
    """ "the Ananolu agency", "Turkey's state-run Ananolu Agency": a wire's
    one-word name with one letter off, alone or before "agency"."""
    from warmonitor.extract.attribution import one_slip

    words = text.split()
    if not 1 <= len(words) <= 6 or (len(words) > 1 and words[-1].lower() not in ("agency", "news")):
        return None
    table = cues().agencies
    for word in (w.lower() for w in (words[:1] if len(words) == 1 else words[:-1]) if w[:1].isupper()):
        if len(word) < cues().min_misspelt or word in table:
            continue
        found = next((name for alias, name in table.items() if one_slip(word, alias)), None)
        if found is not None:
            return found
    return None


def _estimators(text: str) -> str | None:
    """ "analysts", "Western analysts": the speakers as named, lower case."""
    words = text.split()
    return text.lower() if len(words) <= 3 and words[-1].lower() in cues().estimators else None


def _nation_owned(text: str, context_text: str, limit: int, resolve: Resolver) -> str | None:
    """ "that nation's Defense Ministry": the ministry of the country whose
    forces the words before are about."""
    match = cues().country_anaphor.match(text)
    if match is None or not context_text:
        return None
    window = context_text[max(0, limit - cues().window) : limit]
    iso = _forces_country(window) or _last_country(window)
    demonym = _demonym(iso) if iso else None
    if demonym is None:
        return None
    words = f"{demonym} {match.group('body')}"
    return resolve(words) or words


def _country_mentions(window: str) -> list[tuple[re.Match[str], str]]:
    gazetteer = load_gazetteer()
    found = []
    for word in re.finditer(r"\b[A-Z][\w-]+(?:['\u2019]s)?", window):
        bare = re.sub(r"['\u2019]s$", "", word.group())
        iso = gazetteer.demonyms.get(bare) or gazetteer.country_written.get(bare.casefold())
        if iso:
            found.append((word, iso))
    return found


def _forces_country(window: str) -> str | None:
    """The last country named right before a force word ("Afghan soldiers",
    "Turkey's army")."""
    forces = [iso for word, iso in _country_mentions(window) if cues().forces.match(window[word.end() :])]
    return forces[-1] if forces else None


def _last_country(window: str) -> str | None:
    """The last country named as an actor, not as where ("Russia's foray into
    Syria … that nation's Defense Ministry" is Russia's): one after a
    preposition is a place; failing any other, the last named."""
    mentions = _country_mentions(window)
    actors = [iso for word, iso in mentions if window[: word.start()].split()[-1:] not in _AFTER_PREPOSITION]
    return actors[-1] if actors else (mentions[-1][1] if mentions else None)


_AFTER_PREPOSITION = [
    [w] for w in ("in", "into", "from", "to", "of", "near", "across", "inside", "on", "at", "with")
]


def _demonym(iso: str) -> str | None:
    from warmonitor.extract.attribution import demonym_of

    return demonym_of(iso)


def says_by_object(verb: Token) -> bool:
    """ "state media gave a toll of 44 dead": a verb that says a figure
    through its object."""
    objects = cues().toll_objects.get(verb.lemma_.lower(), frozenset())
    if verb.dep_ == "relcl":
        return False  # "the network, which gave a lower toll of 17, said": the main verb speaks
    return bool(objects) and any(c.dep_ == "dobj" and c.lemma_.lower() in objects for c in verb.children)


def estimated(sent: Span) -> bool:
    """Whether the sentence gives its figure as someone's estimate ("…,
    analysts estimate"): a verb of `estimating` whose subject is a speaker."""
    text = sent.text.lower()
    if not any(stem in text for stem in cues().estimating_stems):
        return False  # (cheap: almost no sentence holds one of the verbs)
    return any(
        token.lemma_.lower() in cues().estimating
        and token.pos_ == "VERB"
        and any(c.dep_ == "nsubj" and c.lower_ in cues().estimators for c in token.children)
        for token in sent
    )


def says_otherwise(verb: Token) -> bool:
    """A verb outside the saying lemmas that says a figure here: through its
    object ("gave a toll of") or as an estimate with a speaker ("analysts estimate")."""
    lemma = verb.lemma_.lower()
    if lemma in cues().estimating_any:
        return any(c.dep_ == "nsubj" for c in verb.children)
    if lemma in cues().estimating:
        return any(c.dep_ == "nsubj" and c.lower_ in cues().estimators for c in verb.children)
    return says_by_object(verb)


def stance(sent: Span, asserted: str) -> str:
    """The sentence's stance: hedged where it gives an estimate, else as read."""
    return "hedged" if asserted == "asserted" and estimated(sent) else asserted


def description_tail(text: str) -> str | None:
    """ "more local media" -> "local media", "Al Tabqah local media" -> "local
    media": the description proper of an unnamed speaker whose words ran into
    the ones before; None when nothing is cut (or the words end on no head)."""
    words = text.split()
    if len(words) < 3 or words[-1].lower() not in cues().tail_heads:
        return None
    demonyms = load_gazetteer().demonyms
    start = len(words) - 1
    while start > 0:
        word = words[start - 1]
        bare = word.strip(".,;:")
        if bare.lower() in cues().tail_stops or not bare or any(ch.isdigit() for ch in bare):
            break
        if (
            bare[:1].isupper()
            and bare not in demonyms
            and bare.lower() not in cues().tail_modifiers
            and not re.match(r"^(?:pro|anti)-", bare, re.I)
        ):
            break
        start -= 1
    return " ".join(words[start:]).lower() if start > 0 else None


# A misspelt word of a source's name is corrected only when it is this long:
# two letters off a shorter word is too often another word.
_RESPELT_MIN = 9


@cache
def _name_words() -> dict[str, str]:
    """The long words of the names and aliases sources.csv lists, lower case
    -> as written ("observatory" -> "Observatory")."""
    words: dict[str, str] = {}
    for alias, known in known_sources().items():
        for word in (*alias.split(), *known.name.split()):
            if len(word) >= _RESPELT_MIN and word.isalpha():
                words.setdefault(word.lower(), word)
    return words


def _within_two(word: str, form: str) -> bool:
    """Whether `word` is at most two letters added, dropped or changed from
    `form`, and not the same word with another ending ("Committees",
    "Commission" are words of their own, not "Committee", "Commissioner"
    misspelt, nor "Organisations" a misspelt "Organization")."""
    if abs(len(word) - len(form)) > 2 or word.startswith(form) or form.startswith(word):
        return False
    if word.endswith("s") != form.endswith("s"):
        return False  # a plural of another spelling ("Organisations"), no slip
    row = list(range(len(form) + 1))
    for i, a in enumerate(word, 1):
        prev, row[0] = row[0], i
        for j, b in enumerate(form, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (a != b))
        if min(row) > 2:
            return False
    return row[-1] <= 2


def respelt(text: str) -> str:
    """The words with a misspelt long word of a known source's name put right
    ("the Syrian Obervatorty for Human Rights" -> "... Observatory ..."), as
    FA-KES copy misspells it; the text itself when nothing is misspelt."""
    vocab = _name_words()
    words = text.split()
    fixed = [
        next(
            (
                form[:1].upper() + form[1:] if w[:1].isupper() else form
                for low, form in vocab.items()
                if low[0] == w[0].lower() and _within_two(w.lower(), low)
            ),
            w,
        )
        if len(w) >= _RESPELT_MIN and w.isalpha() and w.lower() not in vocab
        else w
        for w in words
    ]
    return " ".join(fixed) if fixed != words else text
