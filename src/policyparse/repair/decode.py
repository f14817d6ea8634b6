"""Bytes -> text: BOMs, UTF-8, UTF-16, the GB family (always as GB18030), Big5, mixed files.

Order of decisions: refuse binary formats by their magic bytes; honour a BOM; recognise
BOM-less UTF-16 by its zero bytes; take strict UTF-8 when it fits; otherwise choose between
GB18030 and Big5 (chardet's guess, confirmed by how common the decoded Han characters are);
when valid UTF-8 paragraphs sit inside a legacy-encoded file, decode run by run ("mixed").
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

import chardet

from policyparse.errors import DecodeError, not_text


@dataclass
class Decoded:
    text: str
    encoding: str
    confidence: float


_MAGIC = [
    (b"%PDF", "PDF"),
    (b"PK\x03\x04", "ZIP"),
    (b"PK\x05\x06", "ZIP"),
    (b"PK\x07\x08", "ZIP"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Word/Office binary (OLE2, e.g. .doc)"),
]

_SAMPLE = 64 * 1024
_CONTROL = bytes(b for b in range(32) if b not in b"\t\n\r\x0c\x1b")
_UTF8_HAN = re.compile(rb"(?:[\xe3-\xe9][\x80-\xbf]{2}){3,}")  # three or more UTF-8 CJK characters


def _refuse_binary(raw: bytes, filename: str | None) -> None:
    for magic, kind in _MAGIC:
        if raw.startswith(magic):
            if kind == "ZIP" and (b"word/" in raw[:4096] or (filename or "").lower().endswith(".docx")):
                kind = "Word .docx (ZIP)"
            raise not_text(kind, filename)


def _looks_binary(sample: bytes) -> bool:
    if not sample:
        return False
    # most texts hold no control byte at all: a test a control byte (`int in bytes`, a memchr pass in C) says so at a
    # third of the cost of the count, whose translate copies every byte of the sample through a table
    if all(byte not in sample for byte in _CONTROL):
        return False
    controls = len(sample) - len(sample.translate(None, _CONTROL))
    return controls / len(sample) > 0.10


def _textlike(text: str) -> float:
    """Share of characters one expects in a Chinese notice (Han, CJK punctuation, printable ASCII, whitespace)."""
    if not text:
        return 0.0
    good = sum(
        1
        for ch in text
        if ("\u4e00" <= ch <= "\u9fff") or (" " <= ch <= "~") or ch in "\n\r\t" or ("\u3000" <= ch <= "\u303f") or ("\uff00" <= ch <= "\uffef") or ("\u2010" <= ch <= "\u206f")
    )
    return good / len(text)


def _utf16_guess(sample: bytes) -> str | None:
    """BOM-less UTF-16: zero bytes fall mostly on odd (LE) or even (BE) offsets, and the text reads as text."""
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    order = ["utf-16-le", "utf-16-be"] if odd >= even else ["utf-16-be", "utf-16-le"]
    for enc in order:
        text = sample.decode(enc, errors="replace")
        if _textlike(text) >= 0.9:
            return enc
    return None


def _utf32_guess(sample: bytes) -> str | None:
    """BOM-less UTF-32: every code unit has a zero top byte and a small second one (no code point passes U+10FFFF)."""
    if len(sample) < 8 or len(sample) % 4:
        return None
    for enc, top, plane in (("utf-32-le", sample[3::4], sample[2::4]), ("utf-32-be", sample[0::4], sample[1::4])):
        if top.count(0) == len(top) and max(plane) <= 0x10:
            text = _decodes(sample, enc)
            if text is not None and _textlike(text) >= 0.9:
                return enc
    return None


def _utf16_without_zeros(raw: bytes, legacy_score: float) -> str | None:
    """BOM-less UTF-16 of text with no ASCII at all (no zero bytes): it must decode cleanly, read as
    common Chinese, and read better than the legacy decoding does."""
    from policyparse.repair.mojibake import common_share

    sample = raw[: min(len(raw), _SAMPLE) & ~1]
    if len(raw) % 2 or len(sample) < 8:
        return None
    for enc in ("utf-16-le", "utf-16-be"):
        text = sample.decode(enc, errors="replace")
        if text.count("\ufffd") > 1 or _textlike(text) < 0.95:
            continue
        share, han = common_share(text)
        if han >= 4 and share >= 0.9 and share > legacy_score + 0.1:
            return enc
    return None


# A '?' where UTF-8 needs a byte of a multi-byte sequence: a byte the file lost when it was written
# through a code page that could not hold it (CP1251 has no 0x98). Only patterns that cannot be
# valid UTF-8 are taken, so a real '?' after a character is never touched.
_LOST_MARK = re.compile(rb"[\xe0-\xef](?:\?[\x80-\xbf?]|[\x80-\xbf]\?)|[\xc2-\xdf]\?|\?[\x80-\xbf]{2}")


def _utf8_with_lost_marks(raw: bytes) -> tuple[str, list[str]] | None:
    """UTF-8 whose invalid spots are '?' standing for lost bytes: the bytes refilled, or None."""
    from policyparse.repair.mojibake import common_share, fill_lost_utf8

    marked = _LOST_MARK.sub(lambda m: m.group().replace(b"?", b"\xff"), raw)
    lost = marked.count(0xFF) - raw.count(0xFF)
    if not lost or marked.decode("utf-8", errors="replace").count("\ufffd") > 3 * lost + 2:
        return None
    text, notes = fill_lost_utf8(marked)
    share, han = common_share(text[:_SAMPLE])
    return (text, notes) if han >= 4 and share >= 0.85 else None


def _decodes(raw: bytes, encoding: str) -> str | None:
    try:
        return raw.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _chinese_score(text: str) -> tuple[float, int]:
    """How much `text` reads as common Chinese: share of common Han chars, minus damage."""
    from policyparse.repair.mojibake import common_share

    share, han = common_share(text)
    bad = text.count("\ufffd") + sum(1 for ch in text if "\ue000" <= ch <= "\uf8ff")
    return share - 3.0 * bad / max(1, han), han


def _legacy_encoding(raw: bytes) -> tuple[str, float]:
    """GB18030 or Big5/CP950 for non-UTF-8 bytes: chardet's guess, confirmed by a Chinese check."""
    sample = raw[:_SAMPLE]
    guess = chardet.detect(sample)
    guessed = (guess.get("encoding") or "").lower()
    scores = {}
    for enc in ("gb18030", "big5", "cp950"):
        text = sample.decode(enc, errors="replace")
        scores[enc] = _chinese_score(text)
    big5 = "big5" if scores["big5"][0] >= scores["cp950"][0] else "cp950"
    gb, b5 = scores["gb18030"], scores[big5]
    prior = 0.05
    gb_total = gb[0] + (prior if guessed in {"gb2312", "gbk", "gb18030", "hz-gb-2312"} else 0.0)
    b5_total = b5[0] + (prior if guessed in {"big5", "cp950", "big5hkscs"} else 0.0)
    if max(gb[1], b5[1]) == 0:
        # No Han text at all: trust chardet for other single-byte encodings.
        if guessed and guessed not in {"ascii", "utf-8"} and _decodes(sample, guessed) is not None:
            return guessed, float(guess.get("confidence") or 0.0)
        return "gb18030", 0.3
    if gb_total >= b5_total:
        return "gb18030", max(0.0, min(1.0, gb[0]))
    return big5, max(0.0, min(1.0, b5[0]))


