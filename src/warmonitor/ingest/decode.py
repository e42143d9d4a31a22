"""Bytes to text, or a one-line reason why not."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from warmonitor.errors import BadInput

# Control characters other than tab, newline, carriage return and form feed:
# plenty of them means the bytes were never meant as text.
_CONTROL = frozenset(range(0, 32)) - {9, 10, 12, 13}


def human_size(n: int) -> str:
    size = float(n)
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{int(size)} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{n} bytes"


def check_size(n: int, limit: int) -> None:
    if n > limit:
        raise BadInput(f"too large: {human_size(n)}, over the limit of {human_size(limit)} (--max-bytes)")


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample and not sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    controls = sum(1 for b in sample if b in _CONTROL)
    return controls > max(8, len(sample) // 100)


def _plausible(text: str) -> bool:
    """Mostly letters, digits, spaces and punctuation: real text, not mojibake."""
    if not text.strip():
        return False
    odd = sum(1 for ch in text[:20000] if not (ch.isprintable() or ch in "\n\r\t\f"))
    return odd <= len(text[:20000]) // 200


def decode_bytes(data: bytes) -> str:
    """Decode UTF-8 (BOM or not), UTF-16 with a BOM, or the best detected encoding."""
    if not data.strip():
        raise BadInput("empty input")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise BadInput("cannot decode as UTF-16 despite its byte-order mark") from None
    else:
        if _looks_binary(data):
            raise BadInput("looks like a binary file, not text")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            best = from_bytes(data).best()
            text = str(best) if best is not None else ""
            if not _plausible(text):
                raise BadInput("cannot decode as text in UTF-8, UTF-16 or any usual encoding") from None
    if not text.strip():
        raise BadInput("empty input")
    if not _plausible(text):
        raise BadInput("looks like a binary file, not text")
    return text
