"""End-to-end evaluation against the hand-checked gold files (``docs/gold-format.md``).

Reports, per field, precision / recall / F1 under **strict** and **soft** matching plus the share
of documents the pipeline gets entirely right, in the spirit of GROBID's end-to-end evaluation.

    >>> from pathlib import Path
    >>> from policyparse import parse_file
    >>> from policyparse.evaluate import evaluate, format_report
    >>> report = evaluate(Path("tests/gold"), parse_file)       # doctest: +SKIP
    >>> print(format_report(report))                            # doctest: +SKIP

Counting
--------
Every field is a bag of *items*: a metadata value, one addressee, one node, one (node, lead unit)
pair, one target of a node, ... A gold item matched by a predicted item is a true positive, an
unmatched gold item a false negative, an unmatched predicted item a false positive; counts are
summed over documents (micro average). ``accuracy`` is the share of documents, among those where
the field is evaluated, on which the field has no error at all.

What is evaluated
-----------------
* Metadata: only keys present in the gold ``metadata``. ``null`` / ``[]`` expects nothing, so any
  prediction is a false positive.
* Sections: only when the gold has a ``sections`` key. Gold nodes are aligned to the predicted
  nodes (``Document.iter_sections()``, document order) by an order-preserving maximum matching;
  a predicted node matches a gold node when its own text starts with the gold ``starts``
  (compared after NFKC + whitespace removal, curly double quotes read as straight). ``node_levels``, ``node_ids``, ``node_markers`` and
  ``node_titles`` count an aligned node as correct only when the boundary *and* that attribute
  are right, so they are end-to-end scores.
* Extraction (``lead``, ``support``, ``mode``, ``inherited``, ``targets``, ``deadlines``): on a
  gold node carrying the key, and on task nodes (kind ``item``, or ``heading`` of level >= 2)
  where an absent key means "expect none". Items predicted on unaligned nodes are false
  positives, items of unaligned gold nodes false negatives.

* Task rows: only when the gold has a ``task_rows`` key (the rows of the document's task tables, in
  order). They are aligned to the predicted ``task_row`` nodes the way sections are (by ``starts``);
  ``task_rows`` scores the rows found, ``row_lead``, ``row_support``, ``row_mode``, ``row_deadlines``
  and ``row_targets`` what was read from them (a key absent from a gold row expects none, except
  ``targets`` and ``mode``, which are scored only where given). ``task_row`` nodes are left out of the
  section scores: the ``sections`` list of a gold file names no table rows.

Strict and soft
---------------
Strict: exact equality after NFKC + whitespace removal (numbers numerically); for targets every
key the gold gives among value, value_max, unit, comparator, year, recurrence; for deadlines every
key among year, month, day, recurrence, kind, ongoing. Soft: strings match when one contains the
other or their edit similarity is >= 0.8; markers compare their numerals only (``1.`` = ``1、``);
targets compare value + unit only (``5`` ``万人次`` = ``50000`` ``人次``); deadlines compare year,
month and ongoing only (kind when the gold gives none of those).
"""

from __future__ import annotations

import difflib
import json
import math
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from policyparse.models import Document, Section

__all__ = [
    "METADATA_FIELDS",
    "STRUCTURE_FIELDS",
    "RESPONSIBILITY_FIELDS",
    "EXTRACTION_FIELDS",
    "TASK_ROW_FIELDS",
    "ALL_FIELDS",
    "MODES",
    "Score",
    "DocumentResult",
    "EvalReport",
    "evaluate",
    "evaluate_document",
    "load_gold",
    "format_report",
    "normalize",
    "soft_equal",
]

MODES = ("strict", "soft")

METADATA_FIELDS = (
    "title",
    "doc_number",
    "issuer",
    "issue_date",
    "publish_date",
    "addressees",
    "attachments",
    "cited_documents",
    "plan_title",
    "index_number",
    "topic",
    "validity",
    "contact",
    "disclosure",
    "plan_period",
    "doc_type",
)
STRUCTURE_FIELDS = ("nodes", "node_levels", "node_ids", "node_markers", "node_titles")
RESPONSIBILITY_FIELDS = ("units", "lead", "support", "mode", "inherited")
EXTRACTION_FIELDS = RESPONSIBILITY_FIELDS + ("targets", "deadlines")
TASK_ROW_FIELDS = ("task_rows", "row_lead", "row_support", "row_mode", "row_deadlines", "row_targets")
ALL_FIELDS = METADATA_FIELDS + STRUCTURE_FIELDS + EXTRACTION_FIELDS + TASK_ROW_FIELDS

GROUPS: dict[str, tuple[str, ...]] = {
    "metadata": METADATA_FIELDS,
    "structure": STRUCTURE_FIELDS,
    "responsibility": RESPONSIBILITY_FIELDS,
    "targets+deadlines": ("targets", "deadlines"),
    "task rows": TASK_ROW_FIELDS,
}

