"""List the FA-KES dev half's claimant misses, false casualty claims, scope, date and party misses,
grouped by (gold claimant, predicted claimant), each with its sentence.

Reads gold/fakes/dev.jsonl only: the held-out half is refused, since rules
are written against dev rows alone (gold/fakes/README.md).

    PYTHONPATH=src python scripts/dev_claim_misses.py [--fresh | --blind | --blind2 | --wars]
        [--false] [--scope] [--dates] [--party] [--limit N]

--fresh reads gold/fakes/claims_fresh.jsonl (dev-only, outside split.csv) instead;
--blind reads the dev half of gold/fakes/claims_blind.jsonl, --blind2 of claims_blind2.jsonl,
--wars of gold/wars/claims.jsonl (their held-out halves are never read).
"""

from __future__ import annotations

import argparse
from collections import defaultdict

from dev_gold import context, dev_half, show

from warmonitor.evaluation.claims import (
    canonical,
    day_of,
    gold_day,
    gold_span,
    lone_victim,
    outlet_name,
    party_as_gold,
    same_voice,
    spans_overlap,
    uncoded_vague,
)
from warmonitor.extract.claims import CasualtyClaim


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--false", action="store_true", help="list false casualty claims too")
    parser.add_argument("--limit", type=int, default=6, help="examples per group")
    parser.add_argument("--scope", action="store_true", help="list scope misses too")
    parser.add_argument("--dates", action="store_true", help="list date misses of matched figures too")
    parser.add_argument("--party", action="store_true", help="list party misses of matched figures too")
    parser.add_argument("--fresh", action="store_true", help="the claimant gold outside split.csv")
    parser.add_argument("--blind", action="store_true", help="the blind claimant file's dev half")
    parser.add_argument("--blind2", action="store_true", help="the second blind claimant file's dev half")
    parser.add_argument(
        "--wars", action="store_true", help="the other wars' blind file's dev half (gold/wars)"
    )
    args = parser.parse_args()
    misses: dict[tuple[str | None, str | None], list[str]] = defaultdict(list)
    false: list[str] = []
    scopes: list[str] = []
    dates: list[str] = []
    parties: list[str] = []
    for truth, article, extraction in dev_half(
        fresh=args.fresh, claims=args.fresh, blind=args.blind, blind2=args.blind2, wars=args.wars
    ):
        text, outlet = article.text, outlet_name(article.source)
        spans = [gold_span(text, (g["span"][0], g["span"][1])) for g in truth.casualties]
        used: set[int] = set()
        for claim in (c for c in extraction.claims if isinstance(c, CasualtyClaim)):
            free = [i for i, s in enumerate(spans) if spans_overlap(claim.span, s) and i not in used]
            free.sort(key=lambda i: truth.casualties[i]["outcome"] != claim.outcome)
            uncoded = lone_victim(text, claim) or uncoded_vague(text, claim)
            if not free and uncoded and not any(spans_overlap(claim.span, s) for s in spans):
                continue  # the gold codes no lone victim and no "several"; the eval leaves these unscored
            if not free:
                false.append(f"{article.unit_id} {claim.outcome} {claim.best}: {context(text, claim.span)}")
                continue
            gold_row = truth.casualties[free[0]]
            if gold_row["scope"] == "historical" and claim.scope != "historical":
                # the eval counts this as a false claim (a background toll as a death)
                where = context(text, claim.span)
                false.append(f"{article.unit_id} BACKGROUND {claim.outcome} {claim.best}: {where}")
                continue
            used.add(free[0])
            if gold_row["scope"] != claim.scope:
                where = context(text, claim.span)
                scopes.append(f"{article.unit_id} gold {gold_row['scope']} <- {claim.scope}: {where}")
            if day_of(claim) != gold_day(gold_row.get("date")):
                where = context(text, claim.span)
                got = f"{day_of(claim)} ({claim.date_basis})"
                wanted = gold_row.get("date")
                dates.append(f"{article.unit_id} ({article.published}) gold {wanted} got {got}: {where}")
            if party_as_gold(claim.party) != gold_row["party"]:
                where = context(text, claim.span)
                parties.append(f"{article.unit_id} gold {gold_row['party']} <- {claim.party}: {where}")
            want = gold_row.get("claimant")
            if not same_voice(claim.claimant, want, outlet):
                key = (canonical(want), canonical(claim.claimant))
                misses[key].append(f"{article.unit_id} [{outlet}]: {context(text, claim.span)}")
    total = sum(len(v) for v in misses.values())
    print(f"{total} claimant misses in {len(misses)} groups")
    for (want, got), rows in sorted(misses.items(), key=lambda kv: -len(kv[1])):
        print(f"\n== gold {want!r} <- predicted {got!r}: {len(rows)}")
        for row in rows[: args.limit]:
            print("   ", row)
    if args.scope:
        show("scope misses", scopes)
    if args.dates:
        show("date misses", dates)
    if args.party:
        show("party misses", parties)
    if args.false:
        show("false casualty claims", false)


if __name__ == "__main__":
    main()
