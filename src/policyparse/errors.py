"""Every error policyparse raises, in one place, each saying what went wrong and what to do."""

from __future__ import annotations


class PolicyParseError(Exception):
    """Base class: `stage` names the pipeline stage that failed."""

    stage = "pipeline"

    def __init__(self, message: str, *, path: str | None = None):
        self.path = path
        super().__init__(f"{path}: {message}" if path else message)


class InputError(PolicyParseError):
    """The input cannot be read at all (missing, unreadable, a directory, a loop)."""

    stage = "read"


class NotTextError(PolicyParseError):
    """The bytes are not a text document (PDF, ZIP, image, Word binary, …)."""

    stage = "decode"


class DecodeError(PolicyParseError):
    """No encoding decodes the bytes into readable Chinese text."""

    stage = "decode"


class LexiconError(PolicyParseError):
    """A lexicon file is malformed."""

    stage = "lexicon"


class EngineError(PolicyParseError):
    """Worker processes cannot be started (out of memory or processes)."""

    stage = "engine"


class OutputError(PolicyParseError):
    """Results cannot be written."""

    stage = "output"


def not_text(kind: str, path: str | None = None) -> NotTextError:
    return NotTextError(
        f"this is a {kind} file, not a text notice; convert it to text first (e.g. pdftotext, or save the page as .txt/.html)",
        path=path,
    )
