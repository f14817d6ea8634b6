"""The repair log: what each named step changed, typed, with where each example stands.

Like ftfy's explanation, the log is what a reader checks and what a test replays. Every step is named once
in `StepName` (the catalogue); a step counts its edits with `record` (an example kept) or `count` (no
example), never by editing the counters from outside.

Spans are taken at the moment of the edit: a step that knows where its replacement stands in the text it
returns passes `at=` to `record`. Once the step has returned (or a phase of it, for a step that edits in
turns: it calls `settle` on the text of that phase), `settle` turns that offset into the example's
place among the occurrences of the same text (its ordinal, and a few characters around it), and `span_in`
carries it to the final text: the same ordinal where later steps left the count of occurrences alone, else
the one occurrence its surrounding characters (or its text alone) still name, else none (a later step
removed it, or it stands at several places none of which can be told: null rather than a guess). An example recorded without `at` is found by its first occurrence, as
before spans were taken at the edit.

Warnings are kinds of the catalogue in errors.py (`warn("gbk_guessed", run=…, filled=…)`). A warning about a
piece of the text names it as `about`, with `at`, its offset in the text the step returns, and is carried to
the final text as an example is; one about the whole document, or about text the step removed, has no span.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple, get_args

from policyparse.errors import warning_kind

MAX_EXAMPLES = 5

# Every step repair runs, in the order it runs them (see repair/__init__.py for why this order).
StepName = Literal[
    "decode",
    "document_mojibake",
    "json_escapes",
    "markdown",
    "html",
    "ruby_pinyin",
    "mojibake",
    "gbk_realign",
    "entities",
    "line_ends",
    "glyph_variants",
    "t2s",
    "regional_terms",
    "width",
    "paragraphs",
    "contents",
    "web_noise",
    "punctuation",
    "quotes",
    "cell_borders",
    "hard_wraps",
    "glued_entries",
    "duplicate_copy",
    "whitespace",
]
STEP_NAMES: tuple[str, ...] = get_args(StepName)


@dataclass
class StepLog:
    """What one step changed: a count, a few examples (with where they stand), warnings."""

    name: str
    changes: int = 0
    examples: list[tuple[str, str]] = field(default_factory=list)
    # per example: the offset of `after` in the text the step (or its phase) returns, None when not known at
    # the edit; then, once that text is there (settle), its place among the occurrences of `after` in it
    at: list[int | None] = field(default_factory=list)
    places: list[Place | None] = field(default_factory=list)
    # the warnings raised, in order, and (once settled) the place of the text each is about
    warned: list[Warned] = field(default_factory=list)
    warned_places: list[Place | None] = field(default_factory=list)

    def record(self, before: str, after: str, count: int = 1, *, at: int | None = None) -> None:
        """`count` edits, one of them `before` -> `after`, kept as an example (the first few that differ);
        `at`: where `after` stands in the text the step returns."""
        self.changes += count
        if len(self.examples) < MAX_EXAMPLES and (before, after) not in self.examples:
            self.examples.append((before, after))
            self.at.append(at)

    def count(self, n: int = 1) -> None:
        """`n` more edits, none kept as an example."""
        self.changes += n

    def warn(self, kind: str, *, about: str | None = None, at: int | None = None, **fields: Any) -> None:
        """A warning of the catalogue's `kind` (errors.WARNING_KINDS), its message made from `fields`; `about`:
        the text it is about, standing at `at` in the text the step returns (no span without both)."""
        warning_kind(kind).message(**fields)  # an unknown kind or a missing field fails here, at the step
        self.warned.append(Warned(kind, fields, about, at))

    @property
    def warnings(self) -> list[str]:
        """The warnings as `repair.warnings` writes them."""
        return [warning_kind(w.kind).text(self.name, warning_kind(w.kind).message(**w.fields)) for w in self.warned]

    def settle(self, text: str) -> None:
        """The examples and warnings recorded since the last settle have their `at` in `text` (what the step,
        or one phase of it, returned): fix their places in it while the offsets still hold."""
        for k in range(len(self.places), len(self.examples)):
            self.places.append(_place(text, self.examples[k][1], self.at[k]))
        for w in self.warned[len(self.warned_places):]:
            self.warned_places.append(_place(text, w.about, w.at) if w.about else None)

    def spans(self, final: str) -> list[tuple[int, int] | None]:
        """Where each example's `after` stands in the final text (None: gone, or nothing to point at)."""
        places = self.places + [None] * (len(self.examples) - len(self.places))
        return [span_in(final, after, place) for (_, after), place in zip(self.examples, places)]

    def warning_spans(self, final: str) -> list[tuple[int, int] | None]:
        """Where the text each warning is about stands in the final text (None: no such text, or gone)."""
        places = self.warned_places + [None] * (len(self.warned) - len(self.warned_places))
        return [span_in(final, w.about, place) if place is not None else None for w, place in zip(self.warned, places)]