_DATE_FIELDS = {"issue_date", "publish_date"}
_LIST_FIELDS = {"addressees", "attachments"}
_TARGET_KEYS = ("value", "value_max", "unit", "comparator", "year", "recurrence")
_DEADLINE_KEYS = ("year", "month", "day", "recurrence", "kind", "ongoing")
_SOFT_RATIO = 0.8


# ---------------------------------------------------------------- text comparison


_WS = re.compile(r"\s+")


def normalize(text: str | None) -> str:
    """NFKC + all whitespace removed; ``None`` becomes ``""``."""
    if text is None:
        return ""
    return _WS.sub("", unicodedata.normalize("NFKC", str(text)))


def similarity(a: str, b: str) -> float:
    """Edit similarity in [0, 1] (difflib ratio) of two already normalised strings."""
    if not a and not b:
        return 1.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def strict_equal(a: str | None, b: str | None) -> bool:
    return normalize(a) == normalize(b)


def soft_equal(a: str | None, b: str | None) -> bool:
    """One contains the other, or edit similarity >= 0.8 (after normalisation)."""
    na, nb = normalize(a), normalize(b)
    if na == nb:
        return True
    if not na or not nb:
        return False
    return na in nb or nb in na or similarity(na, nb) >= _SOFT_RATIO


_BRACKETS = str.maketrans("", "", "《》〈〉<>")


def _strip_book(text: str | None) -> str:
    return normalize(text).translate(_BRACKETS)


def _iso_date(value: str | None) -> str:
    """Best-effort ISO form of a date string: 2023-4-12, 2023年4月12日, 2023/04/12 10:00 -> 2023-04-12."""
    if not value:
        return ""
    nums = re.findall(r"\d+", normalize(value))
    if len(nums) >= 3 and len(nums[0]) == 4:
        return f"{int(nums[0]):04d}-{int(nums[1]):02d}-{int(nums[2]):02d}"
    return normalize(value)


_MARKER_KEEP = re.compile(r"[0-9A-Za-z〇零一二三四五六七八九十百千①-⑳⑴-⒇]")


def _marker_core(marker: str | None) -> str:
    """The numeral of a marker: （一） -> 一, 1. -> 1, 第十一条 -> 十一条 minus punctuation."""
    norm = normalize(marker)
    return "".join(_MARKER_KEEP.findall(norm)) + "".join(ch for ch in norm if ch in "章节条款")


def _num_equal(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    try:
        return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-9)
    except (TypeError, ValueError):
        return normalize(str(a)) == normalize(str(b))


_MULTIPLIERS = (("亿", 1e8), ("万", 1e4), ("千", 1e3))


def _scaled(value: Any, unit: str | None) -> tuple[float | None, str]:
    """(value, unit) with a leading 万/亿/千 of the unit folded into the value: (5, 万人次) -> (50000, 人次)."""
    try:
        v = float(value) if value is not None else None
    except (TypeError, ValueError):
        v = None
    u = normalize(unit)
    for prefix, factor in _MULTIPLIERS:
        if u.startswith(prefix) and v is not None:
            return v * factor, u[len(prefix):]
    return v, u


# ---------------------------------------------------------------- scores


@dataclass
class Score:
    """Counts for one field: items (tp / fp / fn) and documents (evaluated / entirely correct)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    docs: int = 0
    docs_correct: int = 0

    @property
    def gold(self) -> int:
        return self.tp + self.fn

    @property
    def predicted(self) -> int:
        return self.tp + self.fp

    @property
    def precision(self) -> float:
        """tp / (tp + fp); with nothing predicted: 1.0 if nothing was expected either, else 0.0."""
        if self.tp + self.fp:
            return self.tp / (self.tp + self.fp)
        return 1.0 if self.fn == 0 else 0.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn); with nothing expected: 1.0 if nothing was predicted either, else 0.0."""
        if self.tp + self.fn:
            return self.tp / (self.tp + self.fn)
        return 1.0 if self.fp == 0 else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def accuracy(self) -> float:
        """Share of evaluated documents where this field has no error."""
        return self.docs_correct / self.docs if self.docs else 1.0

    @property
    def correct(self) -> bool:
        return self.fp == 0 and self.fn == 0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.docs += other.docs
        self.docs_correct += other.docs_correct

    def to_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "gold": self.gold,
            "predicted": self.predicted,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "docs": self.docs,
            "docs_correct": self.docs_correct,
            "accuracy": round(self.accuracy, 4),
        }


@dataclass
class DocumentResult:
    """Scores of one gold document; ``scores[mode][field]`` holds this document's counts only."""

    name: str
    document: str
    error: str | None = None
    scores: dict[str, dict[str, Score]] = field(default_factory=lambda: {m: {} for m in MODES})
    mismatches: dict[str, list[str]] = field(default_factory=lambda: {m: [] for m in MODES})

    def correct(self, mode: str = "strict") -> bool:
        """True when every evaluated field is entirely right (and the parse did not fail)."""
        return self.error is None and all(s.correct for s in self.scores[mode].values())

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "document": self.document,
            "error": self.error,
            "correct": {m: self.correct(m) for m in MODES},
            "scores": {m: {f: s.to_dict() for f, s in self.scores[m].items()} for m in MODES},
            "mismatches": self.mismatches,
        }


