"""`warmonitor eval claims`: casualty and control claims scored on real text.

Two gold sets, neither written in this project:

- ISAF press releases (NATO, Afghanistan 2009-2013; strickvl/isafpr_finetune,
  from the dataset strickvl/isafpressreleases), one hand-made answer per
  release: `min_killed`, `min_captured`, `start_date`, `province`. Each
  release falls in a half by the SHA-1 of its text: even -> dev, odd ->
  held-out (`isaf_half`).
- FA-KES articles (Abu Salem et al., ICWSM 2019, CC BY 4.0), annotated by hand
  in `gold/fakes/{dev,heldout}.jsonl` as `gold/fakes/README.md` specifies;
  the halves are decided in `gold/fakes/split.csv`.

Matching rules (docs/accuracy.md repeats them):

- ISAF killed / captured: the sum of `best` over the release's casualty claims
  of that outcome that are not a breakdown of another (`part_of` is null) and
  not historical; a release without one reads as 0.
- ISAF date: the first (in text order) casualty or event claim carrying a date,
  its start day, against `start_date`.
- ISAF province: the Afghan admin1 of every place mentioned outside the
  dateline (a mention in capitals, "KABUL, Afghanistan", is the dateline),
  as a set, against the gold set.
- FA-KES casualties: an extracted casualty claim is true when its span
  overlaps a gold figure's span (a gold span that is only "a"/"an" is widened
  by the next three words: the extractor spans the noun, "a child"); each gold
  figure is matched once (same outcome first), so a second claim on one
  figure is false, and so is a claim that reads a gold historical toll (the
  war's dead, given as background) as incident or cumulative. A claim on
  no gold figure that is a lone victim told without a numeral, or a figure
  told only as "several" / "a few" / "a handful", is left unscored: the gold
  codes neither (gold/fakes/README.md). Precision =
  true claims / claims; recall = matched gold figures / gold figures; the
  field figures are over matched pairs.
- FA-KES control: claims are first made one per place and claim (place,
  change, actor), as the gold is ("one entry per place and claim, not per
  mention"), and the loss told by the same words as a gain ("X seized Y from
  Z": Z lost Y) is that gain's loser, not a claim of its own; a claim
  matches a free gold entry when the claim's place is mentioned at the gold
  span (or its folded name equals the gold place's), claims agreeing with an
  entry in change and gainer taking entries first, then those agreeing in
  one, then the rest; gainer = the actor of a `gained`, `holds` or
  `contested` claim, nobody for `lost`.
- Names (claimants, actors) compare canonical: the source and actor
  dictionaries' aliases and claimants.json's descriptions ("a monitoring
  group" is the unnamed war monitor), "<country> government" is "Government of
  <country>", then case, articles and punctuation folded;
  ACLED's generic "Rebel Group (Syria)" is "rebels". A gold claimant of null
  (the outlet's own voice) is matched by no claimant or the outlet itself.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Literal

from warmonitor.errors import BadInput
from warmonitor.extract.actors import load_actors
from warmonitor.extract.attribution import anonymous_source, description_claimant, government_of
from warmonitor.extract.claims import CasualtyClaim, ClaimBase, ControlClaim, EventClaim, Extraction
from warmonitor.extract.gazetteer import fold, load_gazetteer
from warmonitor.extract.numbers import parse_number
from warmonitor.ingest.outlets import lookup
from warmonitor.reconcile.views import side_of

Half = Literal["dev", "heldout"]
HALVES: tuple[Half, ...] = ("dev", "heldout")
# A column of the FA-KES table: a half of split.csv, or "fresh", the dev-only
# claimant gold on articles outside split.csv (gold/fakes/claims_fresh.jsonl),
# which no rule was tuned on when it was annotated; or a half of the blind
# claimant files (gold/fakes/claims_blind.jsonl, claims_blind2.jsonl), each
# annotated outside split.csv by a helper who writes no rules and split once by
# its own split file: "blind dev" is read in full, "blind heldout" only as
# totals.
Column = Literal[
    "dev", "heldout", "fresh", "blind dev", "blind heldout", "blind2 dev", "blind2 heldout",
    "wars dev", "wars heldout",
]  # fmt: skip
CLAIMS_FRESH = "claims_fresh.jsonl"
FAKES_TITLE = "FA-KES articles (hand-made gold)"


@dataclass(frozen=True)
class BlindFile:
    """A blind claimant file in gold/fakes: its name on the command line
    (`--half blind`), its gold JSON lines, its split (unit_id,half,order,
    written once before any scoring) and the words its tables use."""

    name: Literal["blind", "blind2"]
    gold: str
    split: str
    label: str

    @property
    def dev(self) -> Column:
        return "blind dev" if self.name == "blind" else "blind2 dev"

    @property
    def heldout(self) -> Column:
        return "blind heldout" if self.name == "blind" else "blind2 heldout"


# The first file (annotate17, 37 articles from eight outlets) and the second
# (annotate19, 36 articles from thirteen outlets; gold/fakes/README.md).
BLIND_FILES: tuple[BlindFile, ...] = (
    BlindFile("blind", "claims_blind.jsonl", "blind_split.csv", "blind claimant file"),
    BlindFile("blind2", "claims_blind2.jsonl", "blind2_split.csv", "second blind claimant file"),
)
BLIND = BLIND_FILES[0]
BLIND_HELDOUT_TITLE = "FA-KES blind claimant file, held-out half (totals only)"

ISAF_DEFAULT = Path("../shared/data/real-dev/isaf_press_releases_labelled_test.jsonl")
FAKES_DEFAULT = Path("../shared/data/real-dev/fakes_syria_2011_2018.csv")
GOLD_DEFAULT = Path("gold/fakes")
WARS_DEFAULT = Path("gold/wars")

OUTCOMES = ("killed", "injured", "missing", "captured")
PARTIES = ("total", "civilians", "government", "rebels", "unknown")
QUALIFIERS = ("exact", "at least", "about", "up to", "more than", "vague")
SCOPES = ("incident", "cumulative", "historical")
CHANGES = ("gained", "lost", "holds", "contested")

# FA-KES `source` codes and the outlets they stand for (the dataset's README).
FAKES_OUTLETS = {
    "ahram": "Al-Ahram", "manar": "Al-Manar", "alalam": "Al-Alam", "alaraby": "Al-Araby Al-Jadeed",
    "dailysabah": "Daily Sabah", "sana": "SANA", "sputnik": "Sputnik", "etilaf": "Etilaf",
    "trt": "TRT", "jordantimes": "Jordan Times", "reuters": "Reuters", "arabiya": "Al Arabiya",
    "nna": "National News Agency", "asharqalawsat": "Asharq Al-Awsat", "tass": "TASS",
}  # fmt: skip

# ISAF's province ids and the gazetteer's admin1 spelling where they differ.
ISAF_PROVINCES = {
    "day_kundi": "Daykundi", "ghor": "Ghowr", "khost": "Khowst", "paktya": "Paktia",
    "uruzgan": "Oruzgan", "wardak": "Maidan Wardak", "sar_e_pul": "Sar-e Pol",
    "sar-e pul": "Sar-e Pol",  # the gold's own spelling (three dev releases), never matched by "sar_e_pul"
}  # fmt: skip

_MONTH = r"(?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_DATELINE = re.compile(rf"\(\s*{_MONTH}\s+(?P<day>\d{{1,2}})(?:,\s*(?P<year>\d{{4}}))?\s*\)")
# A release whose heading opens with its day: "May 30: Afghan ISAF Operations ..."
_HEADING_DAY = re.compile(rf"\s*{_MONTH}\s+(?P<day>\d{{1,2}})(?:,\s*(?P<year>\d{{4}}))?\s*:")
_RELEASE_ID = re.compile(r"\b(?P<year>20[01]\d)-(?P<month>[01]\d)-[A-Z]+-\d+")
UNDATED = date(2011, 1, 1)  # stands in for a release with no year; its date is not scored
_BACKGROUND: set[str] = {"historical"}  # a toll told as background never counts
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


# ---------------------------------------------------------------- the report


@dataclass
class Table:
    """One block of figures: rows of measures, a column per half."""

    title: str
    columns: list[str]
    counts: dict[str, str] = field(default_factory=dict)  # column -> "N releases"
    rows: dict[str, dict[str, float | None]] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)

    def put(self, column: str, name: str, value: float | None, note: str = "") -> None:
        self.rows.setdefault(name, {})[column] = value
        if note:
            self.notes[name] = note

    def markdown(self) -> str:
        head = "| measure | " + " | ".join(self.columns) + " | |"
        lines = [f"## {self.title}", ""]
        lines += [f"- {column}: {self.counts[column]}" for column in self.columns if column in self.counts]
        lines += ["", head, "| --- |" + " ---: |" * len(self.columns) + " --- |"]
        for name, values in self.rows.items():
            cells = [_cell(values.get(column)) for column in self.columns]
            lines.append(f"| {name} | " + " | ".join(cells) + f" | {self.notes.get(name, '')} |")
        return "\n".join(lines) + "\n"


def _cell(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _ratio(hits: int, total: int) -> float | None:
    return hits / total if total else None


@dataclass
class CountTable:
    """A block of totals (counts, "n/N"), for figures that explain a measure
    without showing any gold row."""

    title: str
    header: list[str]
    rows: list[list[str]] = field(default_factory=list)
    about: str = ""

    def markdown(self) -> str:
        lines = [f"### {self.title}", ""] + ([self.about, ""] if self.about else [])
        lines += ["| " + " | ".join(self.header) + " |", "| --- |" + " ---: |" * (len(self.header) - 1)]
        lines += ["| " + " | ".join(row) + " |" for row in self.rows]
        return "\n".join(lines) + "\n"


@dataclass
class ClaimsReport:
    tables: list[Table] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)
    breakdowns: list[CountTable] = field(default_factory=list)

    def figure(self, table: str, name: str, column: str) -> float | None:
        for each in self.tables:
            if each.title.startswith(table):
                return each.rows.get(name, {}).get(column)
        raise KeyError(table)

    def markdown(self) -> str:
        lines = ["# warmonitor eval claims", ""]
        lines += [f"> {message}" for message in self.messages]
        blocks = [t.markdown() for t in self.tables] + [t.markdown() for t in self.breakdowns]
        return "\n".join([*lines, "", *blocks])


# ---------------------------------------------------------------- names


def canonical(name: str | None) -> str | None:
    """A claimant's or actor's name compared canonically: the sources' and
    actors' dictionaries map an alias to its entry ("SOHR" and "the Syrian
    Observatory" are one), ACLED's generic rebel, civilian and state names
    become "rebels", "civilians", "<country> forces"; then case, articles and
    punctuation are folded. None stays None."""
    if name is None or not name.strip():
        return None
    name = name.strip()
    generic = re.fullmatch(r"(Rebel Group|Civilians|Unidentified Armed Group) \((.+)\)", name)
    if generic:
        return {"Rebel Group": "rebels", "Civilians": "civilians"}.get(generic.group(1), "unidentified")
    known = lookup(name) or lookup(re.sub(r"^the\s+", "", name, flags=re.I))
    if known is not None:
        return fold(known.name)
    # "a monitoring group": the unnamed monitor; "local and media sources": local sources
    described = description_claimant(name) or anonymous_source(name)
    if described is not None:
        return fold(described)
    book = load_actors()
    bare = re.sub(r"^(?:the|an?)\s+", "", name, flags=re.I)
    # "Syrian government", "US government": the government of that country,
    # as extraction names it ("Government of Syria").
    country = re.fullmatch(r"(?P<who>\S+(?:\s\S+)?)\s+government", bare, re.I)
    iso = load_gazetteer().country_of_word(country.group("who")) if country else None
    if iso is not None:
        return fold(government_of(iso))
    for each in (name, bare):
        actor = book.by_alias.get(each) or book.by_alias.get(each.lower())
        if actor:
            return fold(actor)
    return fold(bare)  # "a military source" is "military source"


def same_voice(predicted: str | None, gold: str | None, outlet: str | None) -> bool:
    """Gold null is the outlet's own voice: no claimant, or the outlet."""
    mine = canonical(predicted)
    if gold is None:
        return mine is None or mine == canonical(outlet)
    return mine == canonical(gold)


