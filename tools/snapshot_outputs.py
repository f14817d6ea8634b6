"""Parse every document the project keeps and write its JSON, or one digest line per document, so that two
versions of the code can be compared byte for byte.

    PYTHONPATH=src python tools/snapshot_outputs.py OUTDIR        # OUTDIR/<dir>/<name>.json; diff -r before/ after/
    PYTHONPATH=src python tools/snapshot_outputs.py --digests     # rewrite tests/snapshots/outputs.sha256

Documents: samples/, tests/real/docs/, tests/gold, tests/heldout and tests/corpus (every file that is not a gold
.json); the digests also cover the real task tables and the real PDF / DOCX / OFD files (tests/real/tables,
tests/real/formats). Files read through an external program (.doc and .wps: antiword or LibreOffice) are left
out of the digests, since what a machine has installed would change them. `tests/test_output_snapshot.py` holds
the committed digests: a change of output anywhere is a deliberate step (`make snapshot`), seen in the diff.
"""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from policyparse import readers
from policyparse.readers import ole
from policyparse.models import Document
from policyparse.output import to_json
from policyparse.pipeline import parse_file

ROOT = Path(__file__).resolve().parents[1]
DIRS = ["samples", "tests/real/docs", "tests/gold", "tests/heldout", "tests/corpus"]
DIGEST_DIRS = [*DIRS, "tests/real/tables/docs", "tests/real/formats"]
DIGESTS = ROOT / "tests" / "snapshots" / "outputs.sha256"
# not documents: gold, provenance, the hand-checked reference texts and notes beside the format files
_NOT_DOCUMENTS = {".json", ".tsv"}
_NOT_DOCUMENT_NAMES = ("README.md", ".ref.txt", ".furniture.txt", ".error.txt")
_EXTERNAL_READERS = {ole.READER.name}
# the installed libraries whose versions shape the output; the digests hold for these versions only
OUTPUT_LIBRARIES = ("chardet", "jieba", "OpenCC", "openpyxl", "pydantic", "pypdfium2", "pypinyin", "regex", "selectolax")


def library_versions() -> str:
    from importlib.metadata import version

    return " ".join(f"{name}=={version(name)}" for name in OUTPUT_LIBRARIES)


def documents(dirs: list[str] = DIRS) -> list[Path]:
    found = []
    for d in dirs:
        found += [
            p for p in sorted((ROOT / d).rglob("*"))
            if p.is_file() and p.suffix not in _NOT_DOCUMENTS and not p.name.endswith(_NOT_DOCUMENT_NAMES)
        ]
    return found


def digest_lines(parse: Callable[[Path], Document] = parse_file) -> Iterator[str]:
    """`<sha256 of the JSON>  <path>` per document, paths relative to the repository; a document that fails
    gives the error's class name in place of the digest. `parse`: parse_file, or the test suite's shared parse."""
    os.chdir(ROOT)  # paths in the JSON are relative to the worktree
    for path in documents(DIGEST_DIRS):
        if _read_by_external_program(path):
            continue
        rel = path.relative_to(ROOT)
        try:
            digest = hashlib.sha256(to_json(parse(rel)).encode("utf-8")).hexdigest()
        except Exception as exc:  # noqa: BLE001 - a document's failure is part of its snapshot
            digest = f"error:{type(exc).__name__}"
        yield f"{digest}  {rel.as_posix()}"


def _read_by_external_program(path: Path) -> bool:
    with path.open("rb") as f:
        reader = readers.reader_for(path, f.read(readers.HEAD_BYTES))
    return reader is not None and reader.name in _EXTERNAL_READERS


def write_json(out: Path) -> None:
    out = out.resolve()
    os.chdir(ROOT)
    docs = documents()
    for path in docs:
        rel = path.relative_to(ROOT)
        target = out / rel.with_name(rel.name + ".json")
        target.parent.mkdir(parents=True, exist_ok=True)
        # the relative path, so the JSON does not depend on where the worktree lives
        target.write_text(to_json(parse_file(rel)), encoding="utf-8")
    print(f"{len(docs)} documents written to {out}")


def write_digests() -> None:
    lines = list(digest_lines())
    DIGESTS.parent.mkdir(parents=True, exist_ok=True)
    header = f"# {library_versions()}\n"
    DIGESTS.write_text(header + "".join(line + "\n" for line in lines), encoding="utf-8")
    print(f"{len(lines)} digests written to {DIGESTS.relative_to(ROOT)}")


if __name__ == "__main__":
    if sys.argv[1:] == ["--digests"]:
        write_digests()
    else:
        write_json(Path(sys.argv[1]))