def _utf8_han_run(chunk: bytes, legacy: str) -> bool:
    """Do these bytes (valid UTF-8) read as Chinese in UTF-8, and better than in the legacy encoding?"""
    from policyparse.repair.mojibake import common_share

    share_u, han_u = common_share(chunk.decode("utf-8"))
    if han_u < 2 or share_u < 0.6:
        return False
    share_l, _ = _chinese_score(chunk.decode(legacy, errors="replace"))
    return share_u >= share_l


def _utf8_better(chunk: bytes, legacy: str) -> bool:
    from policyparse.repair.mojibake import common_share

    u, _ = common_share(chunk.decode("utf-8"))
    lg, _ = _chinese_score(chunk.decode(legacy, errors="replace"))
    return u >= lg


def _mixed(raw: bytes, legacy: str) -> list[tuple[str, str]] | None:
    """Split raw into (encoding, text) runs when real UTF-8 text sits inside legacy-encoded bytes.

    Whole lines that are valid UTF-8 Chinese go as UTF-8; inside other lines, stretches of three or
    more UTF-8 Han characters that read as common Chinese do too; the rest is the legacy encoding.
    """
    if not any(_utf8_han_run(m.group(), legacy) for m in _UTF8_HAN.finditer(raw)):
        return None
    pieces: list[tuple[str, bytes]] = []
    for line in raw.splitlines(keepends=True):
        if line.isascii():
            pieces.append(("ascii", line))
            continue
        text = _decodes(line, "utf-8")
        if text is not None and _utf8_han_run(line, legacy):
            pieces.append(("utf-8", line))
            continue
        start = len(pieces)
        pieces.extend(_line_pieces(line, legacy))
        _absorb_near_utf8(pieces, start, legacy)
    return _runs(pieces, legacy)


