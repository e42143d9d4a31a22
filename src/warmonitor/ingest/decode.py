"""Bytes to text, or a one-line reason why not.

Users hand us whatever they have: UTF-8 from the web, UTF-16 saved by Windows
tools, cp1252 exports from old newsroom systems. Valid UTF-8 is trusted (it
almost never happens by accident); every guess after that must come out as
plausible text, so that mojibake or a binary blob is refused instead of being
stored as a "report".
"""

from __future__ import annotations

import codecs
import unicodedata

from charset_normalizer import from_bytes
from charset_normalizer.utils import is_multi_byte_encoding

from warmonitor.errors import BadInput

# C0 control characters other than tab, newline, form feed and carriage return.
# Text files have none, or one stray (a DOS end-of-file 0x1A); binaries have many.
_CONTROL_BYTES = frozenset(range(32)) - {9, 10, 12, 13}
_SNIFF = 8192  # enough bytes to tell text from binary without reading it all
_WHITESPACE = "\t\n\f\r"
# Western text in a single-byte encoding: French or Polish have well under
# this share of accented (high) bytes; two-byte CJK encodings have far more.
_MOSTLY_ASCII_HIGH_PERCENT = 15
_HIGH_BYTES = bytes(range(0x80, 0x100))


def human_size(n: int) -> str:
    """1536 -> '1.5 KB': sizes in messages a user reads at a glance."""
    if n < 1024:
        return f"{n} bytes"
    size = float(n)
    for unit in ("KB", "MB", "GB"):
        size /= 1024
        if size < 1024 or unit == "GB":
            break
    return f"{size:.1f} {unit}"


def check_size(n: int, limit: int, origin: str) -> None:
    """Refuse an input over the size limit before reading or parsing it."""
    if n > limit:
        raise BadInput(
            f"{origin} is too large: {human_size(n)}, over the limit of {human_size(limit)}"
            " (--max-bytes or WARMONITOR_MAX_BYTES)"
        )


def _looks_binary(data: bytes) -> bool:
    """NUL bytes, or more than a stray control character or two per hundred bytes."""
    sample = data[:_SNIFF]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b in _CONTROL_BYTES)
    return controls >= 2 and controls * 100 > len(sample)


def _printable(text: str) -> bool:
    """At most one character in 200 unprintable (controls, C1 codes, NUL)."""
    sample = text[:20000]
    unprintable = sum(1 for ch in sample if not ch.isprintable() and ch not in _WHITESPACE)
    return unprintable * 200 <= len(sample)


def _plausible(text: str) -> bool:
    """Reads as text: printable, and mostly letters, digits, spaces and
    punctuation rather than symbols (a wrong single-byte guess is full of
    ¤ ¶ ³ and C1 controls). Only guesses are held to this; a BOM or valid
    UTF-8 is evidence enough of what the bytes mean."""
    sample = text[:20000]
    if not sample.strip() or not _printable(sample):
        return False
    wordy = sum(
        1 for ch in sample if ch.isalnum() or ch.isspace() or unicodedata.category(ch).startswith("P")
    )
    return wordy * 100 >= len(sample) * 90


def _charset_guess(data: bytes) -> str | None:
    """charset-normalizer's best decoding, with two corrections for the short,
    mostly-ASCII Western text it often gets wrong.

    - Mostly ASCII with a few high bytes is accented Latin text far more often
      than CJK in a two-byte encoding (where every character is two high
      bytes); multi-byte guesses there turn "près" into "pr" + an ideograph,
      so they are not considered.
    - On short text cp1250 often ties with cp1252 and is picked, giving
      "prčs"; cp1252 is far the commonest legacy encoding (the web's default
      for unlabelled Western pages), so it wins a tie.
    """
    matches = list(from_bytes(data))  # best first
    high = len(data) - len(data.translate(None, _HIGH_BYTES))  # C speed on a 20 MB input
    if high * 100 <= len(data) * _MOSTLY_ASCII_HIGH_PERCENT:
        matches = [m for m in matches if not is_multi_byte_encoding(m.encoding)]
    if not matches:
        return None
    best = matches[0]
    for match in matches:
        if (
            "cp1252" in match.could_be_from_charset
            and match.chaos <= best.chaos
            and match.coherence >= best.coherence
        ):
            return str(match)
    return str(best)


def _decode_with_bom(data: bytes, origin: str) -> str | None:
    # UTF-32 first: its little-endian BOM starts with UTF-16's.
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                name = codec.removesuffix("-sig").upper()
                raise BadInput(f"cannot decode {origin} as {name} despite its byte-order mark") from None
    return None


def decode_bytes(data: bytes, origin: str) -> str:
    """Text of an input: a byte-order mark decides; else UTF-8, then the best
    detected encoding, then cp1252 or latin-1, each only if it reads as text."""
    if not data.strip():
        raise BadInput("empty input")
    text = _decode_with_bom(data, origin)
    if text is not None:
        # A BOM says "text", but a UTF-16 file can still hold control garbage.
        if not text.strip():
            raise BadInput("empty input")
        if not _printable(text):
            raise BadInput("looks like a binary file, not text")
        return text
    if _looks_binary(data):
        raise BadInput("looks like a binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    guess = _charset_guess(data)
    if guess is not None and _plausible(guess):
        return guess
    for codec in ("cp1252", "latin-1"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue  # cp1252 leaves five bytes undefined; latin-1 maps them to C1 controls
        if _plausible(text):
            return text
    raise BadInput(f"cannot decode {origin} as text in any usual encoding")
