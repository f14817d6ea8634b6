"""Deadlines: 到2025年, 年底前, 每年6月30日前, 长期坚持 …"""

from __future__ import annotations

import regex as re

from policyparse.models import Deadline, Metadata, Section

_BY_YEAR = re.compile(r"到(\d{4})年")


def _walk(sections):
    for s in sections:
        yield s
        yield from _walk(s.children)


def assign_deadlines(text: str, metadata: Metadata, sections: list[Section]) -> None:
    for node in _walk(sections):
        start = node.span[0]
        own = text[start:start + len(node.text)]
        for m in _BY_YEAR.finditer(own):
            node.deadlines.append(Deadline(text=m.group(0), year=int(m.group(1)), kind="by", span=(start + m.start(), start + m.end())))
