"""Settings, read from the environment once, overridable per call.

WARMONITOR_DB_URL             database URL (default: sqlite:///./warmonitor.db)
WARMONITOR_MAX_BYTES          largest input accepted, in bytes (default: 20 MB)
WARMONITOR_NEAR_DUP_THRESHOLD Jaccard similarity over word 5-shingles at or above
                              which two reports are near-duplicates (default: 0.8)
WARMONITOR_FEED_TIMEOUT       seconds to wait for a feed URL (default: 20)
WARMONITOR_READ_REQUIRES_TOKEN  true: every GET under /api/v1 needs a viewer,
                              analyst or admin token (default: false, reads public)
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from warmonitor.errors import ConfigError

DEFAULT_DB_URL = "sqlite:///./warmonitor.db"
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
# 0.8 separates wire copies (same story, a different byline or a trimmed last
# paragraph: 0.85-1.0 on the demo corpus) from distinct reports on the same
# event, which share names and figures but rarely a 5-word run (< 0.3).
DEFAULT_NEAR_DUP_THRESHOLD = 0.8
DEFAULT_FEED_TIMEOUT = 20.0


def _env_float(name: str, default: float) -> float:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return float(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a number, got {raw!r}") from None


def _env_bool(name: str) -> bool:
    raw = (os.environ.get(name) or "").strip().lower()
    if raw in ("", "0", "false", "no", "off"):
        return False
    if raw in ("1", "true", "yes", "on"):
        return True
    raise ConfigError(f"{name} must be true or false, got {raw!r}")


@dataclass(frozen=True)
class Settings:
    db_url: str = DEFAULT_DB_URL
    max_bytes: int = DEFAULT_MAX_BYTES
    near_dup_threshold: float = DEFAULT_NEAR_DUP_THRESHOLD
    feed_timeout: float = DEFAULT_FEED_TIMEOUT
    read_requires_token: bool = False
    extra: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_env(cls) -> Settings:
        threshold = _env_float("WARMONITOR_NEAR_DUP_THRESHOLD", DEFAULT_NEAR_DUP_THRESHOLD)
        if not 0.0 < threshold <= 1.0:
            raise ConfigError("WARMONITOR_NEAR_DUP_THRESHOLD must be in (0, 1]")
        max_bytes = int(_env_float("WARMONITOR_MAX_BYTES", DEFAULT_MAX_BYTES))
        if max_bytes <= 0:
            raise ConfigError("WARMONITOR_MAX_BYTES must be positive")
        return cls(
            db_url=os.environ.get("WARMONITOR_DB_URL") or DEFAULT_DB_URL,
            max_bytes=max_bytes,
            near_dup_threshold=threshold,
            feed_timeout=_env_float("WARMONITOR_FEED_TIMEOUT", DEFAULT_FEED_TIMEOUT),
            read_requires_token=_env_bool("WARMONITOR_READ_REQUIRES_TOKEN"),
        )
