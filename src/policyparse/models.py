"""The output contract. These models are the single source of truth for the JSON Schema.

Schema version 1.1 (1.0 plus additive fields): fields named in the contract keep their names and
meanings; later versions may add fields, never rename or repurpose them. 1.1 adds ``Document.format``,
what the reader found in the file itself, the ``task_row`` node kind (a row of a task table) and
``Section.cells``.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.1"

Span = tuple[int, int]
"""Half-open character offsets into ``Document.text``: ``text[start:end]``."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


# ---------------------------------------------------------------- source / repair


class Source(_Model):
    path: str | None = Field(None, description="Path the document was read from, as given; null for in-memory input.")
    sha256: str = Field(description="SHA-256 of the raw input bytes (UTF-8 bytes for str input).")
    size_bytes: int
    encoding: str = Field(description="Encoding the bytes were decoded with, e.g. utf-8, utf-8-sig, gb18030, big5, utf-16-le; 'mixed' when repaired run by run.")
    encoding_confidence: float = Field(ge=0.0, le=1.0)


class RepairExample(_Model):
    before: str
    after: str
    span: Span | None = Field(None, description="Where `after` stands in the repaired text; null when it cannot be located (e.g. a removal).")


class RepairStep(_Model):
    name: str = Field(description="Step name, e.g. decode, html, mojibake, gbk_realign, line_ends, ruby_pinyin, t2s, regional_terms, width, paragraphs, contents, punctuation, web_noise, cell_borders, hard_wraps, duplicate_copy, whitespace.")
    changes: int = Field(ge=0, description="How many edits the step made.")
    examples: list[RepairExample] = Field(default_factory=list, description="A few before -> after examples.")


class DamagedSpan(_Model):
    span: Span
    reason: str


class RepairReport(_Model):
    steps: list[RepairStep] = Field(default_factory=list, description="Only the steps that changed something, in the order they ran.")
    warnings: list[str] = Field(default_factory=list)
    damaged: list[DamagedSpan] = Field(default_factory=list, description="Text that could not be recovered and stays visibly marked (U+FFFD).")


# ---------------------------------------------------------------- metadata


class CitedDocument(_Model):
    title: str = Field(description="Title as written inside 《》, without the brackets.")
    doc_number: str | None = None


class PlanPeriod(_Model):
    start: int
    end: int


class Metadata(_Model):
    title: str | None = None
    plan_title: str | None = Field(None, description="Title of the document the notice issues, with its 《》.")
    doc_number: str | None = Field(None, description="发文字号, normalised: 〔YYYY〕 brackets, 号.")
    issuer: str | None = None
    issue_date: str | None = Field(None, description="成文日期, ISO YYYY-MM-DD.")
    publish_date: str | None = Field(None, description="发布日期, ISO YYYY-MM-DD.")
    addressees: list[str] = Field(default_factory=list)
    index_number: str | None = None
    topic: str | None = None
    validity: str | None = None
    contact: str | None = None
    disclosure: str | None = None
    attachments: list[str] = Field(default_factory=list)
    cited_documents: list[CitedDocument] = Field(default_factory=list)
    plan_period: PlanPeriod | None = None
    doc_type: str | None = None


# ---------------------------------------------------------------- extraction


UnitLevel = Literal["国家", "省", "市", "县", "镇"]
UnitKind = Literal["government", "party", "mass_organisation", "university", "enterprise", "institution", "collective", "other"]


class Unit(_Model):
    name: str = Field(description="As written in the text.")
    canonical: str = Field(description="Canonical name from the units lexicon, or the name itself.")
    span: Span
    level: UnitLevel | None = None
    kind: UnitKind | None = None
    in_lexicon: bool = False


class Responsibility(_Model):
    lead: list[Unit] = Field(default_factory=list)
    support: list[Unit] = Field(default_factory=list)
    mode: Literal["lead_support", "joint", "all", "listed"]
    raw: str = Field(description="The responsibility note as written.")
    span: Span | None = None
    inherited_from: str | None = Field(None, description="Id of the heading whose note this item inherits.")


Comparator = Literal["eq", "gte", "gt", "lte", "lt", "approx"]


class Target(_Model):
    metric: str | None = None
    value: float
    value_max: float | None = Field(None, description="Upper end of a range (3-5个).")
    unit: str | None = Field(None, description="%, 人次, 场, 个, …")
    comparator: Comparator = "eq"
    year: int | None = None
    recurrence: Literal["yearly", "quarterly", "monthly"] | None = None
    text: str
    span: Span


