"""Bytes -> text: BOMs, UTF-8, UTF-16, the GB family (always as GB18030), Big5."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

import chardet

from policyparse.errors import DecodeError


@dataclass
class Decoded:
    text: str
    encoding: str
    confidence: float


_BOMS = [
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]


def decode_bytes(raw: bytes, log, filename: str | None = None) -> Decoded:
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return Decoded(raw.decode(encoding, errors="replace"), encoding, 1.0)
    try:
        return Decoded(raw.decode("utf-8"), "utf-8", 1.0)
    except UnicodeDecodeError:
        pass
    guess = chardet.detect(raw[:200_000])
    encoding = (guess.get("encoding") or "gb18030").lower()
    if encoding in {"gb2312", "gbk", "gb18030"}:
        encoding = "gb18030"
    try:
        text = raw.decode(encoding, errors="replace")
    except LookupError:
        raise DecodeError(f"unknown encoding {encoding!r} guessed for this file") from None
    log.record(f"<{len(raw)} bytes>", f"decoded as {encoding}")
    return Decoded(text, encoding, float(guess.get("confidence") or 0.0))
