"""Evaluation and benchmarks: scoring extraction against gold, and timing it.

Nothing in the pipeline (ingest, extract, reconcile, store, api, web, export)
imports this package; it imports the pipeline and measures it. The CLI's
`warmonitor eval …` and `warmonitor benchmark …` are its front doors.

- `evaluate`: `eval acled|ucdp|case` (ACLED, UCDP GED, case files).
- `claims`: `eval claims` (ISAF press releases, hand-annotated FA-KES gold).
- `benchmark`: `benchmark extract` (reports/s beside bare spaCy, memory; --case: pathological inputs).
- `fuzz`: `benchmark fuzz` (mutated inputs through the readers and extraction; crashes).
- `api_bench`: `benchmark api` (latency of the served API over a synthetic store);
  `bench_store` fills that store.
- `reconcile_bench`: `benchmark reconcile` and `benchmark visible` (one new report's cost).
"""
