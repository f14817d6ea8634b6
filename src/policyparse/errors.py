"""Every error policyparse raises, each saying what went wrong and what to do, and every kind of warning a
document carries, each with its code: one catalogue."""

from __future__ import annotations

from dataclasses import dataclass


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



# ---------------------------------------------------------------- the catalogue of warnings

# A warning is no failure: the document parses, and the warning says what its reader should check (a repair that
# may be wrong, text set aside or left damaged, an empty result). Each kind has a stable code (PW###, apart from
# the PP### of errors), a short name that the code raising it uses, and the template of its message. A document
# carries each warning twice: as the string `repair.warnings` has always held (`step: message`) and, since schema
# 1.2, as a record in `repair.warning_records` (code, step, span, message); RepairReport.add_warning makes both.

# The stages that raise warnings of their own (no repair step does): their warnings are written without a prefix.
WARNING_STAGES = ("repair", "pipeline")


@dataclass(frozen=True)
class WarningKind:
    code: str
    name: str
    step: str  # the repair step that raises it, or the stage (WARNING_STAGES)
    template: str  # str.format template of the message, over the fields the raising code passes
    what: str  # what it means, for README's table

    def message(self, **fields: object) -> str:
        return self.template.format(**fields)

    def text(self, step: str, message: str) -> str:
        """The warning as `repair.warnings` writes it: `step: message`; a stage's own warning is its message."""
        return message if self.step in WARNING_STAGES else f"{step}: {message}"


WARNING_KINDS: tuple[WarningKind, ...] = (
    WarningKind("PW101", "lost_byte", "decode", "lost byte: {note}",
                "a byte a lossy copy replaced by '?' that no character fits clearly: kept U+FFFD"),
    WarningKind("PW102", "invalid_utf8", "decode", "{count} byte sequence(s) not valid UTF-8; kept as U+FFFD",
                "UTF-8 with a few damaged bytes"),
    WarningKind("PW103", "invalid_legacy", "decode", "{count} byte(s) not valid {encoding}; kept as U+FFFD",
                "GB18030 / Big5 bytes that do not decode"),
    WarningKind("PW110", "document_mojibake_too_lost", "document_mojibake",
                "text reads as UTF-8 read as {codec}, but {codec} lost too many of its bytes to undo (two in every few "
                "characters); left as it is: ask the source for the original file",
                "a whole text garbled through a codec that lost its bytes: left as it is"),
    WarningKind("PW111", "document_mojibake_partial", "document_mojibake",
                "text reads as UTF-8 garbled through {layers}, but not all of it encodes back; left as it is",
                "a whole text garbled, but not undone: part of it does not encode back"),
    WarningKind("PW112", "document_mojibake_lost_byte", "document_mojibake", "whole-text mojibake: {note}",
                "a lost byte of a whole garbled text that no character fits clearly: kept U+FFFD"),
    WarningKind("PW113", "document_mojibake_more_lost", "document_mojibake",
                "whole-text mojibake: {count} more lost bytes noted", "more lost bytes than the 20 noted"),
    WarningKind("PW201", "markdown_contents_dropped", "markdown", "dropped a table of contents ({lines} lines)",
                "a Markdown 目录 block dropped"),
    WarningKind("PW210", "deep_nesting", "html",
                "{count} tags nested deeper than {depth} were dropped before parsing (their text is kept)",
                "markup nested too deep to parse: the deepest tags dropped"),
    WarningKind("PW211", "no_article", "html", "no article container found; the page has no body text",
                "a web page with no article in it"),
    WarningKind("PW301", "mojibake_lost_bytes", "mojibake", "{run!r}: {note}",
                "a garbled run undone, but some of its bytes were lost: kept U+FFFD"),
    WarningKind("PW302", "lost_before_file", "mojibake",
                "{count} × 锟斤拷 (two U+FFFD in UTF-8 read as GBK): the bytes were lost before this file was made; "
                "kept as U+FFFD", "锟斤拷: bytes lost before the file was made"),
    WarningKind("PW310", "gbk_too_many_marks", "gbk_realign",
                "{marks} possible damage marks ('?', U+FFFD, private-use characters) next to Han characters: too many "
                "to be misaligned runs, realignment skipped", "too many '?' among Han characters to realign"),
    WarningKind("PW311", "gbk_lost_bytes", "gbk_realign", "misaligned GBK {run!r}: {note}",
                "a misaligned GBK run realigned, but some of its bytes were lost: kept U+FFFD"),
    WarningKind("PW312", "gbk_unrecoverable", "gbk_realign",
                "misaligned GBK {run!r}: no byte of it can be recovered; kept U+FFFD",
                "a misaligned GBK run none of whose bytes can be recovered"),
    WarningKind("PW313", "gbk_guessed", "gbk_realign",
                "misaligned GBK {run!r} realigned to {filled!r} by dictionary frequencies; check it against the source",
                "a misaligned GBK run realigned by a dictionary's best guess"),
    WarningKind("PW401", "contents_set_aside", "contents", "set aside a table of contents: {lines} lines from line {line}",
                "a 目录 block set aside"),
    WarningKind("PW402", "duplicate_copy_dropped", "duplicate_copy",
                "dropped a repeated copy of the document: {chars} characters from line {line} (character {offset}) to "
                "the end; {share}% of its text repeats the text above (it starts: {start}…)",
                "a second copy of the document at its end dropped"),
    WarningKind("PW500", "unrecovered_text", "repair", "unrecovered text at [{start}, {end}]: …{context}…",
                "text left U+FFFD after every repair (also in `repair.damaged`)"),
    WarningKind("PW900", "empty_input", "pipeline", "empty result: the input is empty (0 bytes)",
                "empty result: 0 bytes"),
    WarningKind("PW901", "empty_text", "pipeline", "empty result: no text left after repair (markup or whitespace only)",
                "empty result: markup or whitespace only"),
    WarningKind("PW902", "no_chinese", "pipeline", "empty result: no Chinese text: is this a policy notice?",
                "empty result: no Chinese text"),
    WarningKind("PW903", "nothing_found", "pipeline",
                "empty result: nothing found (no title, 文号, issuer, date, headings, units, targets or deadlines)",
                "empty result: no title, 文号, issuer, date, headings, units, targets or deadlines"),
)
_WARNING_BY_NAME = {kind.name: kind for kind in WARNING_KINDS}


def warning_kind(name: str) -> WarningKind:
    """The catalogue's kind of this name (KeyError names any that is not one: a typo in the raising code)."""
    try:
        return _WARNING_BY_NAME[name]
    except KeyError:
        raise KeyError(f"no warning kind {name!r} in errors.WARNING_KINDS") from None


def warning_table() -> str:
    """README's table of warning codes, made from the catalogue (tests/test_errors.py holds README to it)."""
    rows = ["| code | name | step | what |", "|---|---|---|---|"]
    rows += [f"| `{k.code}` | {k.name} | {k.step} | {k.what} |" for k in WARNING_KINDS]
    return "\n".join(rows) + "\n"