def _line_pieces(line: bytes, legacy: str) -> list[tuple[str, bytes]]:
    """A line of legacy bytes cut around its stretches of UTF-8 Han that read as common Chinese."""
    pieces: list[tuple[str, bytes]] = []
    pos = 0
    for m in _UTF8_HAN.finditer(line):
        a, b = m.span()
        if not _utf8_han_run(m.group(), legacy):
            continue
        gap = line[pos:a]
        if _decodes(gap, legacy) is None and _decodes(gap, "utf-8") is None:
            continue
        pieces.append((legacy, gap))
        pieces.append(("utf-8", line[a:b]))
        pos = b
    pieces.append((legacy, line[pos:]))
    return pieces


def _absorb_near_utf8(pieces: list[tuple[str, bytes]], start: int, legacy: str) -> None:
    """Short stretches next to a UTF-8 run (2 chars, digits, punctuation) that are valid UTF-8 belong to it
    (pieces from `start` on: one line's)."""
    for k in range(start, len(pieces)):
        enc, chunk = pieces[k]
        if enc != legacy or not chunk:
            continue
        near = any(0 <= j < len(pieces) and j >= start and pieces[j][0] == "utf-8" for j in (k - 1, k + 1))
        if near and _decodes(chunk, "utf-8") is not None and (_decodes(chunk, legacy) is None or _utf8_better(chunk, legacy)):
            pieces[k] = ("utf-8", chunk)


def _runs(pieces: list[tuple[str, bytes]], legacy: str) -> list[tuple[str, str]]:
    """The pieces decoded, neighbours of one encoding merged; an ASCII line goes with the run before it."""
    runs: list[tuple[str, str]] = []
    for enc, chunk in pieces:
        if not chunk:
            continue
        if enc == "ascii":
            enc = runs[-1][0] if runs else legacy
        text = chunk.decode(enc, errors="replace")
        if runs and runs[-1][0] == enc:
            runs[-1] = (enc, runs[-1][1] + text)
        else:
            runs.append((enc, text))
    return runs


def decode_bytes(raw: bytes, log, filename: str | None = None) -> Decoded:
    """The bytes as text: a byte-order mark first, then UTF-32/16 without one, UTF-8 (whole, with '?' for
    lost bytes refilled, or with a few damaged bytes), and last a legacy encoding, whole or run by run."""
    if not raw:
        return Decoded("", "utf-8", 1.0)
    _refuse_binary(raw, filename)
    decoded, raw = _by_bom(raw)
    if decoded is not None:
        return decoded
    decoded = _wide_without_bom(raw, log, filename)
    if decoded is None:
        decoded = _as_utf8(raw, log)
    return decoded if decoded is not None else _as_legacy(raw, log)


def _by_bom(raw: bytes) -> tuple[Decoded | None, bytes]:
    """What a byte-order mark says; else the bytes to decide on (a UTF-8 BOM over damaged or mixed bytes
    is dropped, and the rest decided below)."""
    if raw.startswith(codecs.BOM_UTF32_LE) or raw.startswith(codecs.BOM_UTF32_BE):
        enc = "utf-32-le" if raw.startswith(codecs.BOM_UTF32_LE) else "utf-32-be"
        return Decoded(raw[4:].decode(enc, errors="replace"), enc, 1.0), raw
    if raw.startswith(codecs.BOM_UTF8):
        body = raw[3:]
        text = _decodes(body, "utf-8")
        return (Decoded(text, "utf-8-sig", 1.0) if text is not None else None), body
    if raw.startswith(codecs.BOM_UTF16_LE) or raw.startswith(codecs.BOM_UTF16_BE):
        enc = "utf-16-le" if raw.startswith(codecs.BOM_UTF16_LE) else "utf-16-be"
        return Decoded(raw[2:].decode(enc, errors="replace"), enc, 1.0), raw
    return None, raw


def _wide_without_bom(raw: bytes, log, filename: str | None) -> Decoded | None:
    """UTF-32 or UTF-16 told by where the zero bytes fall; NotTextError for bytes that are no text at all."""
    sample = raw[:_SAMPLE]
    enc = _utf32_guess(sample[: len(sample) & ~3]) if len(raw) % 4 == 0 else None
    if enc:
        log.record(f"<{len(raw)} bytes>", f"decoded as {enc} (no BOM)")
        return Decoded(raw.decode(enc, errors="replace"), enc, 0.9)
    if 0 in sample:
        enc = _utf16_guess(sample[: len(sample) & ~1])
        if enc:
            text = raw[: len(raw) & ~1].decode(enc, errors="replace")
            if not _looks_binary(text[:_SAMPLE].encode("utf-8", "replace")):
                if len(raw) % 2:
                    text += "\ufffd"
                log.record(f"<{len(raw)} bytes>", f"decoded as {enc} (no BOM)")
                return Decoded(text, enc, 0.9)
    if _looks_binary(sample):
        raise not_text("binary (mostly NUL/control bytes)", filename)
    return None


