"""A table of contents (目录) is page furniture: it repeats the headings and must not become nodes.

Long 规划 and 实施方案 print a 目录 before the body: a ``目 录`` line, then one line per
heading, often with dot leaders and page numbers (``第一节 规划范围……………3``). The block
runs from the 目录 line to the line before the body repeats its first entry; without a 目录
line, a run of three or more dot-leader lines is a contents block too. The block is removed
and logged with a warning, so the text says what was set aside.
"""

from __future__ import annotations

import regex as re

_CONTENTS_LINE = re.compile(r"[ \t\u3000]*+目[ \t\u3000]*+录[ \t\u3000]*+")
_LEADER = re.compile(r"[.．·…。\-—_ \t\u3000]{4,}+\d{0,4}+[ \t\u3000]*+$|[ \t\u3000]\d{1,4}+[ \t\u3000]*+$")
_ENTRY_MAX = 80  # an entry is a heading, never a paragraph
_MIN_LEADER_RUN = 3
_SEARCH_LINES = 400  # the body restarts the first entry within this many lines


def _entry_key(line: str) -> str:
    """The heading an entry names, without leaders, page number and spaces."""
    return re.sub(r"[\s\u3000]+", "", _LEADER.sub("", line))


def drop_table_of_contents(text: str, log) -> str:
    if "目" not in text and "…" not in text and "...." not in text and "··" not in text:
        return text
    lines = text.split("\n")
    block = _headed_block(lines) or _leader_block(lines)
    if block is None:
        return text
    start, end = block
    removed = [line for line in lines[start:end] if line.strip()]
    log.record("\n".join(removed[:3])[:60] + "…", "", len(removed))
    log.warn(f"set aside a table of contents: {len(removed)} lines from line {start + 1}")
    return "\n".join(lines[:start] + lines[end:])


def _headed_block(lines: list[str]) -> tuple[int, int] | None:
    """From a 目录 line to the line before the body repeats the first entry."""
    for i, line in enumerate(lines):
        if not _CONTENTS_LINE.fullmatch(line):
            continue
        first = next((k for k in range(i + 1, len(lines)) if lines[k].strip()), None)
        if first is None or len(lines[first].strip()) > _ENTRY_MAX:
            return None
        key = _entry_key(lines[first])
        for k in range(first + 1, min(len(lines), first + _SEARCH_LINES)):
            if _entry_key(lines[k]) == key or (lines[k].strip() and len(lines[k].strip()) > _ENTRY_MAX):
                return (i, k) if _entry_key(lines[k]) == key else None
        return None
    return None


def _leader_block(lines: list[str]) -> tuple[int, int] | None:
    """The first run of dot-leader lines (blank lines inside allowed), when long enough."""
    run_start, count, last = -1, 0, -1
    for i, line in enumerate(lines):
        s = line.strip()
        if not s:
            continue
        if len(s) <= _ENTRY_MAX and re.search(r"[.．·…]{4,}+[ \t\u3000]*+\d{0,4}+[ \t\u3000]*+$", s):
            if run_start < 0:
                run_start = i
            count += 1
            last = i
            continue
        if count >= _MIN_LEADER_RUN:
            return run_start, last + 1
        run_start, count = -1, 0
    return (run_start, last + 1) if count >= _MIN_LEADER_RUN else None
