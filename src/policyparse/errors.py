"""Every error policyparse raises, in one place, each saying what went wrong and what to do."""

from __future__ import annotations


class PolicyParseError(Exception):
    """Base class: `stage` names the pipeline stage that failed."""

    code = "PP000"
    stage = "pipeline"

    def __init__(self, message: str, *, path: str | None = None):
        self.path = path
        super().__init__(f"{path}: {message}" if path else message)


class InputError(PolicyParseError):
    """The input cannot be read at all (missing, unreadable, a directory, a loop)."""

    code = "PP100"
    stage = "read"


class NotTextError(PolicyParseError):
    """The bytes are not a text document (PDF, ZIP, image, Word binary, …)."""

    code = "PP110"
    stage = "decode"


class DecodeError(PolicyParseError):
    """No encoding decodes the bytes into readable Chinese text."""

    code = "PP120"
    stage = "decode"


class LexiconError(PolicyParseError):
    """A lexicon file is malformed."""

    code = "PP900"
    stage = "lexicon"


class EngineError(PolicyParseError):
    """Worker processes cannot be started (out of memory or processes)."""

    code = "PP800"
    stage = "engine"


class UsageError(PolicyParseError):
    """The arguments of a run contradict each other or name nothing to do (the CLI exits with status 2)."""

    code = "PP700"
    stage = "usage"


class OutputError(PolicyParseError):
    """Results cannot be written."""

    code = "PP600"
    stage = "output"


def not_text(kind: str, path: str | None = None) -> NotTextError:
    return NotTextError(
        f"this is a {kind} file, not a text notice; convert it to text first (e.g. pdftotext, or save the page as .txt/.html)",
        path=path,
    )


# ---------------------------------------------------------------- readers (binary formats)


class FormatError(PolicyParseError):
    """A file in a known binary format (PDF, DOCX, OFD, DOC/WPS) that cannot be read as it is."""

    code = "PP200"
    stage = "read"


class EncryptedFileError(FormatError):
    """The file is password-protected."""

    code = "PP210"


class CorruptFileError(FormatError):
    """The file claims a format (by its bytes or name) but its structure is broken."""

    code = "PP220"


class ZipBombError(FormatError):
    """A ZIP-based file (DOCX, OFD) whose declared contents would inflate far beyond any notice."""

    code = "PP230"


class TooManyPagesError(FormatError):
    """A document with more pages than one notice can have."""

    code = "PP240"


class NoTextLayerError(FormatError):
    """A fixed-layout document (PDF, OFD) with no usable text: pages drawn as images or glyph outlines, or
    fonts that map to no characters (or to the wrong ones)."""

    code = "PP250"


class ScannedPdfError(NoTextLayerError):
    """A PDF with no usable text layer: page images only, or fonts that map to no characters."""

    code = "PP251"


class ReaderMissingError(FormatError):
    """The format needs an external program that is not installed."""

    code = "PP260"


class UnsupportedFormatError(FormatError):
    """A binary format no reader takes (a ZIP holding neither a Word document nor an OFD, …)."""

    code = "PP270"


# ---------------------------------------------------------------- the catalogue

# pipeline.py sets this attribute on an unexpected exception to the stage it came from (read, repair, segment,
# extract); a batch's failure record reads it
STAGE_ATTRIBUTE = "policyparse_stage"

# Failures a batch records that are not exceptions raised by policyparse: their error_type in errors.jsonl and code.
RECORD_CODES = {
    "OutsideInput": "PP300",  # a symbolic link or in/../x leading outside the input roots (--allow-outside reads it)
    "OutsideOutput": "PP610",  # a target whose folder resolves outside -o
    "Timeout": "PP810",  # over --timeout: the worker was killed
    "MemoryError": "PP820",  # over --max-memory
    "WorkerDied": "PP830",  # the worker died (killed by the kernel, a crash)
}
# anything else is a policyparse bug (KeyError, IndexError, … inside a stage), to be reported with the file
INTERNAL_CODE = "PP999"


def error_classes() -> list[type[PolicyParseError]]:
    """Every error class policyparse raises, base first."""
    found, todo = [], [PolicyParseError]
    while todo:
        cls = todo.pop(0)
        found.append(cls)
        todo += cls.__subclasses__()
    return found


def code_of(error_type: str) -> str:
    """The catalogue code of a failure record's error_type (an error class name or a record kind)."""
    if error_type in RECORD_CODES:
        return RECORD_CODES[error_type]
    for cls in error_classes():
        if cls.__name__ == error_type:
            return cls.code
    return INTERNAL_CODE

