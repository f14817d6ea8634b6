"""Instructions spent in named functions while parsing the bench's Simplified samples (see instructions.py).

    PYTHONPATH=src python bench/instructions_by_function.py TARGET [TARGET ...]

TARGET is `package.module:function`, `package.module:Class.method`, `steps` (every repair text step,
each under its own name), or `rejections` (every check of extract/targets.REJECTIONS, each under its own name). The script runs itself under callgrind: after a warm-up parse of each sample,
every call of a target is wrapped in functools.reduce, and callgrind, collecting only inside
functools_reduce and dumping after each one, leaves one count per call. The table printed is the
instructions (inclusive) and number of calls per target, biggest first, and their sum. Name no target
that runs inside another: callgrind dumps only when the outer call ends, and the counts no longer match
the calls (the script says so and stops). DETAIL=1 splits each target by the first 60 characters of the
span it was called on (for functions called as f(text, start, end, ...) or f(self, text, start, end,
...)), to see which pieces of text cost most. KEEP=DIR keeps the dumps there.
"""

from __future__ import annotations

import collections
import functools
import importlib
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCS = [f.read_bytes() for f in sorted((ROOT / "samples").glob("*.txt")) if not f.name.startswith("000_")]
DETAIL = bool(os.environ.get("DETAIL"))


def _span_label(label: str, args: tuple) -> str:
    """`label|first characters of the span` for a call f(text, start, end) or f(self, text, start, end)."""
    for i in (0, 1):
        if len(args) >= i + 3 and isinstance(args[i], str) and isinstance(args[i + 1], int) and isinstance(args[i + 2], int):
            span = args[i][args[i + 1] : args[i + 2]][:60]
            return label + "|" + span.replace("\n", "⏎").replace(" ", "_")
    return label


def _wrap(f: Callable, label: str, labels: list[str]) -> Callable:
    """f, but each call runs inside functools.reduce (callgrind's toggle) and leaves its label."""

    def wrapped(*args, **kwargs):
        labels.append(_span_label(label, args) if DETAIL else label)
        return functools.reduce(lambda _, __: f(*args, **kwargs), [0], None)

    return wrapped


def _renamed(f: Callable, name: str) -> Callable:
    f.__name__ = name
    return f


def _install(target: str, labels: list[str]) -> None:
    """Replace the target by its wrapped self, wherever a policyparse module holds it."""
    if target == "rejections":
        import policyparse.extract.targets as targets

        # the checks run from the tuple (rejection() loops over it), which holds them by value: wrapped in place,
        # each keeps its name (rejection() reports a check by its __name__)
        targets.REJECTIONS = tuple(_renamed(_wrap(c, "rejection:" + c.__name__, labels), c.__name__) for c in targets.REJECTIONS)
        return
    if target == "steps":
        import policyparse.repair as repair

        repair.TEXT_STEPS[:] = [(n, _wrap(s, "step:" + n, labels)) for n, s in repair.TEXT_STEPS]
        return
    modname, name = target.split(":")
    module = importlib.import_module(modname)
    if "." in name:
        cname, mname = name.split(".")
        cls = getattr(module, cname)
        orig = cls.__dict__[mname]
        if isinstance(orig, (classmethod, staticmethod)):
            setattr(cls, mname, type(orig)(_wrap(orig.__func__, target, labels)))
        else:
            setattr(cls, mname, _wrap(orig, target, labels))
        return
    orig = getattr(module, name)
    wrapped = _wrap(orig, target, labels)
    for modname, m in list(sys.modules.items()):
        if modname.startswith("policyparse") and getattr(m, name, None) is orig:
            setattr(m, name, wrapped)


def run(labelfile: str, targets: list[str]) -> None:
    """Under callgrind: warm up, wrap the targets, parse each sample once, write the labels in call order."""
    from policyparse.pipeline import parse_bytes

    for doc in DOCS:
        parse_bytes(doc)
    labels: list[str] = []
    for target in targets:
        _install(target, labels)
    for doc in DOCS:
        parse_bytes(doc)
    Path(labelfile).write_text("".join(label + "\n" for label in labels), encoding="utf-8")


def _dump_totals(folder: Path) -> list[int]:
    """The instruction total of each dump callgrind wrote after a functools_reduce, in dump order."""
    parts = []
    for f in folder.glob("cg.out.*"):
        text = f.read_text(encoding="utf-8", errors="replace")
        trigger = re.search(r"Trigger: (.*)$", text, re.M)
        if not trigger or "functools_reduce" not in trigger.group(1):
            continue
        total = re.search(r"^(?:summary|totals): (\d+)", text, re.M)
        number = int(re.search(r"\.(\d+)(?:-\d+)?$", f.name).group(1))
        parts.append((number, int(total.group(1)) if total else 0))
    return [n for _, n in sorted(parts)]


def summarise(folder: Path) -> None:
    """Print instructions and calls per label, biggest first."""
    labels = (folder / "labels.txt").read_text(encoding="utf-8").splitlines()
    totals = _dump_totals(folder)
    if len(totals) != len(labels):
        sys.exit(f"{len(totals)} dumps but {len(labels)} calls: see {folder}/log")
    spent: collections.Counter[str] = collections.Counter()
    calls: collections.Counter[str] = collections.Counter()
    for label, n in zip(labels, totals):
        spent[label] += n
        calls[label] += 1
    for label, n in spent.most_common():
        print(f"{n:>14,} {calls[label]:>7} {label}")
    print(f"{sum(spent.values()):>14,} {len(labels):>7} total")


def main() -> None:
    if sys.argv[1:2] == ["--run"]:
        run(sys.argv[2], sys.argv[3:])
        return
    targets = sys.argv[1:]
    if not targets:
        sys.exit(__doc__)
    folder = Path(os.environ.get("KEEP") or tempfile.mkdtemp(prefix="ic-"))
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("cg.out*"):
        old.unlink()
    command = ["valgrind", "--tool=callgrind", "--toggle-collect=functools_reduce", "--dump-after=functools_reduce",
               f"--callgrind-out-file={folder}/cg.out", sys.executable, __file__, "--run", str(folder / "labels.txt"),
               *targets]
    with open(folder / "log", "w") as log:
        subprocess.run(command, stdout=log, stderr=subprocess.STDOUT, check=True)
    summarise(folder)
    if not os.environ.get("KEEP"):
        for f in folder.iterdir():
            f.unlink()
        folder.rmdir()


if __name__ == "__main__":
    main()