class Warned(NamedTuple):
    """A warning a step raised: its kind, the fields of its message, and the text it is about (at `at`)."""

    kind: str
    fields: dict[str, Any]
    about: str | None
    at: int | None


class NullLog:
    """A log that keeps nothing: for a step's helper run on a piece of text whose edits the step logs itself."""

    changes = 0

    def record(self, before: str, after: str, count: int = 1, *, at: int | None = None) -> None:
        pass

    def count(self, n: int = 1) -> None:
        pass

    def warn(self, kind: str, *, about: str | None = None, at: int | None = None, **fields: Any) -> None:
        pass

    def settle(self, text: str) -> None:
        pass


_CONTEXT = 8  # characters kept on each side of an example, to find it again when later steps changed its count


class Place(NamedTuple):
    """Where an example stood in the text its step returned."""

    offset: int
    ordinal: int  # occurrences of the example's text before it
    total: int  # occurrences of the example's text in that text
    length: int  # that text's length
    left: str  # the characters just before and after it
    right: str


def _place(text: str, fragment: str, at: int | None) -> Place | None:
    """The place of `fragment` at `at` in `text`; None when `at` is unknown or does not hold the fragment."""
    if at is None or not fragment.strip() or text[at:at + len(fragment)] != fragment:
        return None
    end = at + len(fragment)
    before = text.count(fragment, 0, at)  # the two counts scan the text once between them
    return Place(at, before, before + text.count(fragment, at), len(text),
                 text[max(0, at - _CONTEXT):at], text[end:end + _CONTEXT])


def span_in(final: str, fragment: str, place: Place | None) -> tuple[int, int] | None:
    """The span of `fragment` in the final text at the occurrence `place` names (the first when it names
    none): the same ordinal while later steps left the number of occurrences alone; else the one place its
    context (or the fragment alone) still names as one place; else None."""
    if not fragment.strip():
        return None
    if place is None:
        at = final.find(fragment)
        return (at, at + len(fragment)) if at >= 0 else None
    found = final.count(fragment)
    if found == place.total:
        at = final.find(fragment)
        for _ in range(place.ordinal):
            at = final.find(fragment, at + len(fragment))
        return (at, at + len(fragment)) if at >= 0 else None
    if found == 0:
        return None
    if found < place.total and place.ordinal == 0:
        at = final.find(fragment)  # occurrences were only taken away: the first that stands is the first there was
        return at, at + len(fragment)
    # the one place its surroundings (both sides, else one side) still name, else the one place it stands at all
    for left, right in ((place.left, place.right), (place.left, ""), ("", place.right)):
        framed = left + fragment + right
        if (left or right) and final.count(framed) == 1:
            at = final.find(framed) + len(left)
            return at, at + len(fragment)
    if found == 1:
        at = final.find(fragment)
        return at, at + len(fragment)
    return None  # a later step removed it, or left it standing at several places none of which can be told


def check_skip(skip: frozenset[str] | set[str]) -> frozenset[str]:
    """The names in `skip`, each one a step (ValueError names any that is not)."""
    unknown = sorted(set(skip) - set(STEP_NAMES))
    if unknown:
        raise ValueError(f"unknown repair step(s): {', '.join(unknown)}; the steps are: {', '.join(STEP_NAMES)}")
    return frozenset(skip)
