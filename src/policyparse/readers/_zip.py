"""ZIP containers (DOCX, OFD) opened safely: sizes checked before anything is inflated.

A zip bomb declares (or hides) a huge uncompressed size. Every member's declared size and compression
ratio are checked against limits from the central directory before a byte is inflated, and a member is
never read past its declared size (zipfile stops there and checks the CRC), so a lying header ends in a
CRC error, not in memory exhaustion.
"""

from __future__ import annotations

import io
import zipfile

from policyparse.errors import CorruptFileError, ZipBombError

MAX_MEMBERS = 10_000
MAX_TOTAL_BYTES = 512 * 1024 * 1024  # all members inflated; a notice with its images is a few MB
MAX_MEMBER_BYTES = 256 * 1024 * 1024
MAX_RATIO = 200  # XML compresses 5-20x; 200x on a member larger than RATIO_FLOOR is a bomb
RATIO_FLOOR = 1024 * 1024


def open_zip(raw: bytes, kind: str, path: str | None) -> zipfile.ZipFile:
    """The archive, after its central directory passed the bomb checks."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(raw))
        infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise CorruptFileError(f"this {kind} file is damaged: its ZIP structure cannot be read ({exc}); open and save it again, or ask the publisher for a new copy", path=path) from None
    _check_bomb(infos, kind, path)
    return zf


def _check_bomb(infos: list[zipfile.ZipInfo], kind: str, path: str | None) -> None:
    if len(infos) > MAX_MEMBERS:
        raise ZipBombError(f"this {kind} file holds {len(infos)} parts (limit {MAX_MEMBERS}); it is not read, as a zip bomb would not be", path=path)
    total = 0
    for info in infos:
        size = info.file_size
        total += size
        if size > MAX_MEMBER_BYTES or total > MAX_TOTAL_BYTES:
            raise ZipBombError(f"this {kind} file would inflate to more than {MAX_TOTAL_BYTES // 2**20} MB ({info.filename}: {size} bytes); it is not read (a zip bomb, or no notice)", path=path)
        if size > RATIO_FLOOR and size > MAX_RATIO * max(info.compress_size, 1):
            raise ZipBombError(f"this {kind} file's part {info.filename} inflates {size // max(info.compress_size, 1)}x (limit {MAX_RATIO}x); it is not read, as a zip bomb would not be", path=path)


def read_member(zf: zipfile.ZipFile, name: str, kind: str, path: str | None) -> bytes | None:
    """A member's bytes, or None when the archive has no such member."""
    try:
        info = zf.getinfo(name)
    except KeyError:
        return None
    try:
        with zf.open(info) as fh:
            return fh.read(info.file_size + 1)[: info.file_size + 1]
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError) as exc:
        if isinstance(exc, RuntimeError) and "encrypted" in str(exc):
            from policyparse.errors import EncryptedFileError

            raise EncryptedFileError(f"this {kind} file is password-protected; save an unprotected copy and read that", path=path) from None
        raise CorruptFileError(f"this {kind} file is damaged: part {name} cannot be inflated ({exc}); open and save it again", path=path) from None


def names(zf: zipfile.ZipFile) -> set[str]:
    return set(zf.namelist())


def find_name(zf: zipfile.ZipFile, wanted: str) -> str | None:
    """A member by name, ignoring case and a leading slash (some writers vary both)."""
    low = wanted.lstrip("/").lower()
    for n in zf.namelist():
        if n.lstrip("/").lower() == low:
            return n
    return None