@dataclass
class EvalReport:
    """Micro-averaged per-field scores over all documents, plus the per-document results."""

    documents: list[DocumentResult] = field(default_factory=list)
    fields: dict[str, dict[str, Score]] = field(default_factory=lambda: {m: {} for m in MODES})

    @classmethod
    def of(cls, documents: list[DocumentResult]) -> EvalReport:
        """The report over these documents' results, their scores summed per field."""
        report = cls(documents=list(documents))
        for result in report.documents:
            for mode in MODES:
                for fname, s in result.scores[mode].items():
                    report.fields[mode].setdefault(fname, Score()).add(s)
        return report

    @property
    def n_documents(self) -> int:
        return len(self.documents)

    @property
    def errors(self) -> list[DocumentResult]:
        return [d for d in self.documents if d.error]

    def empty_trees(self) -> list[str]:
        """Documents whose gold has nodes of which not one was found."""
        return [
            d.name for d in self.documents
            if (s := d.scores["strict"].get("nodes")) is not None and s.gold and not s.tp
        ]

    def score(self, name: str, mode: str = "strict") -> Score:
        """Score of one field (an empty Score when the field was never evaluated)."""
        return self.fields[mode].get(name, Score())

    def documents_correct(self, mode: str = "strict") -> int:
        return sum(d.correct(mode) for d in self.documents)

    def fully_correct(self, mode: str = "strict") -> float:
        """Share of documents entirely right under `mode`."""
        return self.documents_correct(mode) / self.n_documents if self.n_documents else 0.0

    def group(self, group: str | Sequence[str] | None = None, mode: str = "strict") -> Score:
        """Micro average (summed counts) over a group of fields (a GROUPS name, a list, or all)."""
        names = GROUPS[group] if isinstance(group, str) else (group or ALL_FIELDS)
        total = Score()
        for name in names:
            if name in self.fields[mode]:
                s = self.fields[mode][name]
                total.tp += s.tp
                total.fp += s.fp
                total.fn += s.fn
        return total

    def macro(self, group: str | Sequence[str] | None = None, mode: str = "strict") -> dict[str, float]:
        """Unweighted mean of precision / recall / F1 over the evaluated fields of a group."""
        names = GROUPS[group] if isinstance(group, str) else (group or ALL_FIELDS)
        scores = [self.fields[mode][n] for n in names if n in self.fields[mode]]
        if not scores:
            return {"precision": 0.0, "recall": 0.0, "f1": 0.0}
        return {
            "precision": sum(s.precision for s in scores) / len(scores),
            "recall": sum(s.recall for s in scores) / len(scores),
            "f1": sum(s.f1 for s in scores) / len(scores),
        }

    def _groups_dict(self, mode: str) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, fields in list(GROUPS.items()) + [("all", ALL_FIELDS)]:
            if not any(f in self.fields[mode] for f in fields):
                continue
            out[name] = {
                "micro": self.group(fields, mode).to_dict(),
                "macro": {k: round(v, 4) for k, v in self.macro(fields, mode).items()},
            }
        return out

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "n_documents": self.n_documents,
            "n_errors": len(self.errors),
            "documents_correct": {m: self.documents_correct(m) for m in MODES},
            "fully_correct": {m: round(self.fully_correct(m), 4) for m in MODES},
            "fields": {m: {f: s.to_dict() for f, s in _ordered(self.fields[m])} for m in MODES},
            "groups": {m: self._groups_dict(m) for m in MODES},
            "documents": [d.to_dict() for d in self.documents],
        }
        return out


def _ordered(fields: dict[str, Score]) -> list[tuple[str, Score]]:
    order = {name: i for i, name in enumerate(ALL_FIELDS)}
    return sorted(fields.items(), key=lambda kv: order.get(kv[0], len(order)))


# ---------------------------------------------------------------- matching


def _max_matching(gold: Sequence[Any], pred: Sequence[Any], match: Callable[[Any, Any], bool]) -> list[tuple[int, int]]:
    """Maximum bipartite matching (Kuhn's algorithm); returns (gold index, pred index) pairs."""
    adj = [[j for j, p in enumerate(pred) if match(g, p)] for g in gold]
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in adj[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(gold)):
        augment(i, set())
    return sorted((i, j) for j, i in owner.items())


def _count(gold: Sequence[Any], pred: Sequence[Any], match: Callable[[Any, Any], bool]) -> tuple[Score, list[int], list[int]]:
    """Score of two bags of items; also the unmatched gold and predicted indexes."""
    pairs = _max_matching(gold, pred, match)
    g_used = {i for i, _ in pairs}
    p_used = {j for _, j in pairs}
    score = Score(tp=len(pairs), fp=len(pred) - len(pairs), fn=len(gold) - len(pairs))
    return score, [i for i in range(len(gold)) if i not in g_used], [j for j in range(len(pred)) if j not in p_used]


