"""The stage order, named once: read -> repair -> segment -> extract -> Document.

read: the readers recognise the format and, for binary formats (PDF, DOCX, OFD, DOC/WPS), render its
blocks to text (one paragraph a line, table rows as tab-joined cells); text and HTML go on as bytes.
repair: that text (or the bytes) -> the one repaired text every span indexes.
"""

from __future__ import annotations

import gc
import hashlib
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from policyparse.checks import emptiness
from policyparse.errors import STAGE_ATTRIBUTE, InputError, PolicyParseError
from policyparse.extract import extract
from policyparse.models import SCHEMA_VERSION, Document, FormatMetadata, PageFields, Source, built, text_format
from policyparse.readers import read
from policyparse.repair import repair
from policyparse.segment import segment

MAX_BYTES = 200 * 1024 * 1024


def parse(source: str | bytes | os.PathLike, *, keep_text: bool = True) -> Document:
    """Parse a document given as text (str), raw bytes, or a path (pathlib.Path / os.PathLike).

    A str is always the notice's text: a str that is a file name ("samples/x.txt") raises InputError
    pointing to parse_file, rather than giving an empty document.
    """
    if isinstance(source, os.PathLike):
        return parse_file(source, keep_text=keep_text)
    if isinstance(source, str):
        _refuse_path_as_text(source)
        try:
            raw = source.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise InputError(
                f"the text holds a lone surrogate (U+{ord(source[exc.start]):04X} at character {exc.start}), which is "
                "no character: it was decoded with errors='surrogateescape' or cut inside a UTF-16 pair; "
                "pass the original bytes instead and policyparse decodes them"
            ) from None
        return parse_bytes(raw, text=source, keep_text=keep_text)
    if isinstance(source, (bytes, bytearray, memoryview)):
        return parse_bytes(bytes(source), keep_text=keep_text)
    raise TypeError(f"parse() takes text (str), bytes or a path, not {type(source).__name__}")


# what a str that is a file name, not a notice, ends with
_PATH_SUFFIXES = (".txt", ".htm", ".html", ".shtml", ".xhtml", ".md", ".json", ".pdf", ".doc", ".docx", ".wps", ".ofd", ".xml")


def _refuse_path_as_text(source: str) -> None:
    """A str is the notice's text. One that is a file name instead is refused, never parsed as an empty notice.

    A file name: one line, under 4,096 characters, that names an existing file or ends with a document suffix.
    """
    name = source.strip()
    if not name or len(name) >= 4096 or "\n" in name or "\r" in name:
        return
    try:
        exists = os.path.isfile(name)
    except (OSError, ValueError):
        exists = False
    if exists or name.lower().endswith(_PATH_SUFFIXES):
        raise InputError(
            "parse() was given a file name as a str, and a str is parsed as the notice's text; "
            f"read the file with policyparse.parse_file({name!r}) or pass a pathlib.Path",
            path=name,
        )


def parse_file(path: str | os.PathLike, *, keep_text: bool = True, skip_repair: frozenset[str] = frozenset()) -> Document:
    """Read `path` as bytes and parse it (`skip_repair`: repair steps to leave out, see parse_bytes)."""
    return parse_bytes(read_bytes(path), path=str(path), keep_text=keep_text, skip_repair=skip_repair)


def read_bytes(path: str | os.PathLike) -> bytes:
    """The file's bytes, or an InputError that says why they cannot be had."""
    p = Path(path)
    try:
        info = p.stat()
        if stat.S_ISDIR(info.st_mode):
            raise InputError("is a directory, not a file", path=str(path))
        if not stat.S_ISREG(info.st_mode):
            # a FIFO or device would block or never end: only regular files are read
            raise InputError("is not a regular file (a pipe, socket or device); copy its content to a file", path=str(path))
        size = info.st_size
        if size > MAX_BYTES:
            raise InputError(f"is {size} bytes, over the {MAX_BYTES}-byte limit for one notice", path=str(path))
        return p.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", path=str(path)) from None
    except PermissionError:
        raise InputError("permission denied; check the file's read permission", path=str(path)) from None
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror or exc})", path=str(path)) from None