def outlet_name(code: str | None) -> str | None:
    return FAKES_OUTLETS.get(code or "", code)


# ---------------------------------------------------------------- claimant misses

# The kinds a claimant miss falls in, in the order the report prints them.
MISS_KINDS = {
    "source_as_outlet": "gold names a source, we give the outlet",
    "outlet_as_source": "gold gives the outlet, we name a source",
    "other_source": "both name sources, different ones",
    "renamed": "same source under a different canonical name",
    "missing": "gold names a source, we give no claimant at all",
}
# Where, in our reading, the source the gold names for a missed figure speaks.
WHERE_HEARD = {
    "before": "of misses where the gold names a source: we name it for an earlier claim",
    "after": "... we name it only for a later claim (the source named after the figure)",
    "never": "... we name it for no claim of the article",
}
# Words that say nothing of which source a name is: function words. Country
# names and demonyms are left out through the gazetteer ("Syrian Observatory
# …" and "Syrian Interior Ministry" share no word then). A scoring
# heuristic, not an extraction rule.
_FUNCTION_WORDS = frozenset(("of", "for", "and", "in", "on", "at", "to", "a", "an", "the", "based"))


def _name_words(name: str) -> set[str]:
    """The words of a canonical (folded) name that tell sources apart: no
    function word, no country or demonym ("syrian", "russia")."""
    gazetteer = load_gazetteer()
    return {
        w for w in name.split() if w not in _FUNCTION_WORDS and gazetteer.country_of_word(w.title()) is None
    }