def _align(gold: Sequence[str], pred: Sequence[list[str]], match: Callable[[str, list[str]], bool]) -> dict[int, int]:
    """Order-preserving maximum alignment (LCS) of gold `starts` to predicted node texts."""
    n, m = len(gold), len(pred)
    ok = [[match(gold[i], pred[j]) for j in range(m)] for i in range(n)]
    dp = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        row, nxt = dp[i], dp[i + 1]
        for j in range(m - 1, -1, -1):
            best = max(nxt[j], row[j + 1])
            if ok[i][j]:
                best = max(best, nxt[j + 1] + 1)
            row[j] = best
    out: dict[int, int] = {}
    i = j = 0
    while i < n and j < m:
        if ok[i][j] and dp[i][j] == dp[i + 1][j + 1] + 1:
            out[i] = j
            i += 1
            j += 1
        elif dp[i + 1][j] >= dp[i][j + 1]:
            i += 1
        else:
            j += 1
    return out


def _node_texts(node: Section, doc_text: str | None) -> list[str]:
    """Normalised candidate texts of a predicted node: own text, marker + text, span text."""
    own = normalize(node.text)
    out = [own]
    marker = normalize(node.marker)
    if marker and not own.startswith(marker):
        out.append(marker + own)
    if doc_text:
        start, end = node.span
        if 0 <= start < end <= len(doc_text):
            out.append(normalize(doc_text[start:end]))
    return [t for t in out if t]


def _starts_strict(gold_starts: str, texts: list[str]) -> bool:
    return bool(gold_starts) and any(t.startswith(gold_starts) for t in texts)


def _starts_soft(gold_starts: str, texts: list[str]) -> bool:
    if not gold_starts:
        return False
    for t in texts:
        if t.startswith(gold_starts) or (len(t) >= 4 and gold_starts.startswith(t)):
            return True
        if similarity(gold_starts, t[: len(gold_starts)]) >= _SOFT_RATIO:
            return True
    return False


# ---------------------------------------------------------------- metadata


def _meta_items(name: str, value: Any) -> list[Any]:
    if value is None:
        return []
    if name in _LIST_FIELDS or name == "cited_documents":
        return [v for v in value if v]
    if name == "plan_period":
        if isinstance(value, dict):
            return [(value.get("start"), value.get("end"))]
        return [(getattr(value, "start", None), getattr(value, "end", None))]
    if isinstance(value, str) and not normalize(value):
        return []
    return [value]


def _cited(item: Any) -> tuple[str, str]:
    if isinstance(item, dict):
        return item.get("title") or "", item.get("doc_number") or ""
    return getattr(item, "title", "") or "", getattr(item, "doc_number", "") or ""


def _meta_match(name: str, mode: str) -> Callable[[Any, Any], bool]:
    strict = mode == "strict"
    if name in _DATE_FIELDS:
        return lambda g, p: _iso_date(g) == _iso_date(p)
    if name == "plan_period":
        return lambda g, p: _num_equal(g[0], p[0]) and _num_equal(g[1], p[1])
    if name == "cited_documents":

        def cited(g: Any, p: Any) -> bool:
            (gt, gn), (pt, pn) = _cited(g), _cited(p)
            if strict:
                return _strip_book(gt) == _strip_book(pt) and normalize(gn) == normalize(pn)
            if gn and pn and normalize(gn) == normalize(pn):
                return True
            return soft_equal(_strip_book(gt), _strip_book(pt))

        return cited
    if name == "plan_title":
        if strict:
            return lambda g, p: _strip_book(g) == _strip_book(p)
        return lambda g, p: soft_equal(_strip_book(g), _strip_book(p))
    return strict_equal if strict else soft_equal


def _show(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, default=lambda o: getattr(o, "__dict__", str(o)))
    return text if len(text) <= 80 else text[:77] + "..."


# ---------------------------------------------------------------- per document


def _is_task_node(g: dict[str, Any]) -> bool:
    kind = g.get("kind")
    return kind == "item" or (kind == "heading" and int(g.get("level") or 0) >= 2)


def _pred_field_items(name: str, node: Section) -> list[Any]:
    resp = node.responsibility
    if name == "units":
        return [*resp.lead, *resp.support] if resp else []
    if name == "lead":
        return [u for u in resp.lead] if resp else []
    if name == "support":
        return [u for u in resp.support] if resp else []
    if name == "mode":
        return [resp.mode] if resp else []
    if name == "inherited":
        return [resp.inherited_from] if resp and resp.inherited_from else []
    if name == "targets":
        return list(node.targets)
    if name == "deadlines":
        return list(node.deadlines)
    raise KeyError(name)


def _gold_field_items(name: str, g: dict[str, Any]) -> list[Any] | None:
    """Gold items of an extraction field on a node; None when the node is not evaluated for it."""
    if g.get(f"skip_{name}"):
        return None  # the gold writer could not decide this field here: not evaluated
    if name == "units":
        lead, support = _gold_field_items("lead", g), _gold_field_items("support", g)
        return None if lead is None and support is None else [*(lead or []), *(support or [])]
    key = name
    if key in g:
        value = g[key]
    elif name in RESPONSIBILITY_FIELDS and any(k in g for k in ("lead", "support", "mode")):
        value = None  # the node has a note: a missing part expects none
    elif _is_task_node(g):
        value = None
    else:
        return None
    if value is None:
        return []
    if name in ("mode", "inherited"):
        return [value]
    return list(value)


