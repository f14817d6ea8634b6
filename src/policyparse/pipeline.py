"""The stage order, named once: read -> repair -> segment -> extract -> Document."""

from __future__ import annotations

import gc
import hashlib
import os
import stat
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


GC_YOUNG_THRESHOLD = 50_000


@contextmanager
def _fewer_collections():
    """A parse makes many small objects that live as long as its document; collecting the young
    generation every 700 allocations (Python's default) cost a third of the time on documents dense
    in nodes. Raised for the parse and restored after; outputs do not depend on it."""
    old = gc.get_threshold()
    if not old[0] or old[0] >= GC_YOUNG_THRESHOLD:
        yield
        return
    gc.set_threshold(GC_YOUNG_THRESHOLD, *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)


def parse_bytes(raw: bytes, *, path: str | None = None, text: str | None = None, keep_text: bool = True) -> Document:
    """The whole pipeline over one document's bytes (or its text, when already decoded)."""
    with _fewer_collections():
        return _parse_bytes(raw, path, text, keep_text)


def _parse_bytes(raw: bytes, path: str | None, text: str | None, keep_text: bool) -> Document:
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
