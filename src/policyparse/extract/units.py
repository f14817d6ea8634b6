"""Responsible units: lead vs supporting, canonicalised through lexicons/units.tsv."""

from __future__ import annotations

import regex as re

from policyparse.models import Responsibility, Section, Unit

_NOTE = re.compile(r"[（(]((?:牵头单位|责任单位)[:：][^（）()]*)[）)]\s*$")


def _walk(sections):
    for s in sections:
        yield s
        yield from _walk(s.children)


def assign_responsibility(text: str, sections: list[Section]) -> None:
    for node in _walk(sections):
        own = text[node.span[0]:node.span[0] + len(node.text)]
        m = _NOTE.search(own)
        if not m:
            continue
        base = node.span[0] + m.start(1)
        lead, support = [], []
        for part in re.finditer(r"(牵头单位|责任单位)[:：]([^，,；;]*)", m.group(1)):
            bucket = lead if part.group(1) == "牵头单位" else support
            off = base + part.start(2)
            for u in re.finditer(r"[^、]+", part.group(2)):
                bucket.append(Unit(name=u.group(0), canonical=u.group(0), span=(off + u.start(), off + u.end())))
        node.responsibility = Responsibility(lead=lead, support=support, mode="lead_support" if lead else "listed", raw=m.group(1), span=(base, base + len(m.group(1))))