def _unit_names(u: Any) -> tuple[str, str]:
    if isinstance(u, str):
        return u, u
    return getattr(u, "canonical", "") or "", getattr(u, "name", "") or ""


def _extraction_match(name: str, mode: str) -> Callable[[Any, Any], bool]:
    strict = mode == "strict"
    if name in ("units", "lead", "support"):

        def unit(g: str, p: Any) -> bool:
            canonical, written = _unit_names(p)
            if strict:
                return strict_equal(g, canonical)
            return soft_equal(g, canonical) or soft_equal(g, written)

        return unit
    if name in ("mode", "inherited"):
        return lambda g, p: normalize(str(g)) == normalize(str(p))
    if name == "targets":

        def target(g: dict[str, Any], p: Any) -> bool:
            if strict:
                for key in _TARGET_KEYS:
                    if key not in g:
                        continue
                    gv, pv = g[key], getattr(p, key, None)
                    if key in ("value", "value_max", "year"):
                        if not _num_equal(gv, pv):
                            return False
                    elif normalize(gv) != normalize(pv):
                        return False
                return True
            gv, gu = _scaled(g.get("value"), g.get("unit"))
            pv, pu = _scaled(getattr(p, "value", None), getattr(p, "unit", None))
            return _num_equal(gv, pv) and gu == pu

        return target
    if name == "deadlines":

        def deadline(g: dict[str, Any], p: Any) -> bool:
            if strict:
                keys = [k for k in _DEADLINE_KEYS if k in g]
            else:
                keys = [k for k in ("year", "month", "ongoing") if k in g] or [k for k in ("kind",) if k in g]
            for key in keys:
                gv, pv = g[key], getattr(p, key, None)
                if key == "ongoing":
                    if bool(gv) != bool(pv):
                        return False
                elif key in ("year", "month", "day"):
                    if not _num_equal(gv, pv):
                        return False
                elif normalize(gv) != normalize(pv):
                    return False
            return True

        return deadline
    raise KeyError(name)


def _record(result: DocumentResult, mode: str, name: str, score: Score, notes: Iterable[str] = ()) -> None:
    score.docs = 1
    score.docs_correct = int(score.correct and result.error is None)
    result.scores[mode][name] = score
    if not score.correct:
        result.mismatches[mode].extend(f"{name}: {n}" for n in notes)


def evaluate_document(gold: dict[str, Any], doc: Document | None, *, name: str | None = None, error: str | None = None) -> DocumentResult:
    """Score one predicted Document (None when parsing failed) against one gold dict."""
    result = DocumentResult(name=name or Path(str(gold.get("document", "?"))).stem, document=str(gold.get("document", "")), error=error)
    for mode in MODES:
        _evaluate_metadata(gold, doc, result, mode)
        if "sections" in gold:
            _evaluate_sections(gold["sections"] or [], doc, result, mode)
        if "task_rows" in gold:
            _evaluate_task_rows(gold["task_rows"] or [], doc, result, mode)
    return result


def _evaluate_metadata(gold: dict[str, Any], doc: Document | None, result: DocumentResult, mode: str) -> None:
    gmeta = gold.get("metadata") or {}
    for fname in METADATA_FIELDS:
        if fname not in gmeta:
            continue
        g_items = _meta_items(fname, gmeta[fname])
        p_value = getattr(doc.metadata, fname, None) if doc is not None else None
        p_items = _meta_items(fname, p_value)
        score, g_miss, p_extra = _count(g_items, p_items, _meta_match(fname, mode))
        notes = [f"missing {_show(g_items[i])}" for i in g_miss] + [f"unexpected {_show(_plain(p_items[j]))}" for j in p_extra]
        _record(result, mode, fname, score, notes)


def _plain(value: Any) -> Any:
    if hasattr(value, "model_dump"):
        return value.model_dump()
    return value


# `starts` is the text as stored, where a page may close “ with a straight mark; repair makes such marks curly
# (repair/quotes.py). Quote shape, like width (NFKC), is no boundary: both sides are folded to the straight mark.
_QUOTE_FOLD = str.maketrans("“”", '""')


def _fold_quotes(text: str) -> str:
    return text.translate(_QUOTE_FOLD)


def _align_nodes(golds: list[dict[str, Any]], nodes: list[Section], doc: Document | None, mode: str) -> dict[int, int]:
    """Gold nodes (or rows) aligned to predicted ones by their `starts`: gold index -> node index."""
    doc_text = doc.text if doc is not None else None
    texts = [[_fold_quotes(t) for t in _node_texts(n, doc_text)] for n in nodes]
    return _align([_fold_quotes(normalize(g.get("starts"))) for g in golds], texts, _starts_strict if mode == "strict" else _starts_soft)


