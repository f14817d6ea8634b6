"""Stage 1, repair: raw bytes (or text) -> clean Simplified text, plus a report of every change.

Like ftfy, repair is a sequence of small named steps, each a function ``(text, log) -> text``
that records what it changed. The order is fixed here; a step that changes nothing leaves no
trace in the report. Ruby pinyin goes first: tone-marked letters such as `(nèi)` are Latin-1
characters, which the mojibake detector would otherwise read as GBK bytes. Byte decoding and HTML reduction run first because they decide what the
text *is*; the text steps follow in the order their inputs need (mojibake before script
conversion, script conversion before the noise patterns, which are written in Simplified; hard
wraps before duplicate detection, which compares paragraphs). Line ends are normalised as soon as
the text is readable, and lost paragraphs are restored once the script and widths are settled
(markers are matched in Simplified, ASCII-digit form), before any step that works line by line. The cell
borders of a task table copied as text become tabs before hard wraps are joined and blanks tidied.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from policyparse.models import DamagedSpan, RepairExample, RepairReport, RepairStep
from policyparse.repair import cells, contents, decode, html, layout, markdown, mojibake, noise, paragraphs, script

MAX_EXAMPLES = 5
REPLACEMENT = "\ufffd"


@dataclass
class StepLog:
    """What one step changed: a count, a few examples, warnings."""

    name: str
    changes: int = 0
    examples: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def record(self, before: str, after: str, count: int = 1) -> None:
        self.changes += count
        if len(self.examples) < MAX_EXAMPLES and (before, after) not in self.examples:
            self.examples.append((before, after))

    def warn(self, message: str) -> None:
        self.warnings.append(f"{self.name}: {message}")


TextStep = Callable[[str, StepLog], str]

# The order of the text steps, named once.
TEXT_STEPS: list[tuple[str, TextStep]] = [
    ("ruby_pinyin", script.remove_ruby_pinyin),
    ("mojibake", mojibake.fix_mojibake),
    ("gbk_realign", mojibake.fix_misaligned_gbk),
    ("line_ends", paragraphs.normalise_line_ends),
    ("t2s", script.to_simplified),
    ("regional_terms", script.mainland_terms),
    ("width", layout.normalise_width),
    ("paragraphs", paragraphs.restore_paragraphs),
    ("contents", contents.drop_table_of_contents),
    ("web_noise", noise.remove_web_noise),
    ("punctuation", layout.normalise_punctuation),
    ("cell_borders", cells.keep_cell_borders),
    ("hard_wraps", layout.join_hard_wraps),
    ("duplicate_copy", layout.drop_duplicate_copy),
    ("whitespace", layout.normalise_whitespace),
]


@dataclass
class Repaired:
    text: str
    encoding: str
    encoding_confidence: float
    report: RepairReport
    html_meta: dict[str, str] = field(default_factory=dict)


def repair_text(text: str) -> tuple[str, list[StepLog]]:
    """Run the text steps over already-decoded text."""
    logs = []
    for name, step in TEXT_STEPS:
        log = StepLog(name)
        text = step(text, log)
        logs.append(log)
    return text, logs


def repair(source: bytes | str, *, filename: str | None = None) -> Repaired:
    """Decode (when given bytes), reduce HTML to its article, then run every text step."""
    logs: list[StepLog] = []
    if isinstance(source, bytes):
        log = StepLog("decode")
        decoded = decode.decode_bytes(source, log, filename=filename)
        logs.append(log)
        text, encoding, confidence = decoded.text, decoded.encoding, decoded.confidence
    else:
        text, encoding, confidence = source, "utf-8", 1.0
    # A file garbled end to end is undone before anything reads its markup or structure.
    log = StepLog("document_mojibake")
    text = mojibake.undo_document_mojibake(text, log)
    logs.append(log)
    html_meta: dict[str, str] = {}
    if markdown.looks_like_markdown(text):
        log = StepLog("markdown")
        text, html_meta = markdown.to_plain(text, log)
        logs.append(log)
    if html.looks_like_html(text, filename):
        log = StepLog("html")
        text, page_meta = html.extract_article(text, log)
        html_meta = {**page_meta, **html_meta}
        logs.append(log)
    text, text_logs = repair_text(text)
    logs.extend(text_logs)
    return Repaired(text, encoding, confidence, _report(text, logs), html_meta)


def _report(text: str, logs: list[StepLog]) -> RepairReport:
    steps = []
    warnings: list[str] = []
    for log in logs:
        warnings.extend(log.warnings)
        if not log.changes:
            continue
        steps.append(
            RepairStep(
                name=log.name,
                changes=log.changes,
                examples=[RepairExample(before=b, after=a, span=_locate(text, a)) for b, a in log.examples],
            )
        )
    damaged = [DamagedSpan(span=span, reason="unrecoverable bytes, kept as U+FFFD") for span in _replacement_runs(text)]
    for d in damaged:
        start, end = d.span
        warnings.append(f"unrecovered text at [{start}, {end}]: …{text[max(0, start - 8):end + 8]}…")
    return RepairReport(steps=steps, warnings=warnings, damaged=damaged)


def _locate(text: str, fragment: str) -> tuple[int, int] | None:
    """Span of `fragment` in the final text, if it survived the later steps unchanged."""
    if not fragment.strip():
        return None
    at = text.find(fragment)
    return (at, at + len(fragment)) if at >= 0 else None


def _replacement_runs(text: str) -> list[tuple[int, int]]:
    runs = []
    start = text.find(REPLACEMENT)
    while start >= 0:
        end = start
        while end < len(text) and text[end] == REPLACEMENT:
            end += 1
        runs.append((start, end))
        start = text.find(REPLACEMENT, end)
    return runs
