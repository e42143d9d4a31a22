"""Settings, read from the environment once, overridable per call.

WARMONITOR_DB_URL             database URL (default: sqlite:///./warmonitor.db)
WARMONITOR_MAX_BYTES          largest input accepted, in bytes (default: 20 MB)
WARMONITOR_NEAR_DUP_THRESHOLD Jaccard similarity over word 5-shingles at or above
                              which two reports are near-duplicates (default: 0.8)
WARMONITOR_FEED_TIMEOUT       seconds to wait for a feed URL (default: 20)
WARMONITOR_READ_REQUIRES_TOKEN  true: every GET under /api/v1 needs a viewer,
                              analyst or admin token (default: false, reads public)
WARMONITOR_MAX_URL_BYTES      longest request line (path and query) the server
                              answers; longer gets 414 (default: 8192)
WARMONITOR_MAX_HEADER_BYTES   largest total of request headers; more gets 431
                              (default: 16384)

The environment is read once, by `Settings.from_env()`; a command-line option
changes one field of that object (`Settings.with_overrides`), never rebuilds
it, so an option can never drop a setting the environment made.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from typing import Any

from warmonitor.errors import ConfigError

DEFAULT_DB_URL = "sqlite:///./warmonitor.db"
# 20 MB: ingest's limit on an input and extraction's on a report's text, one
# number (a text never has more characters than the bytes it came from).
DEFAULT_MAX_BYTES = 20_000_000
# 0.8 separates wire copies (same story, a different byline or a trimmed last
# paragraph: 0.85-1.0 on the demo corpus) from distinct reports on the same
# event, which share names and figures but rarely a 5-word run (< 0.3).
DEFAULT_NEAR_DUP_THRESHOLD = 0.8
DEFAULT_FEED_TIMEOUT = 20.0
# Browsers and proxies cap a URL at about 8 KB; our longest real query (an
# export with every filter) is under 300 bytes.
DEFAULT_MAX_URL_BYTES = 8192
# Four times a fat browser request (cookies included); uvicorn's own 64 KB
# per-header cap is too generous to stop header padding.
DEFAULT_MAX_HEADER_BYTES = 16384


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
    max_url_bytes: int = DEFAULT_MAX_URL_BYTES
    max_header_bytes: int = DEFAULT_MAX_HEADER_BYTES
    extra: dict[str, str] = field(default_factory=dict)

    def with_overrides(self, **overrides: Any) -> Settings:
        """These settings with the given fields changed; a None value (an
        option the user did not give) changes nothing. Raises ConfigError
        for a field that does not exist or a limit that is not positive."""
        known = {f.name for f in fields(self)}
        given = {k: v for k, v in overrides.items() if v is not None}
        unknown = sorted(set(given) - known)
        if unknown:
            raise ConfigError(f"unknown setting {unknown[0]!r}")
        for name in ("max_bytes", "max_url_bytes", "max_header_bytes"):
            if name in given and given[name] <= 0:
                raise ConfigError(f"--{name.replace('_', '-')} must be positive")
        return replace(self, **given) if given else self

    @classmethod
    def from_env(cls) -> Settings:
        threshold = _env_float("WARMONITOR_NEAR_DUP_THRESHOLD", DEFAULT_NEAR_DUP_THRESHOLD)
        if not 0.0 < threshold <= 1.0:
            raise ConfigError("WARMONITOR_NEAR_DUP_THRESHOLD must be in (0, 1]")
        max_bytes = int(_env_float("WARMONITOR_MAX_BYTES", DEFAULT_MAX_BYTES))
        if max_bytes <= 0:
            raise ConfigError("WARMONITOR_MAX_BYTES must be positive")
        limits = {
            name: int(_env_float(f"WARMONITOR_{name.upper()}", default))
            for name, default in (
                ("max_url_bytes", DEFAULT_MAX_URL_BYTES),
                ("max_header_bytes", DEFAULT_MAX_HEADER_BYTES),
            )
        }
        for name, value in limits.items():
            if value <= 0:
                raise ConfigError(f"WARMONITOR_{name.upper()} must be positive")
        return cls(
            db_url=os.environ.get("WARMONITOR_DB_URL") or DEFAULT_DB_URL,
            max_bytes=max_bytes,
            near_dup_threshold=threshold,
            feed_timeout=_env_float("WARMONITOR_FEED_TIMEOUT", DEFAULT_FEED_TIMEOUT),
            read_requires_token=_env_bool("WARMONITOR_READ_REQUIRES_TOKEN"),
            max_url_bytes=limits["max_url_bytes"],
            max_header_bytes=limits["max_header_bytes"],
        )