def _record_found(result: DocumentResult, mode: str, fname: str, golds: list[dict[str, Any]], nodes: list[Section],
                  align: dict[int, int], what: str, label: Callable[[int], Any]) -> None:
    """Score of the boundaries: gold `what`s (named by `label`) found, missed, and predicted without gold."""
    aligned = set(align.values())
    notes = [f"missing {what} {label(i)} {golds[i].get('starts')!r}" for i in range(len(golds)) if i not in align]
    notes += [f"unexpected {what} {nodes[j].id} {normalize(nodes[j].text)[:20]!r}" for j in range(len(nodes)) if j not in aligned]
    _record(result, mode, fname, Score(tp=len(align), fp=len(nodes) - len(align), fn=len(golds) - len(align)), notes)


def _add_items(total: Score, notes: list[str], label: Any, g_items: list[Any], p_items: list[Any], match: Callable[[Any, Any], bool]) -> None:
    """Score one node's gold items against its predicted ones into `total`, the misses into `notes`."""
    s, g_miss, p_extra = _count(g_items, p_items, match)
    total.add(s)
    notes += [f"{label}: missing {_show(g_items[k])}" for k in g_miss]
    notes += [f"{label}: unexpected {_show(_brief(p_items[k]))}" for k in p_extra]


def _skipped_on_every_node(fname: str, gsecs: list[dict[str, Any]]) -> bool:
    """True when the gold writer left the field undecided on every node (`skip_<field>` throughout): nobody judged it
    in this document, so items on nodes no gold node aligns with are not judged either (they would count as false
    while the same items on aligned nodes do not)."""
    return bool(gsecs) and all(_declares_skip(fname, g) for g in gsecs)  # a declared skip leaves _gold_field_items None


def _declares_skip(fname: str, g: dict[str, Any]) -> bool:
    if fname == "units":
        return bool(g.get("skip_units")) or (bool(g.get("skip_lead")) and bool(g.get("skip_support")))
    return bool(g.get(f"skip_{fname}"))


def _add_unaligned(total: Score, notes: list[str], key: str, nodes: list[Section], aligned: Iterable[int]) -> bool:
    """Items predicted on nodes no gold node aligns with: all false positives. True when there were any."""
    found = False
    for j, n in enumerate(nodes):
        if j in aligned:
            continue
        p_items = _pred_field_items(key, n)
        found = found or bool(p_items)
        total.fp += len(p_items)
        notes += [f"(unaligned {n.id}): unexpected {_show(_brief(p))}" for p in p_items]
    return found


# ---------------------------------------------------------------- sections


def _evaluate_sections(gsecs: list[dict[str, Any]], doc: Document | None, result: DocumentResult, mode: str) -> None:
    nodes: list[Section] = [n for n in doc.iter_sections() if n.kind != "task_row"] if doc is not None else []
    align = _align_nodes(gsecs, nodes, doc, mode)
    _record_found(result, mode, "nodes", gsecs, nodes, align, "node", lambda i: gsecs[i].get("id"))
    _score_node_attributes(gsecs, nodes, align, result, mode)
    if any("title" in g for g in gsecs):
        _score_node_titles(gsecs, nodes, align, result, mode)
    for fname in EXTRACTION_FIELDS:
        _score_extraction(fname, gsecs, nodes, align, result, mode)


def _level_ok(g: dict[str, Any], n: Section) -> bool:
    if "level" in g and g["level"] != n.level:
        return False
    if "kind" in g and g["kind"] != n.kind:
        return False
    return True


def _score_node_attributes(gsecs: list[dict[str, Any]], nodes: list[Section], align: dict[int, int], result: DocumentResult, mode: str) -> None:
    """Levels, ids and markers of the aligned nodes (ids and markers only when the gold gives any)."""

    def attr_score(fname: str, ok: Callable[[dict[str, Any], Section], bool], describe: Callable[[dict[str, Any], Section], str]) -> None:
        tp, bad = 0, []
        for i, j in align.items():
            if ok(gsecs[i], nodes[j]):
                tp += 1
            else:
                bad.append(f"{gsecs[i].get('id')}: {describe(gsecs[i], nodes[j])}")
        _record(result, mode, fname, Score(tp=tp, fp=len(nodes) - tp, fn=len(gsecs) - tp), bad)

    attr_score("node_levels", _level_ok, lambda g, n: f"gold {g.get('kind')}/{g.get('level')} got {n.kind}/{n.level}")
    if any("id" in g for g in gsecs):
        attr_score("node_ids", lambda g, n: "id" not in g or str(g["id"]) == n.id, lambda g, n: f"got id {n.id}")
    if any("marker" in g for g in gsecs):
        core = normalize if mode == "strict" else _marker_core

        def marker_ok(g: dict[str, Any], n: Section) -> bool:
            return "marker" not in g or core(g["marker"]) == core(n.marker)

        attr_score("node_markers", marker_ok, lambda g, n: f"gold marker {g.get('marker')!r} got {n.marker!r}")