def _as_utf8(raw: bytes, log) -> Decoded | None:
    """UTF-8: whole, with the '?' a lossy copy left for lost bytes refilled, or with a few damaged bytes."""
    text = _decodes(raw, "utf-8")
    if text is not None:
        return Decoded(text, "utf-8", 1.0)

    refilled = _utf8_with_lost_marks(raw)
    if refilled is not None:
        text, notes = refilled
        log.record(f"<{len(raw)} bytes>", "decoded as utf-8, '?' in place of lost bytes refilled")
        for note in notes[:20]:
            log.warn("lost_byte", note=note)
        return Decoded(text, "utf-8", 0.8)

    # Mostly UTF-8 with a few damaged bytes: keep UTF-8, mark the damage.
    high = len(raw) - len(raw.translate(None, bytes(range(0x80, 0x100))))
    as_utf8 = raw.decode("utf-8", errors="replace")
    bad = as_utf8.count("\ufffd")
    if bad <= high // 100:
        log.record(f"<{len(raw)} bytes>", "decoded as utf-8 with damaged bytes")
        log.warn("invalid_utf8", count=bad)
        return Decoded(as_utf8, "utf-8", 0.8)
    return None


def _as_legacy(raw: bytes, log) -> Decoded:
    """A legacy encoding (GB18030, Big5, …): UTF-16 without a zero byte first, then UTF-8 runs inside
    legacy bytes, then the legacy encoding over the whole."""
    legacy, confidence = _legacy_encoding(raw)
    enc = _utf16_without_zeros(raw, _chinese_score(raw[:_SAMPLE].decode(legacy, errors="replace"))[0])
    if enc:
        log.record(f"<{len(raw)} bytes>", f"decoded as {enc} (no BOM, no ASCII)")
        return Decoded(raw.decode(enc, errors="replace"), enc, 0.8)
    runs = _mixed(raw, legacy) if legacy in {"gb18030", "big5", "cp950"} else None
    if runs:
        encodings = sorted({enc for enc, _ in runs})
        text = "".join(t for _, t in runs)
        if encodings == ["utf-8"]:
            log.record(f"<{len(raw)} bytes>", "decoded as utf-8 with damaged bytes")
            return Decoded(text, "utf-8", 0.9)
        log.record(f"<{len(raw)} bytes>", f"decoded run by run: {' + '.join(encodings)}", count=len(runs))
        return Decoded(text, "mixed", confidence)
    try:
        text = raw.decode(legacy, errors="replace")
    except LookupError:
        raise DecodeError(f"unknown encoding {legacy!r} guessed for this file") from None
    log.record(f"<{len(raw)} bytes>", f"decoded as {legacy}")
    if text.count("\ufffd"):
        log.warn("invalid_legacy", count=text.count("\ufffd"), encoding=legacy)
    return Decoded(text, legacy, confidence)


# a JSON string escape: \uXXXX (a pair of them for a character beyond the BMP) or one of \n \t \r \" \/ \\
_JSON_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})(?:\\u([dD][c-fC-F][0-9a-fA-F]{2}))?|\\([ntr\"/\\])")
_HAN_ESCAPE = re.compile(r"\\u[4-9][0-9a-fA-F]{3}")  # a CJK Unified Ideograph written as an escape
_MIN_HAN_ESCAPES = 8
_HAN = re.compile("[\u4e00-\u9fff]")
_SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "/": "/", "\\": "\\"}


def undo_json_escapes(text: str, log) -> str:
    """A body stored with every Chinese character a JSON escape (a crawler's JSON export written with
    ensure_ascii, Scrapy's default: {"content": "<p>\\u5173\\u4e8e…</p><table>…"}) is read as the characters
    they stand for, its \\n, \\t and \\" too, so that the HTML and text steps see the page. Only a text with no
    Chinese character of its own and at least eight escaped ones: a page whose scripts hold a few escapes beside
    its Chinese text is left as it is."""
    # (a Chinese text shows a Han character within its first lines: found at once, before any scan for \u)
    if _HAN.search(text) is not None or "\\u" not in text:
        return text
    if sum(1 for _ in zip(range(_MIN_HAN_ESCAPES), _HAN_ESCAPE.finditer(text))) < _MIN_HAN_ESCAPES:
        return text
    count = 0

    def one(m: re.Match) -> str:
        nonlocal count
        count += 1
        if m.group(3):
            return _SIMPLE_ESCAPES[m.group(3)]
        high = int(m.group(1), 16)
        if m.group(2) and 0xD800 <= high <= 0xDBFF:
            return chr(0x10000 + ((high - 0xD800) << 10) + (int(m.group(2), 16) - 0xDC00))
        return chr(high) if not 0xD800 <= high <= 0xDFFF else m.group(0)

    out = _JSON_ESCAPE.sub(one, text)
    log.record(text[:40], out[:40], count)
    return out
