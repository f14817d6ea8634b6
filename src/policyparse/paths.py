"""Names and paths: what a batch may read, where each result goes, and list files.

The rules (README: "Names and paths"):

- **Inputs stay inside the input roots.** A file found under an input folder that is a symbolic link
  leading outside that folder, a symbolic link to a folder outside it, and a path argument that goes
  into a folder and back out of it (``in/../victim/x.txt``) are refused, each with a record in
  errors.jsonl (stage ``read``, ``OutsideInput``). ``--allow-outside`` reads them. Paths that start
  with ``../`` (a folder beside the current one) are ordinary paths.
- **Outputs stay inside -o.** A result's name is its path under its input folder (a file named on
  its own: its name alone), with no ``..`` ever; a target whose folder resolves outside -o (a
  symbolic link inside -o) is refused with a record.
- **Same-stem inputs never overwrite each other.** ``notice.txt`` gives ``notice.json``; when several
  inputs would give the same name (notice.txt, notice.html, notice.htm in one folder), each keeps its
  whole name: ``notice.txt.json``, ``notice.html.json``, ``notice.htm.json`` (and ``.2``, ``.3``… in
  input order if even those meet, e.g. two files named alike in different folders named on their own).
- **Any file name is kept**: names that are not UTF-8 are carried as surrogate-escaped strings
  (``os.fsdecode``) and written as ``\\udcXX`` escapes in JSON (``json.loads`` and ``os.fsencode``
  give back the bytes).
- **List files** are read only when given with ``--files-from``: one path a line, UTF-8, blank lines
  ignored, relative paths relative to the list file's folder.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path


class Outside(Exception):
    """A path that leads outside the input roots or the output folder."""


def goes_back_out(path: str | os.PathLike) -> bool:
    """True for a path that goes into a folder and back out of it (in/../x), not for ../x."""
    seen_name = False
    for part in Path(path).parts:
        if part == "..":
            if seen_name:
                return True
        elif part not in (".", os.sep) and not Path(part).anchor:
            seen_name = True
    return False


def _inside(child: str, parent: str) -> bool:
    return child == parent or child.startswith(parent.rstrip(os.sep) + os.sep)


def link_leaves(path: Path, root: Path) -> bool:
    """True when `path` (a symbolic link under `root`) resolves to a place outside `root`."""
    try:
        return not _inside(os.path.realpath(path), os.path.realpath(root))
    except (OSError, ValueError):
        return True


def outside_message(kind: str) -> str:
    return {
        "link": "a symbolic link leading outside its input folder; refused (--allow-outside reads it)",
        "dirlink": "a symbolic link to a folder outside its input folder; not followed (--allow-outside does not follow it either; name the folder itself)",
        "dotdot": "goes into a folder and back out of it with '..'; refused (name the file without '..', or use --allow-outside)",
    }[kind]


def relative_name(path: Path, roots: Iterable[Path]) -> Path:
    """The path of `path` under the first input root that holds it, or its name alone; never with '..'."""
    for root in roots:
        try:
            rel = path.relative_to(root)
        except ValueError:
            continue
        if ".." not in rel.parts and rel.parts:
            return rel
    return Path(path.name)


def output_names(files: list[Path], roots: list[Path], suffix: str = ".json") -> dict[Path, Path]:
    """Each input's result name (relative to -o), distinct for every input, in a stable way:
    the same inputs always give the same names."""
    rels = [relative_name(f, roots) for f in files]
    short = [r.parent / (r.stem + suffix) for r in rels]
    counts: dict[Path, int] = {}
    for s in short:
        counts[s] = counts.get(s, 0) + 1
    names: dict[Path, Path] = {}
    taken: set[Path] = set()
    for f, rel, s in zip(files, rels, short):
        name = s if counts[s] == 1 else rel.parent / (rel.name + suffix)
        k = 1
        while name in taken:
            k += 1
            name = rel.parent / f"{rel.name}.{k}{suffix}"
        taken.add(name)
        names[f] = name
    return names


def target_in(out_dir: Path, name: Path) -> Path:
    """OUT/name, refused (Outside) if it would land outside OUT (a '..' or a symbolic link inside OUT)."""
    if name.is_absolute() or ".." in name.parts:
        raise Outside(f"{name} would be written outside {out_dir}")
    target = out_dir / name
    real_out = os.path.realpath(out_dir)
    parent = target.parent
    while not parent.exists() and parent != out_dir and parent != parent.parent:
        parent = parent.parent  # folders still to be made: check the deepest one that exists
    if not _inside(os.path.realpath(parent), real_out):
        raise Outside(f"{target} would be written outside {out_dir} (through a symbolic link)")
    return target


def read_list(path: Path) -> list[Path]:
    """The paths a list file names (--files-from): one a line, UTF-8, blank lines ignored, relative
    paths relative to the list file's own folder. Raises OSError / UnicodeDecodeError."""
    text = Path(path).read_bytes().decode("utf-8-sig")
    return [Path(path).parent / line.strip() for line in text.splitlines() if line.strip()]