def _score_node_titles(gsecs: list[dict[str, Any]], nodes: list[Section], align: dict[int, int], result: DocumentResult, mode: str) -> None:
    """Titles of the aligned gold nodes that give one; a wrong non-empty title is also a false positive."""
    eq = strict_equal if mode == "strict" else soft_equal
    tp = fp = 0
    bad = []
    titled = [i for i, g in enumerate(gsecs) if g.get("title")]
    for i in titled:
        j = align.get(i)
        if j is None:
            continue
        if eq(gsecs[i]["title"], nodes[j].title):
            tp += 1
        else:
            if normalize(nodes[j].title):
                fp += 1
            bad.append(f"{gsecs[i].get('id')}: gold title {gsecs[i]['title']!r} got {nodes[j].title!r}")
    _record(result, mode, "node_titles", Score(tp=tp, fp=fp, fn=len(titled) - tp), bad)


def _score_extraction(fname: str, gsecs: list[dict[str, Any]], nodes: list[Section], align: dict[int, int], result: DocumentResult, mode: str) -> None:
    """One extraction field (units, lead, targets, …) over every gold node that is evaluated for it, and the
    items of unaligned nodes; recorded only when something was evaluated or predicted."""
    match = _extraction_match(fname, mode)
    total, notes, evaluated = Score(), [], False
    for i, g in enumerate(gsecs):
        g_items = _gold_field_items(fname, g)
        if g_items is None:
            continue
        evaluated = True
        j = align.get(i)
        p_items = _pred_field_items(fname, nodes[j]) if j is not None else []
        _add_items(total, notes, g.get("id"), g_items, p_items, match)
    if not _skipped_on_every_node(fname, gsecs) and _add_unaligned(total, notes, fname, nodes, set(align.values())):
        evaluated = True
    if evaluated:
        _record(result, mode, fname, total, notes)


# ---------------------------------------------------------------- task rows


_ROW_FIELDS = {"row_lead": "lead", "row_support": "support", "row_mode": "mode", "row_deadlines": "deadlines", "row_targets": "targets"}
_ROW_OPTIONAL = {"mode", "targets"}  # scored only on gold rows that give them


def _evaluate_task_rows(grows: list[dict[str, Any]], doc: Document | None, result: DocumentResult, mode: str) -> None:
    """Rows of the task tables: found (``task_rows``), then what each aligned row carries."""
    rows = [n for n in doc.iter_sections() if n.kind == "task_row"] if doc is not None else []
    align = _align_nodes(grows, rows, doc, mode)
    _record_found(result, mode, "task_rows", grows, rows, align, "row", lambda i: i + 1)
    for fname, key in _ROW_FIELDS.items():
        _score_row_field(fname, key, grows, rows, align, result, mode)


def _score_row_field(fname: str, key: str, grows: list[dict[str, Any]], rows: list[Section], align: dict[int, int],
                     result: DocumentResult, mode: str) -> None:
    """One field of the task rows (`key` of the gold row) as `fname`; an optional field is scored only on the
    gold rows that give it, and not on unaligned rows."""
    match = _extraction_match(key, mode)
    total, notes, evaluated = Score(), [], False
    for i, g in enumerate(grows):
        if g.get(f"skip_{key}") or (key in _ROW_OPTIONAL and key not in g):
            continue
        evaluated = True
        value = g.get(key)
        g_items = [] if value is None else ([value] if key == "mode" else list(value))
        j = align.get(i)
        p_items = _pred_field_items(key, rows[j]) if j is not None else []
        _add_items(total, notes, f"row {i + 1}", g_items, p_items, match)
    if key not in _ROW_OPTIONAL:
        _add_unaligned(total, notes, key, rows, set(align.values()))
    if evaluated:
        _record(result, mode, fname, total, notes)


def _brief(item: Any) -> Any:
    """A short, JSON-able view of a predicted extraction item for mismatch notes."""
    if isinstance(item, str):
        return item
    if hasattr(item, "canonical"):
        return item.canonical
    if hasattr(item, "model_dump"):
        data = item.model_dump(exclude={"span", "text"})
        return {k: v for k, v in data.items() if v not in (None, False)}
    return item


# ---------------------------------------------------------------- corpus


def load_gold(path: Path | str) -> dict[str, Any]:
    """Read one gold JSON file."""
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    if not isinstance(data, dict) or "document" not in data:
        raise ValueError(f"{path}: a gold file is a JSON object with a 'document' key")
    return data


def _repo_root(gold_dir: Path, document: Path) -> Path:
    """The nearest ancestor of `gold_dir` under which `document` exists (tests/gold, tests/heldout/gold, …)."""
    for ancestor in gold_dir.resolve().parents:
        if (ancestor / document).exists():
            return ancestor
    return gold_dir.resolve().parent.parent


