"""Parse every document the project keeps and write its JSON to a directory, so that two
versions of the code can be compared byte for byte (`diff -r before/ after/`).

    PYTHONPATH=src python tools/snapshot_outputs.py OUTDIR

Documents: samples/, tests/real/docs/, tests/gold, tests/heldout and tests/corpus
(every file that is not a gold .json). One OUTDIR/<dir>/<name>.json per document.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from policyparse.output import to_json
from policyparse.pipeline import parse_file

ROOT = Path(__file__).resolve().parents[1]
DIRS = ["samples", "tests/real/docs", "tests/gold", "tests/heldout", "tests/corpus"]


def documents() -> list[Path]:
    found = []
    for d in DIRS:
        found += [p for p in sorted((ROOT / d).rglob("*")) if p.is_file() and p.suffix != ".json"]
    return found


def main(out: Path) -> None:
    out = out.resolve()
    os.chdir(ROOT)  # paths in the JSON are relative to the worktree
    docs = documents()
    for path in docs:
        rel = path.relative_to(ROOT)
        target = out / rel.with_name(rel.name + ".json")
        target.parent.mkdir(parents=True, exist_ok=True)
        # the relative path, so the JSON does not depend on where the worktree lives
        target.write_text(to_json(parse_file(rel)), encoding="utf-8")
    print(f"{len(docs)} documents written to {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
