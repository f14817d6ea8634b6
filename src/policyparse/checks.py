"""Empty results, flagged: a document that gives nothing says so instead of passing for a success.

The warning (a kind of the catalogue in errors.py: empty_input, empty_text, no_chinese, nothing_found) goes into
the document's ``repair.warnings`` and ``repair.warning_records``, and the batch counts such documents apart
from clean successes.
"""

from __future__ import annotations

import regex

from policyparse.models import Metadata, Section

PREFIX = "empty result: "
_HAN = regex.compile(r"\p{Han}")


def emptiness(raw_size: int, text: str, metadata: Metadata, sections: list[Section]) -> str | None:
    """Why this document gave nothing (the warning kind, whose message starts with PREFIX), or None when
    something was found."""
    if raw_size == 0:
        return "empty_input"
    if not text.strip():
        return "empty_text"
    if not _HAN.search(text):
        return "no_chinese"
    if any((metadata.title, metadata.doc_number, metadata.issuer, metadata.issue_date)):
        return None
    stack = list(sections)
    while stack:
        node = stack.pop()
        if node.kind in ("heading", "item") or node.targets or node.deadlines or node.responsibility:
            return None
        stack.extend(node.children)
    return "nothing_found"


def is_empty_warning(warning: str) -> bool:
    return warning.startswith(PREFIX)
