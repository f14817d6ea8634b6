"""The heading / numbered-item tree."""

from __future__ import annotations

import regex as re

from policyparse.models import Section

_CN = {c: i for i, c in enumerate("零一二三四五六七八九十", start=0)}

_MARKERS = [
    (1, re.compile(r"^([一二三四五六七八九十]{1,3})、")),
    (2, re.compile(r"^（([一二三四五六七八九十]{1,3})）")),
    (3, re.compile(r"^(\d{1,2})[.、．](?!\d)")),
    (4, re.compile(r"^（(\d{1,2})）")),
]


def chinese_number(s: str) -> int:
    if s.isdigit():
        return int(s)
    if s == "十":
        return 10
    if s.startswith("十"):
        return 10 + _CN[s[1]]
    if "十" in s:
        tens, _, ones = s.partition("十")
        return _CN[tens] * 10 + (_CN[ones] if ones else 0)
    return _CN[s]


def build_tree(text: str) -> list[Section]:
    roots: list[Section] = []
    stack: list[Section] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        start, pos = pos, pos + len(line)
        body = line.strip()
        for level, pattern in _MARKERS:
            m = pattern.match(body)
            if not m:
                continue
            while stack and stack[-1].level >= level:
                stack.pop()
            siblings = stack[-1].children if stack else roots
            parent_id = stack[-1].id + "." if stack else ""
            node = Section(
                id=f"{parent_id}{len(siblings) + 1}",
                kind="heading" if level < 3 else "item",
                level=level,
                marker=m.group(0),
                number=chinese_number(m.group(1)),
                title=re.split(r"[。：]", body[m.end():], maxsplit=1)[0] or None,
                text=body,
                span=(start, start + len(line.rstrip("\n"))),
            )
            siblings.append(node)
            stack.append(node)
            for ancestor in stack[:-1]:
                ancestor.span = (ancestor.span[0], node.span[1])
            break
    return roots
