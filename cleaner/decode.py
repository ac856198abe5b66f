"""Bytes to text: BOMs, UTF-8, UTF-16 and legacy single-byte encodings, binary refused.

The decoded text is what every offset in the log refers to. Decoding itself is not an
edit: it is how the input is read. What happens after (mojibake repair, newline
normalisation) is.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field

from .errors import DecodeError


@dataclass(slots=True)
class Decoded:
    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


# Control characters other than \t \n \r \f and ESC: a text file has next to none of them.
_CONTROL = bytes(c for c in range(32) if c not in (9, 10, 12, 13, 27))
_BINARY_SIGNATURES = (b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"%PDF", b"\x1f\x8b", b"BZh", b"\x7fELF")


def decode_bytes(data: bytes) -> Decoded:
    """Decode ``data``; raise DecodeError with a reason a user can act on."""
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8-sig")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16")
    if not data:
        return Decoded("", "utf-8")
    if data.startswith(_BINARY_SIGNATURES):
        raise DecodeError("binary file (its first bytes are an image/archive/executable signature)")
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _strict(data, utf16)
    sample = data[:65536]
    controls = len(sample) - len(sample.translate(None, _CONTROL))  # one pass in C, not one per byte value
    if b"\x00" in sample or controls > len(sample) * 0.01:
        utf16 = _utf16_detected(sample)  # UTF-16 of other scripts has NUL and control bytes too
        if utf16:
            return _strict(data, utf16)
        raise DecodeError("binary file (NUL or control bytes); not text")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    # Mostly valid UTF-8 with a few broken bytes: keep UTF-8, mark the bad bytes. "Mostly"
    # means valid multi-byte characters are at least as many as the broken sequences. Legacy
    # single-byte text makes a valid multi-byte character only by chance (an accented
    # capital just before a cp1252 symbol), and a broken sequence at nearly every accented
    # letter; an article with three stray bytes among its curly quotes has a dozen valid
    # characters to each broken one, and read as a legacy encoding every quote would be
    # mojibake.
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    valid = sum(1 for c in text if ord(c) > 127) - bad
    if valid >= bad:
        return Decoded(text, "utf-8", [f"invalid UTF-8 at byte {first_bad}: {bad} byte sequence(s) replaced by U+FFFD"])
    return _legacy(data)


def _strict(data: bytes, encoding: str) -> Decoded:
    try:
        return Decoded(data.decode(encoding), encoding.replace("-sig", ""))
    except UnicodeDecodeError as exc:
        raise DecodeError(f"not valid {encoding} at byte {exc.start}") from None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM shows NULs in every other byte for Latin text."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    zeros_even, zeros_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    if zeros_odd > 0.4 and zeros_even < 0.05:
        return "utf-16-le"
    if zeros_even > 0.4 and zeros_odd < 0.05:
        return "utf-16-be"
    return None


def _utf16_detected(sample: bytes) -> str | None:
    """UTF-16 without a BOM of a script other than Latin (Chinese, Russian, Greek...): no
    column of NULs, but charset-normalizer tells it from binary data."""
    import charset_normalizer

    best = charset_normalizer.from_bytes(sample[: len(sample) & ~1]).best()
    found = best.encoding if best is not None else None
    return {"utf_16_le": "utf-16-le", "utf_16_be": "utf-16-be"}.get(found or "")


def _legacy(data: bytes) -> Decoded:
    """A single-byte legacy encoding, chosen by charset-normalizer, not guessed."""
    import charset_normalizer  # only for input that is not UTF-8 or UTF-16

    matches = charset_normalizer.from_bytes(data)
    best = matches.best()
    if best is None:
        raise DecodeError("no text encoding fits these bytes (binary, or an unknown encoding)")
    text = str(best)
    encoding = best.encoding
    # On a short text several encodings often fit equally well (same chaos, same coherence)
    # and charset-normalizer breaks the tie by name: "niño" came out cp1250's "nińo", "Café"
    # cp1006's "Cafﻠ". Among equals, cp1252 (what the web's latin-1 text is) wins, whether
    # it is named or one of them reads the bytes as it does.
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and western != text:
        for match in matches:
            if (match.chaos, match.coherence) == (best.chaos, best.coherence) and (
                match.encoding == "cp1252" or str(match) == western
            ):
                text = western
                break
    # charset-normalizer often names cp1250/latin-1 where cp1252 decodes to the same text;
    # report the common name when the texts agree.
    if western == text:
        encoding = "cp1252"
    return Decoded(text, encoding, [f"not UTF-8; decoded as {encoding}"])