def _country_voice(name: str) -> str | None:
    """The country whose state a canonical name speaks for, when it is a
    government or a known official body ("government of russia", the Russian
    Defence Ministry): the ISO code, else None."""
    gazetteer = load_gazetteer()
    governed = re.fullmatch(r"government of (?P<who>.+)", name)
    if governed:
        return gazetteer.country_of_word(governed.group("who").title())
    known = lookup(name)
    if known is not None and known.kind.value == "official" and known.country:
        return gazetteer.country_of_word(known.country)
    return None


def same_source(mine: str, gold: str) -> bool:
    """Whether two different canonical names are plausibly one source told two
    ways ("local sources" and "local and media sources", "hospital" and "quds
    hospital", the Russian government and its Defence Ministry): one name's
    words inside the other's, or both a voice of the same state."""
    ours, theirs = _name_words(mine), _name_words(gold)
    if ours and theirs and (ours <= theirs or theirs <= ours):
        return True
    voice = _country_voice(mine)
    return voice is not None and voice == _country_voice(gold)


def miss_kind(predicted: str | None, gold: str | None, outlet: str | None) -> str:
    """The kind of a claimant miss (a key of MISS_KINDS); only asked of misses."""
    mine, theirs, own = canonical(predicted), canonical(gold), canonical(outlet)
    if theirs is None or theirs == own:
        return "outlet_as_source"
    if mine is None:
        return "missing"
    if mine == own:
        return "source_as_outlet"
    return "renamed" if same_source(mine, theirs) else "other_source"


# ---------------------------------------------------------------- ISAF


@dataclass
class IsafRelease:
    line: int
    text: str
    published: date
    dated: bool  # the publication day is known (see `release_published`)
    gold: dict[str, Any]
    half: Half