def evaluate(
    gold_dir: Path | str,
    parse_fn: Callable[[Path], Document],
    *,
    root: Path | str | None = None,
    pattern: str = "*.json",
) -> EvalReport:
    """Parse every document named by the gold files in `gold_dir` with `parse_fn` and score it.

    Each gold file's ``document`` is a path relative to `root`, by default the nearest ancestor
    of `gold_dir` that holds it (the repository root for ``tests/gold`` and ``tests/heldout/gold``). A document whose parse raises is
    scored as an empty prediction and its error is recorded.
    """
    gold_dir = Path(gold_dir)
    report = EvalReport()
    for gold_path in sorted(gold_dir.glob(pattern)):
        gold = load_gold(gold_path)
        doc_path = Path(gold["document"])
        if not doc_path.is_absolute():
            doc_path = (Path(root) if root is not None else _repo_root(gold_dir, doc_path)) / doc_path
        doc: Document | None = None
        error = None
        try:
            doc = parse_fn(doc_path)
            if not isinstance(doc, Document):
                raise TypeError(f"parse_fn returned {type(doc).__name__}, not a Document")
        except Exception as exc:  # noqa: BLE001 - a failed parse is a result, not a crash
            doc = None
            error = f"{type(exc).__name__}: {exc}"
        report.documents.append(evaluate_document(gold, doc, name=gold_path.stem, error=error))
    return EvalReport.of(report.documents)


# ---------------------------------------------------------------- output


def _pct(x: float) -> str:
    return f"{100 * x:6.1f}"


def format_report(report: EvalReport, *, details: bool = False) -> str:
    """Fixed-width table: per field P / R / F1 / document accuracy, strict and soft."""
    n = report.n_documents
    lines = [f"policyparse evaluation: {n} documents, {len(report.errors)} failed to parse", ""]
    lines += _field_table(report)
    lines.append("")
    lines += _document_summary(report)
    if details:
        lines.append("")
        lines.append("strict mismatches:")
        for d in report.documents:
            if d.mismatches["strict"]:
                lines.append(f"  {d.name}:")
                lines += [f"    {m}" for m in d.mismatches["strict"]]
    return "\n".join(lines)


def _score_row(label: str, s: Score, t: Score, *, accuracy: bool = True) -> str:
    """One row of the table: the label, gold / predicted counts, strict then soft P / R / F1 (and accuracy)."""
    s_acc, t_acc = (_pct(s.accuracy), _pct(t.accuracy)) if accuracy else ("", "")
    return (
        f"{label:<18}{s.gold:>6}{s.predicted:>6} | {_pct(s.precision):>8}{_pct(s.recall):>7}{_pct(s.f1):>7}{s_acc:>7} | "
        f"{_pct(t.precision):>8}{_pct(t.recall):>7}{_pct(t.f1):>7}{t_acc:>7}"
    )


def _macro_row(label: str, ms: dict[str, float], mt: dict[str, float]) -> str:
    """A group's macro average: P / R / F1 of the fields' scores averaged, no counts and no accuracy."""
    return (
        f"{label:<18}{'':>6}{'':>6} | {_pct(ms['precision']):>8}{_pct(ms['recall']):>7}{_pct(ms['f1']):>7}{'':>7} | "
        f"{_pct(mt['precision']):>8}{_pct(mt['recall']):>7}{_pct(mt['f1']):>7}{'':>7}"
    )


def _field_table(report: EvalReport) -> list[str]:
    """The table's lines: a row per field under its group, the group's micro and macro averages, all fields' micro."""
    head = f"{'field':<18}{'gold':>6}{'pred':>6} | {'strict P':>8}{'R':>7}{'F1':>7}{'acc':>7} | {'soft P':>8}{'R':>7}{'F1':>7}{'acc':>7}"
    rule = "-" * len(head)
    lines = [head, rule]
    for group, names in GROUPS.items():
        present = [f for f in names if f in report.fields["strict"]]
        if not present:
            continue
        lines.append(f"[{group}]")
        lines += [_score_row(fname, report.score(fname, "strict"), report.score(fname, "soft")) for fname in present]
        lines.append(_score_row("  micro avg", report.group(group, "strict"), report.group(group, "soft"), accuracy=False))
        lines.append(_macro_row("  macro avg", report.macro(group, "strict"), report.macro(group, "soft")))
    lines.append(rule)
    lines.append(_score_row("all fields micro", report.group(None, "strict"), report.group(None, "soft"), accuracy=False))
    return lines


def _document_summary(report: EvalReport) -> list[str]:
    """Documents entirely right per mode, those with no node found, and the parse failures."""
    n = report.n_documents
    lines = []
    for mode in MODES:
        k = report.documents_correct(mode)
        lines.append(f"documents entirely right ({mode}): {k}/{n} ({_pct(report.fully_correct(mode)).strip()}%)")
    empty = report.empty_trees()
    lines.append(f"documents with no node found where the gold has some: {len(empty)}" + (f" ({', '.join(empty)})" if empty else ""))
    if report.errors:
        lines.append("")
        lines.append("parse failures:")
        lines += [f"  {d.name}: {d.error}" for d in report.errors]
    return lines


if __name__ == "__main__":  # pragma: no cover - `python -m policyparse.evaluate` is `policyparse eval`
    from policyparse.cli import app

    app(["eval", *sys.argv[1:]])
