"""Plain text, saved web pages and Markdown: the bytes go on to repair, whose decoder and HTML step
decide what the text is by its content (today's path, unchanged)."""

from __future__ import annotations

from policyparse.models import text_format
from policyparse.readers import Reader, ReadResult

SUFFIXES = (".txt", ".htm", ".html", ".shtml", ".xhtml", ".md")


def read(raw: bytes, path: str | None = None) -> ReadResult:
    # (the pipeline reads the format of a text input from what repair found, _text_format: this one is a
    # placeholder, built without pydantic's check)
    return ReadResult(format=text_format("text"))


READER = Reader("text", SUFFIXES, sniff=lambda head: False, read=read, binary=False)
