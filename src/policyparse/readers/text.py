"""Plain text, saved web pages and Markdown: the bytes go on to repair, whose decoder and HTML step
decide what the text is by its content (today's path, unchanged)."""

from __future__ import annotations

from policyparse.models import FormatMetadata
from policyparse.readers import Reader, ReadResult

SUFFIXES = (".txt", ".htm", ".html", ".shtml", ".xhtml", ".md")


def read(raw: bytes, path: str | None = None) -> ReadResult:
    return ReadResult(format=FormatMetadata(format="text"))


READER = Reader("text", SUFFIXES, sniff=lambda head: False, read=read, binary=False)
