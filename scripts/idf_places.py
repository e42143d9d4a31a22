"""Place names of the Israel-Lebanon front in the IDF's Telegram posts
(../shared/data/real-dev/idf_telegram_gaza_2023_2024.csv), and whether
extraction places each where it lies.

    PYTHONPATH=src python scripts/idf_places.py            # totals, then each name
    PYTHONPATH=src python scripts/idf_places.py --names    # only the names and counts

A post is on the front when it names Lebanon, Hezbollah or northern Israel
(or Har Dov, Mount Hermon) and not Gaza, Judea or Samaria. Its names are
the file's own NER column (automatic and noisy: "Zar ' it" is rejoined as
"Zar'it"), less countries, whole regions and fragments. Each time a name is
written in a post, the place extraction gives it (a place whose mention
covers it) is counted as on the front (within the box around southern
Lebanon, northern Israel and the Golan), elsewhere, or none. Nothing of
the posts' wording is written, only names and counts.
"""

from __future__ import annotations

import argparse
import ast
import csv
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from warmonitor.extract.claims import Extraction
from warmonitor.extract.pipeline import ReportText, extract_many

POSTS = (
    Path(__file__).resolve().parents[2] / "shared" / "data" / "real-dev" / "idf_telegram_gaza_2023_2024.csv"
)
ON_FRONT = r"Lebanon|Lebanese|Hezbollah|northern Israel|Har Dov|Hermon"
OTHER_FRONT = r"Gaza|Judea|Samaria|Khan Yunis"
# South Lebanon, the Beqaa's south, northern Israel and the Golan.
FRONT_BOX = (32.6, 34.5, 35.0, 36.7)
# A place of these countries outside the box is not a namesake abroad (Eilat, Tel Aviv).
REGION = frozenset({"Israel", "Lebanon", "Syria", "Palestinian Territory"})
# Not places of the front: countries, whole regions, the NER's fragments.
NOT_NAMES = r"(?i)^(the |city|state|area|central|northern|southern|western|eastern|s|d|g|za|zar|mar|kfar|mount \.|rad|rai|aa)\b|israel|lebanon|lebanese|syria|gaza|iran|egypt|iraq|yemen|jordan|galilee|golan|u \. |united|middle east|red sea|thai|english|france|great britain|ukraine|command|^##"  # noqa: E501


@dataclass(frozen=True)
class Mention:
    name: str
    status: str  # front, region, elsewhere, none
    placed: str


def _day(value: str) -> date:
    for form in ("%d/%m/%Y", "%d/%m/%y"):
        try:
            return datetime.strptime(value.strip(), form).date()
        except ValueError:
            continue
    return date(2024, 1, 1)


def _rejoined(name: str) -> str:
    """The NER column spaces out apostrophes and hyphens: "Zar ' it", "al - Adisa"."""
    return re.sub(r"\s*(['\u2019-])\s*", r"\1", name).strip()


def front_posts(path: Path = POSTS) -> list[tuple[str, date, list[str]]]:
    """(text, day, names) of each post on the front."""
    out = []
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            text = row["Text"]
            if not re.search(ON_FRONT, text) or re.search(OTHER_FRONT, text):
                continue
            names = [_rejoined(n) for n in ast.literal_eval(row["Location"] or "[]")]
            names = [n for n in names if len(n) > 3 and not re.search(NOT_NAMES, n) and n in text]
            out.append((text, _day(row["Date"] or ""), names))
    return out


def _on_front(lat: float | None, lon: float | None) -> bool:
    south, north, west, east = FRONT_BOX
    return lat is not None and lon is not None and south <= lat <= north and west <= lon <= east


def _mentions(text: str, names: list[str], extraction: Extraction) -> Iterator[Mention]:
    for name in sorted(set(names)):
        for m in re.finditer(re.escape(name), text):
            hit = next(
                (p for p in extraction.places for s, e in p.mentions if s < m.end() and m.start() < e), None
            )
            if hit is None:
                yield Mention(name, "none", "")
                continue
            status = (
                "front" if _on_front(hit.lat, hit.lon) else "region" if hit.country in REGION else "elsewhere"
            )
            yield Mention(name, status, f"{hit.name} ({hit.country}, {hit.admin1})")


def front_mentions(path: Path = POSTS) -> list[Mention]:
    posts = front_posts(path)
    extractions = extract_many(ReportText(text, day, outlet="IDF") for text, day, _ in posts)
    return [
        m for (text, _, names), ex in zip(posts, extractions, strict=True) for m in _mentions(text, names, ex)
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--names", action="store_true", help="only list the names and their counts")
    args = parser.parse_args()
    if args.names:
        counts = Counter(n for _, _, names in front_posts() for n in names)
        for name, n in counts.most_common():
            print(f"{n}\t{name}")
        print(f"{len(counts)} names, {sum(counts.values())} mentions")
        return 0
    mentions = front_mentions()
    by_name: dict[str, Counter[str]] = defaultdict(Counter)
    placed: dict[str, Counter[str]] = defaultdict(Counter)
    for m in mentions:
        by_name[m.name][m.status] += 1
        if m.placed:
            placed[m.name][m.placed] += 1
    for name, c in sorted(by_name.items(), key=lambda kv: -sum(kv[1].values())):
        where = "; ".join(p for p, _ in placed[name].most_common(2))
        print(
            f"{sum(c.values())}\t{name}\tfront {c['front']} region {c['region']} "
            f"elsewhere {c['elsewhere']} none {c['none']}\t{where}"
        )
    total = Counter(m.status for m in mentions)
    names_front = sum(1 for c in by_name.values() if c["front"] > c["elsewhere"] + c["none"])
    print(
        f"mentions {len(mentions)}: front {total['front']} region {total['region']} "
        f"elsewhere {total['elsewhere']} none {total['none']}; "
        f"names {len(by_name)}, placed on the front (most mentions) {names_front}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
