"""Script: ruby pinyin, Traditional -> Simplified, Taiwan/Hong Kong wording."""

from __future__ import annotations

import regex as re
from functools import cache

import opencc

_RUBY = re.compile(r"(?<=\p{Han})\(([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*)\)")


def remove_ruby_pinyin(text: str, log) -> str:
    def drop(m):
        log.record(m.group(0), "")
        return ""
    return _RUBY.sub(drop, text)


@cache
def _t2s():
    return opencc.OpenCC("t2s")


def to_simplified(text: str, log) -> str:
    out = _t2s().convert(text)
    if out != text:
        changed = sum(a != b for a, b in zip(text, out))
        log.record(text[:20], out[:20], count=changed)
    return out


def mainland_terms(text: str, log) -> str:
    return text
