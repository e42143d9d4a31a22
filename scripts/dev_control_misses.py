"""List the FA-KES dev half's control entries and claims: wrong gainers,
missed entries and claims on no entry, each with its sentence, and the
control totals (precision, recall, gainer right) the listing comes from.

Reads gold/fakes/dev.jsonl, or with --fresh gold/fakes/control_fresh.jsonl
(articles outside split.csv, control only): the held-out half is refused,
since rules are written against dev rows alone (gold/fakes/README.md).

    PYTHONPATH=src python scripts/dev_control_misses.py [--fresh] [--missed] [--false]
"""

from __future__ import annotations

import argparse
from collections import Counter

from dev_gold import context, dev_half, show

from warmonitor.evaluation.claims import (
    canonical,
    claim_gainer,
    control_pairs,
    fakes_rows,
    gold_span,
    score_control,
)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--missed", action="store_true", help="list gold entries no claim took")
    parser.add_argument("--false", action="store_true", help="list claims on no gold entry")
    parser.add_argument("--fresh", action="store_true", help="read control_fresh.jsonl, not dev.jsonl")
    args = parser.parse_args()
    wrong, missed, false = [], [], []
    count: Counter[str] = Counter()
    for truth, article, extraction in dev_half(fresh=args.fresh):
        text = article.text
        score_control(truth, extraction, count)
        controls, pairs = control_pairs(truth, extraction)
        taken = {index for _, index in pairs}
        for claim, index in pairs:
            entry = truth.control[index]
            if canonical(claim_gainer(claim)) != canonical(entry.get("gainer")):
                wrong.append(
                    f"{article.unit_id} {entry['place']}: gold {entry.get('gainer')!r} {entry['change']}, "
                    f"claim {claim.actor!r} {claim.change}: {context(text, claim.span)}"
                )
        for index, entry in enumerate(truth.control):
            if index not in taken:
                span = gold_span(text, (entry["span"][0], entry["span"][1]))
                missed.append(
                    f"{article.unit_id} {entry['place']} {entry.get('gainer')!r} {entry['change']}"
                    f"{' (historical)' if entry.get('historical') else ''}: {context(text, span)}"
                )
        paired = {id(claim) for claim, _ in pairs}
        for claim in controls:
            if id(claim) not in paired:
                place = claim.place.name if claim.place else None
                false.append(
                    f"{article.unit_id} {place} {claim.actor!r} {claim.change}: {context(text, claim.span)}"
                )
    print(f"{count['gold control']} gold control entries, {count['control claims']} control claims")
    for name, value, _note in fakes_rows(count):
        if name.startswith(("control", "gainer")):
            print(f"{name}: {'-' if value is None else f'{value:.3f}'}")
    show("matched entries with the wrong gainer", wrong)
    if args.missed:
        show("gold entries missed", missed)
    if args.false:
        show("claims on no gold entry", false)


if __name__ == "__main__":
    main()
