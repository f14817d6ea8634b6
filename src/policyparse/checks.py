"""Empty results, flagged: a document that gives nothing says so instead of passing for a success.

The warning goes into the document's ``repair.warnings`` (its record) and the batch counts such documents
apart from clean successes.
"""

from __future__ import annotations

import regex

from policyparse.models import Metadata, Section

PREFIX = "empty result: "
_HAN = regex.compile(r"\p{Han}")


def emptiness(raw_size: int, text: str, metadata: Metadata, sections: list[Section]) -> str | None:
    """Why this document gave nothing, or None when something was found."""
    if raw_size == 0:
        return PREFIX + "the input is empty (0 bytes)"
    if not text.strip():
        return PREFIX + "no text left after repair (markup or whitespace only)"
    if not _HAN.search(text):
        return PREFIX + "no Chinese text: is this a policy notice?"
    if any((metadata.title, metadata.doc_number, metadata.issuer, metadata.issue_date)):
        return None
    stack = list(sections)
    while stack:
        node = stack.pop()
        if node.kind in ("heading", "item") or node.targets or node.deadlines or node.responsibility:
            return None
        stack.extend(node.children)
    return PREFIX + "nothing found (no title, 文号, issuer, date, headings, units, targets or deadlines)"


def is_empty_warning(warning: str) -> bool:
    return warning.startswith(PREFIX)
