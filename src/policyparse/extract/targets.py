"""Quantitative targets: value, unit, comparator, metric, year."""

from __future__ import annotations

import regex as re

from policyparse.models import Metadata, Section, Target

_PCT = re.compile(r"(达到|超过|不低于)?(\d+(?:\.\d+)?)%(以上)?")
_COMPARATOR = {"超过": "gt", "不低于": "gte"}


def _walk(sections):
    for s in sections:
        yield s
        yield from _walk(s.children)


def assign_targets(text: str, metadata: Metadata, sections: list[Section]) -> None:
    for node in _walk(sections):
        start = node.span[0]
        own = text[start:start + len(node.text)]
        for m in _PCT.finditer(own):
            comparator = "gte" if m.group(3) else _COMPARATOR.get(m.group(1) or "", "eq")
            year = re.findall(r"到(\d{4})年", own[:m.start()])
            node.targets.append(Target(value=float(m.group(2)), unit="%", comparator=comparator, year=int(year[-1]) if year else None, text=m.group(0), span=(start + m.start(), start + m.end())))
