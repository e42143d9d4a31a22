"""Ingest: anything a user has (text, HTML, JSON lines, feeds, folders, stdin)
becomes `ReportDraft`s, which `ingest.pipeline` stores one transaction each."""
