"""Agreement between coders of the same FA-KES articles: annotators' files in
the gold format, the project's gold for those articles, and warmonitor.

    python scripts/claim_agreement.py gold/fakes/agreement/agree17_A.jsonl \
        gold/fakes/agreement/agree17_B.jsonl --gold gold/fakes/dev.jsonl --ours

The first two files are the humans whose agreed claimants are checked against
the others. Only articles every coder has coded are compared. Prints counts
and rates, never article text. Refuses held-out gold (gold/fakes/heldout.jsonl
and the blind files' held-out halves are read only through `eval claims`).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import warmonitor  # noqa: F401 - first: it sets OPENBLAS_NUM_THREADS before numpy loads

# isort: split
from warmonitor.errors import UserError
from warmonitor.evaluation.agreement import (
    FIELDS,
    Coder,
    all_pairs,
    consensus,
    from_extractions,
    from_gold_rows,
)
from warmonitor.evaluation.claims import FAKES_DEFAULT, outlet_name, party_as_gold, read_articles

HELD_OUT = ("heldout.jsonl",)


def read_rows(path: Path) -> list[dict[str, object]]:
    if path.name in HELD_OUT:
        raise UserError(f"{path}: held-out gold is read only through `warmonitor eval claims`")
    try:
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UserError(f"{path}: not a gold JSONL file ({exc})") from None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("humans", nargs=2, type=Path, help="two annotators' files (gold format)")
    parser.add_argument("--gold", type=Path, help="the project's gold file holding the same articles")
    parser.add_argument("--ours", action="store_true", help="also score warmonitor's own reading")
    parser.add_argument("--fakes", type=Path, default=FAKES_DEFAULT)
    args = parser.parse_args()
    try:
        articles = read_articles(args.fakes)
        human_rows = [read_rows(p) for p in args.humans]
        ids = [str(r["unit_id"]) for r in human_rows[0]]
        ids = [uid for uid in ids if uid in {str(r["unit_id"]) for r in human_rows[1]}]
        texts = {uid: articles[uid].text for uid in ids}
        outlets = {uid: outlet_name(articles[uid].source) or "" for uid in ids}
        coders: list[Coder] = [
            from_gold_rows(p.stem, rows, texts, outlets)
            for p, rows in zip(args.humans, human_rows, strict=True)
        ]
        if args.gold:
            rows = [r for r in read_rows(args.gold) if str(r["unit_id"]) in texts]
            coders.append(from_gold_rows("gold", rows, texts, outlets))
        if args.ours:
            from warmonitor.extract.pipeline import ReportText, extract_many

            reading = [articles[uid] for uid in ids]
            done = extract_many(ReportText(a.text, a.published, outlet=outlets[a.unit_id]) for a in reading)
            coders.append(
                from_extractions("warmonitor", dict(zip(ids, done, strict=True)), outlets, party_as_gold)
            )
    except (UserError, KeyError) as exc:
        print(f"claim_agreement: {exc}", file=sys.stderr)
        return 2
    print(f"{len(ids)} articles coded by both annotators\n")
    print("| coders | articles | figures | paired | detection F1 | " + " | ".join(FIELDS) + " |")
    print("| --- | ---: | ---: | ---: | ---: | " + " | ".join("---:" for _ in FIELDS) + " |")
    for pair in all_pairs(coders, ids):
        rates = " | ".join(_cell(pair.rate(f)) for f in FIELDS)
        print(
            f"| {pair.first} / {pair.second} | {pair.articles} | {pair.figures[0]} / {pair.figures[1]} | "
            f"{pair.paired} | {_cell(pair.detection_f1)} | {rates} |"
        )
    agreed = consensus(coders[:2], coders[2:], ids)
    print(f"\nFigures both annotators read with the same claimant: {agreed.agreed}")
    for name, scored in agreed.scored.items():
        print(
            f"- {name}: reads {scored} of them, gives that claimant for {agreed.right[name]} "
            f"({_cell(agreed.right[name] / scored)})"
        )
    return 0


def _cell(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


if __name__ == "__main__":
    sys.exit(main())