@contextmanager
def _cycle_collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector for one document, then restore it as it was.

    A parse allocates a great many short-lived lists, tuples, matches and models and creates almost no
    reference cycles: the collector's passes find next to nothing, yet each one walks every live
    container (the whole batch so far, a caller's dictionaries), about 5 % of a parse in `make bench`.
    Reference counting still frees everything at once; any cycles wait until the collector runs again.
    Left untouched when the caller has paused it already (only whoever paused it turns it back on).

    On the way out, what the parse made (the Document: a few million objects for a 10 MB task list) goes
    straight to the oldest generation (gc.freeze, then gc.unfreeze, both constant time): left young, the
    first allocation after the parse would have the collector walk all of it (0.5 s of the 13 s of 100k
    notes, 5 % of `make bench`) only to find it all alive. It is walked at the next full collection, as
    any long-lived object is. Not done when the caller keeps frozen objects of its own (gc.freeze before
    a fork): unfreezing would hand them back to the collector.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        if not gc.get_freeze_count():
            gc.freeze()
            gc.unfreeze()
        gc.enable()


def parse_bytes(raw: bytes, *, path: str | None = None, text: str | None = None, keep_text: bool = True,
                skip_repair: frozenset[str] = frozenset()) -> Document:
    """The whole pipeline over one document's bytes (or its text, when already decoded).

    `skip_repair` names repair steps to leave out (policyparse.repair.STEP_NAMES; ValueError for any other),
    to see what one step does to a document: the parse then reads the text without that repair."""
    with _cycle_collector_paused():
        return _parse_bytes(raw, path=path, text=text, keep_text=keep_text, skip_repair=skip_repair)


@contextmanager
def _stage(name: str) -> Iterator[None]:
    """Label an unexpected exception (a bug: KeyError, IndexError, …) with the stage it came from, so that a
    batch's record names the stage; policyparse's own errors carry their stage already."""
    try:
        yield
    except PolicyParseError:
        raise
    except Exception as exc:
        if not hasattr(exc, STAGE_ATTRIBUTE):
            try:
                setattr(exc, STAGE_ATTRIBUTE, name)
            except AttributeError:  # an exception type that takes no attributes keeps its traceback only
                pass
        raise


def _parse_bytes(raw: bytes, *, path: str | None, text: str | None, keep_text: bool, skip_repair: frozenset[str]) -> Document:
    with _stage("read"):
        was_read = read(raw, path) if text is None else None
    with _stage("repair"):
        if was_read is not None and was_read.text is not None:
            repaired = repair(was_read.text, skip=skip_repair)  # a binary format, rendered to text by its reader
            fmt = was_read.format
        else:
            repaired = repair(text if text is not None else raw, filename=path, skip=skip_repair)
            fmt = _text_format(repaired)
    with _stage("segment"):
        segmented = segment(repaired.text, fmt)
    with _stage("extract"):
        sections = extract(repaired.text, segmented.metadata, segmented.sections)
    empty = emptiness(len(raw), repaired.text, segmented.metadata, sections)
    if empty:
        repaired.report.add_warning(empty)
    # Source(...) and Document(...) without pydantic's check (≈ 37 K instructions a document): every value is typed
    # here already (the path a str or None, the digest a str, the size an int, the decoder's name a str and its
    # confidence a float in [0, 1] — float() as validation makes it —; the format, report, metadata and sections
    # models this pipeline built, the sections a fresh list). The fields in the models' order, those counted as set
    # the keyword calls' (not the Document's schema_version, left at its default)
    source = built(Source, {"path": path, "sha256": hashlib.sha256(raw).hexdigest(), "size_bytes": len(raw),
                            "encoding": repaired.encoding, "encoding_confidence": float(repaired.encoding_confidence)})
    return built(Document, {"schema_version": SCHEMA_VERSION, "source": source, "format": fmt, "repair": repaired.report,
                            "metadata": segmented.metadata, "sections": sections,
                            "text": repaired.text if keep_text else None}, set(_DOCUMENT_FIELDS_GIVEN))


# the fields Document(source=…, format=…, repair=…, metadata=…, sections=…, text=…) counts as set
_DOCUMENT_FIELDS_GIVEN = ("source", "format", "repair", "metadata", "sections", "text")


def _text_format(repaired) -> FormatMetadata:
    """Text, HTML or Markdown, as repair found it; a page's 信息公开 fields typed."""
    steps = {s.name for s in repaired.report.steps}
    kind = "html" if "html" in steps else "markdown" if "markdown" in steps else "text"
    fields = {k: v for k, v in repaired.html_meta.items() if k in PageFields.model_fields and v}
    # built without pydantic's check: the kind is one of three FormatName literals, the page fields a PageFields
    return text_format(kind, "policyparse.repair", PageFields(**fields) if fields else None)
