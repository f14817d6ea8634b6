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


class UsageError(PolicyParseError):
    """The arguments of a run contradict each other or name nothing to do (the CLI exits with status 2)."""

    stage = "usage"


class OutputError(PolicyParseError):
    """Results cannot be written."""

    stage = "output"


def not_text(kind: str, path: str | None = None) -> NotTextError:
    return NotTextError(
        f"this is a {kind} file, not a text notice; convert it to text first (e.g. pdftotext, or save the page as .txt/.html)",
        path=path,
    )


# ---------------------------------------------------------------- readers (binary formats)


class FormatError(PolicyParseError):
    """A file in a known binary format (PDF, DOCX, OFD, DOC/WPS) that cannot be read as it is."""

    stage = "read"


class EncryptedFileError(FormatError):
    """The file is password-protected."""


class CorruptFileError(FormatError):
    """The file claims a format (by its bytes or name) but its structure is broken."""


class ZipBombError(FormatError):
    """A ZIP-based file (DOCX, OFD) whose declared contents would inflate far beyond any notice."""


class TooManyPagesError(FormatError):
    """A document with more pages than one notice can have."""


class NoTextLayerError(FormatError):
    """A fixed-layout document (PDF, OFD) with no usable text: pages drawn as images or glyph outlines, or
    fonts that map to no characters (or to the wrong ones)."""


class ScannedPdfError(NoTextLayerError):
    """A PDF with no usable text layer: page images only, or fonts that map to no characters."""


class ReaderMissingError(FormatError):
    """The format needs an external program that is not installed."""


class UnsupportedFormatError(FormatError):
    """A binary format no reader takes (a ZIP holding neither a Word document nor an OFD, …)."""
