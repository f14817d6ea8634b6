"""The stage order, named once: read -> repair -> segment -> extract -> Document."""

from __future__ import annotations

import gc
import hashlib
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from policyparse.errors import InputError
from policyparse.extract import extract
from policyparse.models import Document, Source
from policyparse.repair import repair
from policyparse.segment import segment

MAX_BYTES = 200 * 1024 * 1024


def parse(source: str | bytes | os.PathLike, *, keep_text: bool = True) -> Document:
    """Parse a document given as text (str), raw bytes, or a path (pathlib.Path / os.PathLike)."""
    if isinstance(source, os.PathLike):
        return parse_file(source, keep_text=keep_text)
    if isinstance(source, str):
        return parse_bytes(source.encode("utf-8"), text=source, keep_text=keep_text)
    if isinstance(source, (bytes, bytearray, memoryview)):
        return parse_bytes(bytes(source), keep_text=keep_text)
    raise TypeError(f"parse() takes text (str), bytes or a path, not {type(source).__name__}")


def parse_file(path: str | os.PathLike, *, keep_text: bool = True) -> Document:
    """Read `path` as bytes and parse it."""
    return parse_bytes(read_bytes(path), path=str(path), keep_text=keep_text)


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
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def parse_bytes(raw: bytes, *, path: str | None = None, text: str | None = None, keep_text: bool = True) -> Document:
    """The whole pipeline over one document's bytes (or its text, when already decoded)."""
    with _cycle_collector_paused():
        return _parse_bytes(raw, path=path, text=text, keep_text=keep_text)


def _parse_bytes(raw: bytes, *, path: str | None, text: str | None, keep_text: bool) -> Document:
    repaired = repair(text if text is not None else raw, filename=path)
    segmented = segment(repaired.text, repaired.html_meta)
    sections = extract(repaired.text, segmented.metadata, segmented.sections)
    return Document(
        source=Source(
            path=path,
            sha256=hashlib.sha256(raw).hexdigest(),
            size_bytes=len(raw),
            encoding=repaired.encoding,
            encoding_confidence=repaired.encoding_confidence,
        ),
        repair=repaired.report,
        metadata=segmented.metadata,
        sections=sections,
        text=repaired.text if keep_text else None,
    )