def isaf_half(text: str) -> Half:
    """dev when the SHA-1 of the release text (UTF-8) is even, else held-out."""
    return "dev" if int(hashlib.sha1(text.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "heldout"


def release_published(text: str) -> tuple[date, bool]:
    """The release's day and whether it is known: from its dateline "(Jan. 25,
    2013)", or "(June 14)" with the year of its id ("2012-06-S-026"), or a
    heading that opens the text with its day ("May 30: ISAF Operations in
    ...", with the id's year). Failing
    that, the first of the id's month, or UNDATED when the release gives no
    year at all; neither is known, and the date of such a release is not scored."""
    ident = _RELEASE_ID.search(text)
    line = _DATELINE.search(text[:600]) or _HEADING_DAY.match(text)
    if line:
        year = line.group("year") or (ident.group("year") if ident else None)
        if year:
            try:
                month = _MONTHS.index(line.group("month").lower()[:3]) + 1
                return date(int(year), month, int(line.group("day"))), True
            except ValueError:
                pass
    if ident:
        return date(int(ident.group("year")), int(ident.group("month")), 1), False
    return UNDATED, False


def read_isaf(path: Path) -> list[IsafRelease]:
    """The releases of the chat-format JSON lines; a line that is not one is
    refused with its number."""
    if not path.is_file():
        raise BadInput(f"{path}: {'not a file' if path.exists() else 'no such file'}")
    releases: list[IsafRelease] = []
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                turns = {t["from"]: t["value"] for t in json.loads(line)["conversations"]}
                text = turns["human"].split("PRESS RELEASE TEXT:", 1)[1].strip()
                gold = json.loads(turns["gpt"])
                int(gold["min_killed"]), int(gold["min_captured"]), list(gold["province"])
                date.fromisoformat(gold["start_date"])
            except (ValueError, KeyError, TypeError, IndexError, AttributeError) as exc:
                raise BadInput(f"{path}:{number}: not an ISAF release with its answer ({exc})") from None
            published, dated = release_published(text)
            releases.append(IsafRelease(number, text, published, dated, gold, isaf_half(text)))
    if not releases:
        raise BadInput(f"{path}: no releases")
    return releases


def release_figures(text: str, extraction: Extraction) -> dict[str, Any]:
    """What the extraction says of one release: killed, captured, date, provinces."""
    sums: Counter[str] = Counter()
    for claim in extraction.claims:
        if (
            isinstance(claim, CasualtyClaim)
            and claim.part_of is None
            and claim.scope not in _BACKGROUND
            and claim.stance != "denied"
        ):
            sums[claim.outcome] += claim.best or 0
    dated = sorted(
        (c.span[0], c.date.start)
        for c in extraction.claims
        if isinstance(c, CasualtyClaim | EventClaim) and c.date is not None
    )
    provinces = {
        fold(p.admin1)
        for p in extraction.places
        if p.admin1 and p.country == "Afghanistan" and any(not text[s:e].isupper() for s, e in p.mentions)
    }
    return {
        "killed": sums["killed"],
        "captured": sums["captured"],
        "date": dated[0][1] if dated else None,
        "provinces": provinces,
    }


def _gold_provinces(gold: dict[str, Any]) -> set[str]:
    return {fold(ISAF_PROVINCES.get(p, p.replace("_", " "))) for p in gold["province"] if p}


def score_isaf(
    releases: list[IsafRelease], extractions: Iterable[Extraction], halves: Iterable[Half]
) -> Table:
    table = Table("ISAF press releases", [h for h in halves])
    hits: dict[str, Counter[str]] = {h: Counter() for h in HALVES}
    for release, extraction in zip(releases, extractions, strict=True):
        got = release_figures(release.text, extraction)
        gold = release.gold
        count = hits[release.half]
        count["n"] += 1
        count["dated"] += release.dated
        for outcome, key in (("killed", "min_killed"), ("captured", "min_captured")):
            truth = int(gold[key])
            count[f"{outcome} exact"] += got[outcome] == truth
            count[f"{outcome} within 1"] += abs(got[outcome] - truth) <= 1
            if truth > 0:
                count[f"{outcome} n>0"] += 1
                count[f"{outcome} exact, gold > 0"] += got[outcome] == truth
        if release.dated:
            count["date exact"] += got["date"] == date.fromisoformat(gold["start_date"])
        count["province set exact"] += got["provinces"] == _gold_provinces(gold)
        count["gold province found"] += (
            bool(_gold_provinces(gold)) and _gold_provinces(gold) <= got["provinces"]
        )
    for half in table.columns:
        count = hits[half]
        n = count["n"]
        table.counts[half] = f"{n} releases ({count['dated']} with a known publication day)"
        for name in ("killed exact", "killed within 1", "captured exact", "captured within 1"):
            table.put(half, name, _ratio(count[name], n))
        table.put(
            half, "killed exact, gold > 0", _ratio(count["killed exact, gold > 0"], count["killed n>0"])
        )
        table.put(
            half, "captured exact, gold > 0", _ratio(count["captured exact, gold > 0"], count["captured n>0"])
        )
        table.put(
            half,
            "date exact",
            _ratio(count["date exact"], count["dated"]),
            "first dated casualty or event claim; releases with a known publication day",
        )
        table.put(
            half, "province set exact", _ratio(count["province set exact"], n), "places outside the dateline"
        )
        table.put(half, "gold province found", _ratio(count["gold province found"], n))
    return table


# ---------------------------------------------------------------- FA-KES gold


@dataclass
class Article:
    unit_id: str
    text: str
    published: date
    source: str


@dataclass
class GoldArticle:
    unit_id: str
    half: Half
    casualties: list[dict[str, Any]]
    control: list[dict[str, Any]]
    not_casualties: list[tuple[int, int]]


def read_articles(path: Path) -> dict[str, Article]:
    """FA-KES articles by unit id (the first row of an id that has copies)."""
    if not path.is_file():
        raise BadInput(f"{path}: {'not a file' if path.exists() else 'no such file'}")
    csv.field_size_limit(sys.maxsize)
    articles: dict[str, Article] = {}
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                uid = (row.get("unit_id") or "").strip()
                if not uid or uid in articles:
                    continue
                month, day, year = (int(x) for x in row["date"].split("/"))
                articles[uid] = Article(uid, row["article_content"], date(year, month, day), row["source"])
    except UnicodeDecodeError:
        raise BadInput(f"{path}: not UTF-8 text") from None
    except (csv.Error, KeyError, ValueError, TypeError, AttributeError) as exc:
        raise BadInput(f"{path}: not the FA-KES CSV ({exc})") from None
    if not articles:
        raise BadInput(f"{path}: no articles")
    return articles


def read_split(folder: Path, name: str = "split.csv", what: str = "the FA-KES split") -> dict[str, Half]:
    """A split file (unit_id,half,order): unit_id -> half, as written once
    before any scoring. `name` is the file in `folder` (split.csv, or
    a blind file's split); BadInput when it is missing or
    a row lacks a unit_id or a half of dev or heldout."""
    path = folder / name
    if not path.is_file():
        raise BadInput(f"{path}: no such file ({what})")
    with path.open(encoding="utf-8", newline="") as fh:
        split: dict[str, Half] = {}
        for row in csv.DictReader(fh):
            half = row.get("half")
            if half not in HALVES or not row.get("unit_id"):
                raise BadInput(f"{path}: a row without a unit_id and a half of dev or heldout")
            split[row["unit_id"]] = half
    return split


def _span(value: Any, length: int, where: str) -> tuple[int, int]:
    if (
        not isinstance(value, list | tuple)
        or len(value) != 2
        or not all(isinstance(v, int) for v in value)
        or not 0 <= value[0] < value[1] <= length
    ):
        raise BadInput(f"{where}: span {value!r} is not [start, end) inside the article ({length} chars)")
    return int(value[0]), int(value[1])


def _day(value: Any, where: str) -> None:
    if value is not None:
        try:
            date.fromisoformat(value)
        except (TypeError, ValueError):
            raise BadInput(f"{where}: date {value!r} is not YYYY-MM-DD or null") from None


def _check_casualty(entry: Any, index: int, count: int, length: int, where: str) -> None:
    if not isinstance(entry, dict):
        raise BadInput(f"{where}: not an object")
    _span(entry.get("span"), length, where)
    for key, allowed in (
        ("outcome", OUTCOMES),
        ("party", PARTIES),
        ("scope", SCOPES),
        ("qualifier", QUALIFIERS),
    ):
        if entry.get(key) not in allowed:
            raise BadInput(f"{where}: {key} {entry.get(key)!r} is not one of {', '.join(allowed)}")
    for key in ("low", "best", "high"):
        if entry.get(key) is not None and not isinstance(entry[key], int):
            raise BadInput(f"{where}: {key} {entry[key]!r} is not an integer or null")
    if not isinstance(entry.get("best"), int):
        raise BadInput(f"{where}: best {entry.get('best')!r} is not an integer")
    part = entry.get("part_of")
    if part is not None and (not isinstance(part, int) or not 0 <= part < count or part == index):
        raise BadInput(f"{where}: part_of {part!r} is not another figure's index")
    claimant = entry.get("claimant")
    if claimant is not None and not (isinstance(claimant, str) and claimant.strip()):
        raise BadInput(f"{where}: claimant {claimant!r} is not a name or null")
    _day(entry.get("date"), where)
    _day(entry.get("period_start"), where)


def _check_control(entry: Any, length: int, where: str) -> None:
    if not isinstance(entry, dict):
        raise BadInput(f"{where}: not an object")
    _span(entry.get("span"), length, where)
    if not isinstance(entry.get("place"), str) or not entry["place"].strip():
        raise BadInput(f"{where}: place {entry.get('place')!r} is not a name")
    if entry.get("change") not in CHANGES:
        raise BadInput(f"{where}: change {entry.get('change')!r} is not one of {', '.join(CHANGES)}")
    for key in ("gainer", "loser"):
        if entry.get(key) is not None and not isinstance(entry[key], str):
            raise BadInput(f"{where}: {key} {entry[key]!r} is not a name or null")
    if not isinstance(entry.get("historical"), bool):
        raise BadInput(f"{where}: historical {entry.get('historical')!r} is not true or false")
    _day(entry.get("date"), where)


def read_gold(
    path: Path,
    half: Half,
    split: dict[str, Half],
    articles: dict[str, Article],
    *,
    outside_split: bool = False,
    other_halves: Literal["refuse", "skip"] = "refuse",
) -> list[GoldArticle]:
    """One half's gold, checked line by line against the spec in
    gold/fakes/README.md: a bad line is refused with its number and reason.
    `outside_split`: a dev-only file of articles NOT in split.csv
    (gold/fakes/control_fresh.jsonl), every one of which must be outside it.
    `other_halves="skip"`: a file holding both halves (gold/wars/claims.jsonl)
    whose rows of the other half are passed over unread."""
    out: list[GoldArticle] = []
    seen: set[str] = set()
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError:
        raise BadInput(f"{path}: not UTF-8 text") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            row = json.loads(line)
        except ValueError as exc:
            raise BadInput(f"{where}: not JSON ({exc})") from None
        if not isinstance(row, dict):
            raise BadInput(f"{where}: not a JSON object")
        uid = str(row.get("unit_id", ""))
        if other_halves == "skip" and split.get(uid) in HALVES and split.get(uid) != half:
            continue
        if outside_split and uid in split:
            raise BadInput(f"{where}: unit_id {uid!r} is in split.csv; this file holds articles outside it")
        if not outside_split and split.get(uid) != half:
            raise BadInput(f"{where}: unit_id {uid!r} is not a {half} article of split.csv")
        if uid in seen:
            raise BadInput(f"{where}: unit_id {uid} annotated twice")
        seen.add(uid)
        if uid not in articles:
            raise BadInput(f"{where}: unit_id {uid} is not in the FA-KES CSV")
        length = len(articles[uid].text)
        casualties = row.get("casualties")
        control = row.get("control")
        not_casualties = row.get("not_casualties", [])
        if (
            not isinstance(casualties, list)
            or not isinstance(control, list)
            or not isinstance(not_casualties, list)
        ):
            raise BadInput(f"{where}: casualties, control and not_casualties must be lists")
        for i, entry in enumerate(casualties):
            _check_casualty(entry, i, len(casualties), length, f"{where}: casualties[{i}]")
        for i, entry in enumerate(control):
            _check_control(entry, length, f"{where}: control[{i}]")
        spans = [_span(s, length, f"{where}: not_casualties") for s in not_casualties]
        out.append(GoldArticle(uid, half, casualties, control, spans))
    return out


# ---------------------------------------------------------------- FA-KES scoring


def spans_overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def gold_span(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A figure told by an article alone ("a child") widened by three words."""
    start, end = span
    if text[start:end].lower() in ("a", "an"):
        following = re.match(r"(?:\W+\w+){1,3}", text[end:])
        end += following.end() if following else 0
    return start, end


def lone_victim(text: str, claim: CasualtyClaim) -> bool:
    """One victim the report tells without a numeral ("a nurse", "their
    father", a name): the claim's words hold no number."""
    return claim.best == 1 and parse_number(text[claim.span[0] : claim.span[1]]) is None


# Vague amounts the FA-KES gold does not code (gold/fakes/README.md, "'Several'
# is not coded"): they name no number an annotator could span as a figure.
_UNCODED_VAGUE = frozenset({"several", "a few", "a handful"})


def uncoded_vague(text: str, claim: CasualtyClaim) -> bool:
    """A figure told only as "several" ("several people were wounded"): the
    extractor keeps it (ACLED codes such a figure), the gold codes none."""
    words = re.sub(r"\s+", " ", text[claim.span[0] : claim.span[1]].lower()).strip()
    return words in _UNCODED_VAGUE


def party_as_gold(value: str) -> str:
    """A claim's party as the gold codes it: a named party (extraction names
    a state force precisely: "Military Forces of South Africa") is compared
    through its side, as the gold's coarse parties put allied foreign forces
    under "government"; a named actor of no known side is "unknown"."""
    party = value.split(":", 1)[0]
    if party in PARTIES:
        return party
    side = side_of(party)
    if side is None and party.startswith(("Military Forces of ", "Police Forces of ")):
        side = "government"  # a state force the dictionary gives no side ("Military Forces of Malawi")
    return side or "unknown"


def day_of(claim: ClaimBase) -> date | None:
    stated = getattr(claim, "date", None)
    return stated.start if stated is not None else None


def gold_day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


@dataclass(frozen=True)
class Voices:
    """Who speaks in one article: its outlet, the sources we name anywhere in
    it, and the sources its gold names anywhere in it (canonical, outlet aside)."""

    outlet: str | None
    ours: set[str | None]
    gold: set[str | None]
    heard: list[tuple[int, str | None]]  # (where, canonical claimant) of each of our claims

    def where_heard(self, source: str | None, at: int) -> str:
        """Whether we name `source` for a claim before the figure at `at`,
        only after it, or for none."""
        places = [where for where, who in self.heard if who == source and source is not None]
        if any(where < at for where in places):
            return "before"
        return "after" if places else "never"


def _count_claimant(predicted: str | None, gold: str | None, voices: Voices, count: Counter[str]) -> bool:
    """Whether a matched figure's claimant is right, counting it by outlet
    and, when wrong, by kind of miss (totals only: no row is shown)."""
    right = same_voice(predicted, gold, voices.outlet)
    outlet = voices.outlet or "?"
    count[f"claimant n|{outlet}"] += 1
    count[f"claimant right|{outlet}"] += right
    count[f"claimant gold voice|{outlet}"] += canonical(gold) in (None, canonical(voices.outlet))
    if right:
        return True
    kind = miss_kind(predicted, gold, voices.outlet)
    count[f"claimant miss|{kind}"] += 1
    count[f"claimant miss|{kind}|{outlet}"] += 1
    if kind in ("source_as_outlet", "other_source", "missing") and canonical(gold) in voices.ours:
        count[f"claimant miss|{kind}|elsewhere"] += 1  # we hear that source, not for this figure
    if kind == "outlet_as_source" and canonical(predicted) in voices.gold:
        count[f"claimant miss|{kind}|elsewhere"] += 1  # the gold hears it too, not for this figure
    return False


def _date_agrees(claim: ClaimBase, value: str | None, count: Counter[str]) -> bool:
    """Whether a claim's day is the gold's. The gold's null says the text gives
    no day and does not present the happening as the day's news
    (gold/fakes/README.md); a claim dated only from the report
    (`date_basis` "report") says the first half of that and shows the
    report's day as its fallback, so it agrees (and is counted apart)."""
    if value is None and getattr(claim, "date_basis", None) == "report":
        count["undated: report day for a null gold date"] += 1
        return True
    return day_of(claim) == gold_day(value)


def score_article(gold: GoldArticle, article: Article, extraction: Extraction, count: Counter[str]) -> None:
    """Add one article's matches into `count` (keys as `_FAKES_ROWS` reads them)."""
    text, outlet = article.text, outlet_name(article.source)
    spans = [gold_span(text, (g["span"][0], g["span"][1])) for g in gold.casualties]
    matched: set[int] = set()
    predicted = [c for c in extraction.claims if isinstance(c, CasualtyClaim)]
    voices = Voices(
        outlet,
        {canonical(c.claimant) for c in extraction.claims} - {None, canonical(outlet)},
        {canonical(g.get("claimant")) for g in gold.casualties} - {None, canonical(outlet)},
        [(c.span[0], canonical(c.claimant)) for c in extraction.claims],
    )
    count["articles"] += 1
    count["gold casualties"] += len(gold.casualties)
    count["claims"] += len(predicted)
    for claim in predicted:
        touching = [i for i, span in enumerate(spans) if spans_overlap(claim.span, span)]
        free = [i for i in touching if i not in matched]
        free.sort(key=lambda i: gold.casualties[i]["outcome"] != claim.outcome)
        if not touching and lone_victim(text, claim):
            # The gold codes no lone victim told without a numeral ("a child
            # was killed"; gold/fakes/README.md, "Not coded"): such a claim is
            # neither right nor wrong here, so it is left out of the claims.
            count["claims"] -= 1
            count["uncoded: lone victim"] += 1
            continue
        if not touching and uncoded_vague(text, claim):
            count["claims"] -= 1  # the same rule for "several", which the gold codes nowhere
            count["uncoded: several"] += 1
            continue
        if not free:
            count["false: duplicate" if touching else "false: no gold figure"] += 1
            if not touching and any(spans_overlap(claim.span, s) for s in gold.not_casualties):
                count["false: on a not-casualty number"] += 1
            continue
        index = free[0]
        truth = gold.casualties[index]
        if truth["scope"] == "historical" and claim.scope not in _BACKGROUND:
            count["false: background toll as a death"] += 1  # it would enter an estimate
            continue
        matched.add(index)
        count["true"] += 1
        count["outcome right"] += claim.outcome == truth["outcome"]
        count["figure exact"] += claim.best == truth["best"]
        count["party right"] += party_as_gold(claim.party) == truth["party"]
        count["scope right"] += claim.scope == truth["scope"]
        right = _count_claimant(claim.claimant, truth.get("claimant"), voices, count)
        count["claimant right"] += right
        if not right and truth.get("claimant") is not None:
            # Is the gold's source one we hear before this figure (a source
            # not carried on), only after it (named later), or never?
            count[f"claimant miss at|{voices.where_heard(canonical(truth['claimant']), claim.span[0])}"] += 1
        count["date right"] += _date_agrees(claim, truth.get("date"), count)
    count["gold matched"] += len(matched)
    score_control(gold, extraction, count)


def score_control(gold: GoldArticle, extraction: Extraction, count: Counter[str]) -> None:
    controls, pairs = control_pairs(gold, extraction)
    count["gold control"] += len(gold.control)
    count["control claims"] += len(controls)
    for claim, index in pairs:
        truth = gold.control[index]
        count["control true"] += 1
        count["control change right"] += claim.change == truth["change"]
        count["gainer right"] += canonical(claim_gainer(claim)) == canonical(truth.get("gainer"))
        count["control date right"] += _date_agrees(claim, truth.get("date"), count)


def control_pairs(
    gold: GoldArticle, extraction: Extraction
) -> tuple[list[ControlClaim], list[tuple[ControlClaim, int]]]:
    """The article's scored control claims and which gold entry each took
    (scripts/dev_control_misses.py lists the rest)."""
    # The gold holds one entry per place and claim, not per mention: a report
    # that tells the same capture three times makes one claim here too.
    controls: list[ControlClaim] = []
    seen: set[tuple[str | None, int | None, str, str | None]] = set()
    everything = [c for c in extraction.claims if isinstance(c, ControlClaim)]
    # "X seized Y from Z" is one gold entry (gainer X, loser Z); the pipeline
    # tells it as a gain and, from the same words, Z's loss.
    halves = {(c.span, c.place.name if c.place else None) for c in everything if c.change == "gained"}
    for claim in everything:
        if claim.change == "lost" and (claim.span, claim.place.name if claim.place else None) in halves:
            continue
        key = (
            claim.place.name if claim.place else None,
            claim.place.geonameid if claim.place else None,
            claim.change,
            canonical(claim.actor),
        )
        if key not in seen:
            seen.add(key)
            controls.append(claim)
    taken: set[int] = set()
    pairs: list[tuple[ControlClaim, int]] = []
    free = list(controls)
    # Claims that agree with an entry in change and gainer take it first, then
    # those that agree in one, then any: a right claim later in the report is
    # not pushed off its entry by a wrong one before it.
    for allowed in (0, 1, 2):
        rest = []
        for claim in free:
            index = _control_match(claim, gold.control, taken, extraction, allowed)
            if index is None:
                rest.append(claim)
            else:
                taken.add(index)
                pairs.append((claim, index))
        free = rest
    return controls, pairs


def claim_gainer(claim: ControlClaim) -> str | None:
    """The actor a claim puts in the gold's `gainer`: nobody for a loss."""
    return claim.actor if claim.change != "lost" else None


def _control_match(
    claim: ControlClaim,
    gold: list[dict[str, Any]],
    taken: set[int],
    extraction: Extraction,
    allowed: int = 2,
) -> int | None:
    """The free gold entry at the claim's place, the one that agrees most
    (same change and gainer, then same change, then same gainer) first;
    None when every free entry there differs in more than `allowed` of the two."""
    if claim.place is None:
        return None
    mentions = [
        span
        for place in extraction.places
        if place.name == claim.place.name and place.geonameid == claim.place.geonameid
        for span in place.mentions
    ]
    # The gold names a place as its article spells it ("Tabaqa"); our name is
    # the one readers use ("Al-Tabqa"): either names the same place.
    text = extraction.report.text
    names = {fold(claim.place.name), *(fold(text[a:b]) for a, b in mentions)}
    here = [
        i
        for i, truth in enumerate(gold)
        if i not in taken
        and (
            any(spans_overlap((truth["span"][0], truth["span"][1]), m) for m in mentions)
            or fold(truth["place"]) in names
        )
    ]
    if not here:
        return None
    gainer = canonical(claim_gainer(claim))

    def disagreement(i: int) -> tuple[bool, bool]:
        return (gold[i]["change"] != claim.change, canonical(gold[i].get("gainer")) != gainer)

    best = min(here, key=lambda i: (sum(disagreement(i)), disagreement(i), i))
    return best if sum(disagreement(best)) <= allowed else None


def fakes_rows(count: Counter[str]) -> list[tuple[str, float | None, str]]:
    pairs, control_pairs = count["true"], count["control true"]
    return [
        ("casualty precision", _ratio(pairs, count["claims"]), "claims on a gold figure / claims"),
        ("casualty recall", _ratio(count["gold matched"], count["gold casualties"]), "gold figures found"),
        ("figure exact (best)", _ratio(count["figure exact"], pairs), "over matched figures"),
        ("outcome right", _ratio(count["outcome right"], pairs), "over matched figures"),
        ("party right", _ratio(count["party right"], pairs), "over matched figures"),
        ("scope right", _ratio(count["scope right"], pairs), "over matched figures"),
        ("claimant right", _ratio(count["claimant right"], pairs), "over matched figures"),
        ("date right", _ratio(count["date right"], pairs), "over matched figures"),
        (
            "control precision",
            _ratio(control_pairs, count["control claims"]),
            "claims on a gold place / claims",
        ),
        ("control recall", _ratio(control_pairs, count["gold control"]), "gold entries found"),
        ("gainer right", _ratio(count["gainer right"], control_pairs), "over matched entries"),
        (
            "control change right",
            _ratio(count["control change right"], control_pairs),
            "over matched entries",
        ),
        ("control date right", _ratio(count["control date right"], control_pairs), "over matched entries"),
    ]


def score_fakes(
    gold: dict[Column, list[GoldArticle]],
    articles: dict[str, Article],
    extractions: Iterator[Extraction],
    title: str = FAKES_TITLE,
) -> tuple[Table, dict[Column, Counter[str]]]:
    """The FA-KES figures per half, and each half's counts (for the breakdowns)."""
    table = Table(title, list(gold))
    counts: dict[Column, Counter[str]] = {}
    for half, rows in gold.items():
        count = counts[half] = Counter()
        for truth in rows:
            score_article(truth, articles[truth.unit_id], next(extractions), count)
        table.counts[half] = (
            f"{count['articles']} articles, {count['gold casualties']} gold casualty figures, "
            f"{count['claims']} casualty claims ({count['false: no gold figure']} on no gold figure, "
            f"{count['false: on a not-casualty number']} of them on a marked not-casualty number, "
            f"{count['false: duplicate']} a second claim on one figure, "
            f"{count['false: background toll as a death']} a background toll as incident or cumulative; "
            f"{count['uncoded: lone victim']} lone victims told without a numeral and "
            f'{count["uncoded: several"]} figures told as "several" left unscored, '
            "as the gold codes none), "
            f"{count['gold control']} gold "
            f"control entries, {count['control claims']} control claims; "
            f"{count['undated: report day for a null gold date']} undated claims on a null gold date "
            "scored as agreeing (`date_basis` report)"
        )
        for name, value, note in fakes_rows(count):
            table.put(half, name, value, note)
    return table, counts


def _of(hits: int, total: int) -> str:
    return f"{hits}/{total}" if total else "-"


def claimant_breakdowns(counts: dict[Column, Counter[str]]) -> list[CountTable]:
    """Claimant right per outlet and claimant misses by kind, per half: totals
    that say where the misses lie without showing a gold row."""
    halves = list(counts)
    outlets = sorted(
        {key.split("|", 1)[1] for count in counts.values() for key in count if key.startswith("claimant n|")}
    )
    by_outlet = CountTable(
        "Claimant right by outlet (FA-KES, matched figures)",
        ["outlet", *(f"{h} right" for h in halves), *(f"{h} gold in the outlet's voice" for h in halves)],
        about="Right: claimant right n/N. Gold in the outlet's voice: matched figures whose gold "
        "claimant is null (or the outlet itself), n/N.",
    )
    for outlet in [*outlets, "all"]:
        cells = [_outlet_totals(counts[h], outlet, "right") for h in halves]
        cells += [_outlet_totals(counts[h], outlet, "gold voice") for h in halves]
        by_outlet.rows.append([outlet, *cells])
    by_kind = CountTable(
        "Claimant misses by kind (FA-KES)",
        ["kind of miss", *halves, *(f"{h}: the source heard elsewhere in the article" for h in halves)],
        about="Elsewhere: for a source the gold names, we name that source for another figure of the "
        "same article; for a source we name where the gold gives the outlet, the gold names that "
        "source for another figure of the same article.",
    )
    for kind, label in MISS_KINDS.items():
        cells = [str(counts[h][f"claimant miss|{kind}"]) for h in halves]
        cells += [str(counts[h][f"claimant miss|{kind}|elsewhere"]) for h in halves]
        by_kind.rows.append([label, *cells])
    for where, label in WHERE_HEARD.items():
        cells = [str(counts[h][f"claimant miss at|{where}"]) for h in halves]
        by_kind.rows.append([label, *cells, *("" for _ in halves)])
    cross = CountTable(
        "Claimant misses by outlet and kind (FA-KES)",
        ["outlet", "half", *MISS_KINDS],
        about="Kinds: " + "; ".join(f"{k} = {v}" for k, v in MISS_KINDS.items()) + ".",
    )
    for outlet in outlets:
        for h in halves:
            cells = [str(counts[h][f"claimant miss|{kind}|{outlet}"]) for kind in MISS_KINDS]
            if counts[h][f"claimant n|{outlet}"]:
                cross.rows.append([outlet, h, *cells])
    return [by_outlet, by_kind, cross]


def _outlet_totals(count: Counter[str], outlet: str, what: str) -> str:
    """n/N of `what` ("right", "gold voice") for one outlet, or over all."""
    if outlet == "all":
        keys = [k.split("|", 1)[1] for k in count if k.startswith("claimant n|")]
        return _of(
            sum(count[f"claimant {what}|{k}"] for k in keys), sum(count[f"claimant n|{k}"] for k in keys)
        )
    return _of(count[f"claimant {what}|{outlet}"], count[f"claimant n|{outlet}"])


# ---------------------------------------------------------------- the command


def eval_claims(
    isaf: Path | None = ISAF_DEFAULT,
    fakes: Path | None = FAKES_DEFAULT,
    gold_dir: Path = GOLD_DEFAULT,
    half: Literal["dev", "heldout", "all", "fresh", "blind", "blind2", "wars"] = "all",
    wars_dir: Path | None = None,
) -> ClaimsReport:
    """Score both gold sets (either may be None to skip it) on the asked half.
    `fresh` scores the FA-KES claimant gold outside split.csv alone, `blind`
    and `blind2` a blind claimant file's dev half alone (ISAF has no such
    column, so it is skipped there), `wars` the other wars' blind file's dev
    half alone (gold/wars/; its texts are read from the folder `fakes` lies
    in). `all` also prints each blind file's held-out half, as totals only,
    when the file is there."""
    from warmonitor.evaluation.claims_wars import WARS_GOLD, score_wars
    from warmonitor.extract.pipeline import ReportText, extract_many

    halves: list[Half] = [h for h in HALVES if half in (h, "all")]  # none for fresh and blind
    report = ClaimsReport()
    if isaf is not None and halves:
        releases = [r for r in read_isaf(isaf) if r.half in halves]
        extractions = extract_many(ReportText(r.text, r.published, outlet="ISAF") for r in releases)
        report.tables.append(score_isaf(releases, extractions, halves))
    if fakes is not None:
        articles = read_articles(fakes)
        split = read_split(gold_dir)
        gold: dict[Column, list[GoldArticle]] = {}
        if half == "fresh":
            gold = fresh_gold(gold_dir, split, articles)
        for blind in BLIND_FILES:
            if half == blind.name:
                gold = {blind.dev: blind_gold(gold_dir, split, articles, "dev", blind)}
        for each in halves:
            path = gold_dir / f"{each}.jsonl"
            if not path.is_file():
                why = (
                    "annotated on its own branch, merged later" if each == "heldout" else "not annotated yet"
                )
                report.messages.append(f"{path}: not there, so no FA-KES {each} figures ({why})")
                continue
            gold[each] = read_gold(path, each, split, articles)
            wanted = sum(1 for h in split.values() if h == each)
            if len(gold[each]) < wanted:
                report.messages.append(
                    f"{path}: {len(gold[each])} of the {wanted} {each} articles annotated so far"
                )
        if gold:
            reading = [articles[g.unit_id] for rows in gold.values() for g in rows]
            extractions = extract_many(
                ReportText(a.text, a.published, outlet=outlet_name(a.source)) for a in reading
            )
            table, counts = score_fakes(gold, articles, extractions)
            report.tables.append(table)
            report.breakdowns += claimant_breakdowns(counts)
        if half == "all":
            for blind in BLIND_FILES:
                if (gold_dir / blind.gold).is_file():
                    rows = blind_gold(gold_dir, split, articles, "heldout", blind)
                    _score_blind_heldout(report, rows, articles, blind)
    wars_dir = gold_dir.parent / "wars" if wars_dir is None else wars_dir  # gold/wars beside gold/fakes
    if fakes is not None and half in ("wars", "all"):
        if (wars_dir / WARS_GOLD).is_file():
            score_wars(report, wars_dir, fakes.parent, "dev" if half == "wars" else "heldout")
        elif half == "wars":
            raise BadInput(f"{wars_dir / WARS_GOLD}: not there, so no other wars' figures")
    return report


def _score_blind_heldout(
    report: ClaimsReport, rows: list[GoldArticle], articles: dict[str, Article], blind: BlindFile = BLIND
) -> None:
    """A blind file's held-out half as totals only, in the held-out FA-KES
    style: the per-field figures and the claimant-miss-kind table, no row."""
    from warmonitor.extract.pipeline import ReportText, extract_many

    reading = [articles[g.unit_id] for g in rows]
    extractions = extract_many(ReportText(a.text, a.published, outlet=outlet_name(a.source)) for a in reading)
    title = f"FA-KES {blind.label}, held-out half (totals only)"
    table, counts = score_fakes({blind.heldout: rows}, articles, extractions, title)
    report.tables.append(table)
    by_kind = claimant_breakdowns(counts)[1]
    by_kind.title = f"Claimant misses by kind (FA-KES {blind.label}, held-out half)"
    report.breakdowns.append(by_kind)


def blind_halves(unit_ids: Iterable[str]) -> dict[str, Half]:
    """The blind files' split rule (gold/fakes/README.md): the unit ids sorted
    by the SHA-1 hex digest of the id, even positions dev, odd held-out."""
    order = sorted(unit_ids, key=lambda uid: hashlib.sha1(uid.encode("utf-8")).hexdigest())
    return {uid: "dev" if i % 2 == 0 else "heldout" for i, uid in enumerate(order)}


def read_blind_split(gold_dir: Path, blind: BlindFile = BLIND) -> dict[str, Half]:
    """A blind file's split (blind_split.csv, blind2_split.csv): unit_id ->
    half, as written once before any scoring."""
    return read_split(gold_dir, blind.split, f"the {blind.label}'s split")


def blind_gold(
    gold_dir: Path, split: dict[str, Half], articles: dict[str, Article], half: Half, blind: BlindFile = BLIND
) -> list[GoldArticle]:
    """One half of a blind claimant file (outside split.csv, like the fresh
    file), by its split file; the file and the split must name the same ids,
    and no id may be in another blind file (each was drawn from what was left)."""
    path = gold_dir / blind.gold
    if not path.is_file():
        raise BadInput(f"{path}: not there, so no {blind.label} figures")
    halves = read_blind_split(gold_dir, blind)
    rows = read_gold(path, half, split, articles, outside_split=True)
    if {g.unit_id for g in rows} != set(halves):
        raise BadInput(f"{path}: its unit ids and {blind.split}'s differ")
    for other in BLIND_FILES:
        if other != blind and (gold_dir / other.split).is_file():
            shared = set(halves) & set(read_blind_split(gold_dir, other))
            if shared:
                raise BadInput(f"{path}: {len(shared)} unit ids are in {other.split} too")
    return [g for g in rows if halves[g.unit_id] == half]


def fresh_gold(
    gold_dir: Path, split: dict[str, Half], articles: dict[str, Article]
) -> dict[Column, list[GoldArticle]]:
    """The dev-only claimant gold on articles outside split.csv: every one of
    its articles must lie outside the split (`read_gold` refuses one inside)."""
    path = gold_dir / CLAIMS_FRESH
    if not path.is_file():
        raise BadInput(f"{path}: not there, so no fresh FA-KES figures")
    return {"fresh": read_gold(path, "dev", split, articles, outside_split=True)}
