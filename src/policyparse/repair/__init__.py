"""Stage 1, repair: raw bytes (or text) -> clean Simplified text, plus a report of every change.

Like ftfy, repair is a sequence of small named steps, each a function ``(text, log) -> text``
that records what it changed. The order is fixed here; a step that changes nothing leaves no
trace in the report. Ruby pinyin goes first: tone-marked letters such as `(nèi)` are Latin-1
characters, which the mojibake detector would otherwise read as GBK bytes. Byte decoding and HTML reduction run first because they decide what the
text *is*; the text steps follow in the order their inputs need (mojibake before script
conversion, look-alike glyphs (a PDF font's Kangxi radicals) before script conversion, script conversion before the noise patterns, which are written in Simplified; hard
wraps before duplicate detection, which compares paragraphs). Line ends are normalised as soon as
the text is readable, and lost paragraphs are restored once the script and widths are settled
(markers are matched in Simplified, ASCII-digit form), before any step that works line by line. The cell
borders of a task table copied as text become tabs before hard wraps are joined and blanks tidied.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from policyparse.models import DamagedSpan, RepairExample, RepairReport, RepairStep, built, built_each
from policyparse.repair import cells, census, contents, decode, html, layout, markdown, mojibake, noise, paragraphs, quotes, script
from policyparse.repair.log import MAX_EXAMPLES, STEP_NAMES, StepLog, StepName, check_skip

__all__ = ["MAX_EXAMPLES", "STEP_NAMES", "TEXT_STEPS", "Repaired", "StepLog", "StepName", "repair", "repair_text"]

REPLACEMENT = "\ufffd"


TextStep = Callable[[str, StepLog], str]

# The order of the text steps, named once.
TEXT_STEPS: list[tuple[StepName, TextStep]] = [
    ("ruby_pinyin", script.remove_ruby_pinyin),
    ("mojibake", mojibake.fix_mojibake),
    ("gbk_realign", mojibake.fix_misaligned_gbk),
    ("entities", html.decode_stray_entities),
    ("line_ends", paragraphs.normalise_line_ends),
    ("glyph_variants", script.unify_glyph_variants),
    ("t2s", script.to_simplified),
    ("regional_terms", script.mainland_terms),
    ("width", layout.normalise_width),
    ("paragraphs", paragraphs.restore_paragraphs),
    ("contents", contents.drop_table_of_contents),
    ("web_noise", noise.remove_web_noise),
    ("punctuation", layout.normalise_punctuation),
    ("quotes", quotes.fix_mixed_quotes),
    ("cell_borders", cells.keep_cell_borders),
    ("hard_wraps", layout.join_hard_wraps),
    ("glued_entries", paragraphs.cut_glued_entries),
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


def repair_text(text: str, skip: frozenset[str] = frozenset()) -> tuple[str, list[StepLog]]:
    """Run the text steps over already-decoded text (but those named in `skip`)."""
    logs = []
    try:
        for name, step in TEXT_STEPS:
            if name in skip:
                continue
            log = StepLog(name)
            text = step(text, log)
            if log.examples or log.warned:  # most steps change nothing: settling an empty log does nothing
                log.settle(text)
            logs.append(log)
    finally:
        census.forget()  # the steps that share a scan of the text have run
    return text, logs


def repair(source: bytes | str, *, filename: str | None = None, skip: frozenset[str] | set[str] = frozenset()) -> Repaired:
    """Decode (when given bytes), reduce HTML to its article, then run every text step.

    `skip` names steps to leave out (any of STEP_NAMES but decode, which bytes always need): the text
    then shows what that one step did, as ftfy's fixer options let a caller switch one fix off.
    """
    skip = check_skip(skip)
    if "decode" in skip:
        raise ValueError("the decode step cannot be skipped: bytes have to become text")
    logs: list[StepLog] = []
    if isinstance(source, bytes):
        log = StepLog("decode")
        decoded = decode.decode_bytes(source, log, filename=filename)
        logs.append(log)
        text, encoding, confidence = decoded.text, decoded.encoding, decoded.confidence
    else:
        text, encoding, confidence = source, "utf-8", 1.0
    html_meta: dict[str, str] = {}
    # A file garbled end to end is undone before anything reads its markup or structure.
    if "document_mojibake" not in skip:
        text = _run(logs, "document_mojibake", mojibake.undo_document_mojibake, text)
    if "json_escapes" not in skip:  # a crawler's JSON export: the page's characters as \uXXXX
        text = _run(logs, "json_escapes", decode.undo_json_escapes, text)
    if "markdown" not in skip and markdown.looks_like_markdown(text):
        log = StepLog("markdown")
        text, html_meta = markdown.to_plain(text, log)
        log.settle(text)
        logs.append(log)
    if "html" not in skip and html.looks_like_html(text, filename):
        log = StepLog("html")
        text, page_meta = html.extract_article(text, log)
        log.settle(text)
        html_meta = {**page_meta, **html_meta}
        logs.append(log)
    text, text_logs = repair_text(text, skip)
    logs.extend(text_logs)
    return Repaired(text, encoding, confidence, _report(text, logs), html_meta)


def _run(logs: list[StepLog], name: StepName, step: TextStep, text: str) -> str:
    log = StepLog(name)
    text = step(text, log)
    log.settle(text)
    logs.append(log)
    return text


def _report(text: str, logs: list[StepLog]) -> RepairReport:
    steps = []
    for log in logs:
        if not log.changes:
            continue
        # typed already (StepLog keeps str pairs, span_in gives an int pair or None): built without pydantic's
        # check, a third of a small model's cost, for the few examples of every step that changed the text
        examples = built_each(RepairExample, [{"before": b, "after": a, "span": span}
                                              for (b, a), span in zip(log.examples, log.spans(text))])
        # the step too: its name one of StepName's, its count a positive int (StepLog adds int counts to 0, and a
        # step that changed nothing was passed over above), its examples the list just built (pydantic's check of
        # them, one by one, was most of the ≈ 13 K instructions a RepairStep cost)
        steps.append(built(RepairStep, {"name": log.name, "changes": log.changes, "examples": examples}))
    damaged = [DamagedSpan(span=span, reason="unrecoverable bytes, kept as U+FFFD") for span in _replacement_runs(text)]
    report = RepairReport(steps=steps, damaged=damaged)
    for log in logs:
        if not log.warned:
            continue  # most logs: the spans of no warnings, two list builds a log, spared
        for warned, span in zip(log.warned, log.warning_spans(text)):
            report.add_warning(warned.kind, step=log.name, span=span, **warned.fields)
    for d in damaged:
        start, end = d.span
        report.add_warning("unrecovered_text", span=d.span, start=start, end=end, context=text[max(0, start - 8):end + 8])
    return report


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