class Deadline(_Model):
    text: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    date: str | None = Field(None, description="ISO date when year, month and day are all known.")
    recurrence: Literal["yearly", "quarterly", "monthly"] | None = None
    kind: Literal["by", "period"]
    ongoing: bool = Field(False, description="长期坚持 / 持续推进: no date.")
    span: Span


# ---------------------------------------------------------------- format (schema 1.1)


FormatName = Literal["text", "html", "markdown", "docx", "pdf", "ofd", "doc", "wps"]


class PageFields(_Model):
    """The 信息公开 fields a saved web page carries around its article (its <meta> tags and the 索引号 /
    发文字号 / 成文日期 table), as found; ``metadata`` holds what the document itself says."""

    title: str | None = None
    publish_date: str | None = Field(None, description="ISO YYYY-MM-DD.")
    index_number: str | None = None
    doc_number: str | None = None
    issuer: str | None = None
    issue_date: str | None = Field(None, description="ISO YYYY-MM-DD.")
    topic: str | None = None
    validity: str | None = None
    contact: str | None = None


class Furniture(_Model):
    """Page furniture the reader set aside: running headers and footers, page numbers."""

    removed: int = Field(0, ge=0, description="Lines set aside.")
    examples: list[str] = Field(default_factory=list, description="A few of them, as they were.")


class FormatMetadata(_Model):
    """What the file itself says about the document, before any reading of its text."""

    format: FormatName = Field(description="The format the reader recognised, by the bytes first and the name second.")
    reader: str | None = Field(None, description="The library or program that read it, e.g. pypdfium2, antiword.")
    page_count: int | None = Field(None, ge=0)
    producer: str | None = Field(None, description="The program that wrote the file (PDF Producer, DOCX Application, OFD Creator).")
    creator: str | None = Field(None, description="The authoring program (PDF Creator) or author name recorded in the file.")
    title: str | None = Field(None, description="The title embedded in the file's properties (often a file name; not the notice's title).")
    created: str | None = Field(None, description="Creation date embedded in the file, ISO 8601.")
    modified: str | None = Field(None, description="Modification date embedded in the file, ISO 8601.")
    tables: int = Field(0, ge=0, description="Tables read as rows of cells (one line per row, cells joined by a tab).")
    furniture: Furniture = Field(default_factory=Furniture)
    page_fields: PageFields | None = Field(None, description="A saved web page's 信息公开 fields (a Markdown file's front matter); null for other formats.")


# ---------------------------------------------------------------- structure


SectionKind = Literal["preamble", "addressee", "heading", "item", "paragraph", "signature", "closing", "attachment", "task_row"]


class Section(_Model):
    id: str = Field(description='Path of positions in the tree, e.g. "2.1.3".')
    kind: SectionKind = "item"
    level: int = Field(description="1 for 一、, 2 for （一）, 3 for 1., 4 for （1）, deeper styles below.")
    marker: str | None = Field(None, description="As written, brackets normalised to full width; null for un-numbered nodes.")
    number: int | None = None
    inferred: bool = Field(False, description="A level the document leaves out, inferred from restarting numbering.")
    title: str | None = None
    text: str = Field(description="The node's own text, children excluded.")
    span: Span = Field(description="text[start:end] is the node, children included.")
    responsibility: Responsibility | None = None
    targets: list[Target] = Field(default_factory=list)
    deadlines: list[Deadline] = Field(default_factory=list)
    children: list[Section] = Field(default_factory=list)
    cells: dict[str, str] | None = Field(
        None,
        description="A task_row node's cells: column name (as the table's header row prints it, blanks removed) -> cell text, "
        "merged cells filled in from the row above; null for every other node.",
    )


class Document(_Model):
    schema_version: Literal["1.0", "1.1"] = SCHEMA_VERSION
    source: Source
    format: FormatMetadata | None = Field(None, description="Schema 1.1: the input format and what the file itself records.")
    repair: RepairReport
    metadata: Metadata
    sections: list[Section]
    text: str | None = Field(description="The repaired text; every span indexes into it (null with --no-text).")

    def iter_sections(self):
        """All sections, depth first, in document order."""
        stack = list(reversed(self.sections))
        while stack:
            node = stack.pop()
            yield node
            stack.extend(reversed(node.children))


Section.model_rebuild()
