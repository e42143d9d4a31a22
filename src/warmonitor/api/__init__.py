"""HTTP API under /api/v1 (FastAPI), reading what the store holds."""
