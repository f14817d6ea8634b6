"""The output contract. These models are the single source of truth for the JSON Schema.

Schema version 1.2 (1.0 plus additive fields): fields named in the contract keep their names and
meanings; later versions may add fields, never rename or repurpose them. 1.1 adds ``Document.format``,
what the reader found in the file itself, the ``task_row`` node kind (a row of a task table) and
``Section.cells``. 1.2 adds ``RepairReport.warning_records``: each warning of ``RepairReport.warnings``
as a record with its code (the catalogue in errors.py), step and span; ``warnings`` stays as it was.
"""

from __future__ import annotations

import functools
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from policyparse.errors import warning_kind

SCHEMA_VERSION = "1.2"

Span = tuple[int, int]
"""Half-open character offsets into ``Document.text``: ``text[start:end]``."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


# ---------------------------------------------------------------- source / repair


class Source(_Model):
    path: str | None = Field(None, description="Path the document was read from, as given; null for in-memory input.")
    sha256: str = Field(description="SHA-256 of the raw input bytes (UTF-8 bytes for str input).")
    size_bytes: int = Field(description="Size of the raw input in bytes.")
    encoding: str = Field(description="Encoding the bytes were decoded with, e.g. utf-8, utf-8-sig, gb18030, big5, utf-16-le; 'mixed' when repaired run by run.")
    encoding_confidence: float = Field(ge=0.0, le=1.0, description="How sure the decoder is of `encoding`, 0 to 1 (1 for a BOM or clean UTF-8).")


class RepairExample(_Model):
    before: str = Field(description="The text before the step changed it.")
    after: str = Field(description="The text after the change.")
    span: Span | None = Field(None, description="Where `after` stands in the repaired text; null when it cannot be located (e.g. a removal).")


class RepairStep(_Model):
    name: str = Field(description="Step name, e.g. decode, html, mojibake, gbk_realign, entities, line_ends, ruby_pinyin, glyph_variants, t2s, regional_terms, width, paragraphs, contents, punctuation, web_noise, cell_borders, hard_wraps, duplicate_copy, whitespace.")
    changes: int = Field(ge=0, description="How many edits the step made.")
    examples: list[RepairExample] = Field(default_factory=list, description="A few before -> after examples.")


class DamagedSpan(_Model):
    span: Span = Field(description="Where the damaged text stands in the repaired text.")
    reason: str = Field(description="What was lost and why, e.g. bytes lost to a wrong decode.")


class WarningRecord(_Model):
    """One warning, typed (schema 1.2): what `RepairReport.warnings` says in a string, with its code and place."""

    code: str = Field(description="Stable code of the warning's kind, PW### (the catalogue in policyparse/errors.py, README's table of warning codes).")
    step: str = Field(description="The repair step that raised it (a RepairStep name), or the stage for a warning no step raises: repair (text left unrecovered after every step), pipeline (an empty result).")
    span: Span | None = Field(None, description="Where the text it is about stands in the repaired text (the first place, for a warning about several); null when it is about the whole document, about text no longer in it (set aside, dropped), or about a place the step does not locate.")
    message: str = Field(description="What to check, the step's name left out; `warnings` holds `step: message` (the message alone for a warning no step raises).")


class RepairReport(_Model):
    steps: list[RepairStep] = Field(default_factory=list, description="Only the steps that changed something, in the order they ran.")
    warnings: list[str] = Field(default_factory=list, description="What the reader should check: repairs that may be wrong, and 'empty result: …' when the document gave nothing (an empty input, no Chinese text, nothing found).")
    warning_records: list[WarningRecord] = Field(default_factory=list, description="Schema 1.2: `warnings` as records, one each, in the same order: code, step, span, message.")
    damaged: list[DamagedSpan] = Field(default_factory=list, description="Text that could not be recovered and stays visibly marked (U+FFFD).")

    def add_warning(self, name: str, *, step: str | None = None, span: Span | None = None, **fields: Any) -> None:
        """Append the warning of kind `name` (errors.WARNING_KINDS), its message made from `fields`, to both
        `warnings` and `warning_records`: the one way a warning is added, so the two lists never differ.
        `step`: the repair step that raised it (by default the catalogue's: a stage's own kinds are raised there)."""
        kind = warning_kind(name)
        message = kind.message(**fields)
        record = WarningRecord(code=kind.code, step=step or kind.step, span=span, message=message)
        self.warnings.append(kind.text(record.step, message))
        self.warning_records.append(record)


# ---------------------------------------------------------------- metadata


class CitedDocument(_Model):
    title: str = Field(description="Title as written inside 《》, without the brackets.")
    doc_number: str | None = Field(None, description="Its 发文字号 when the text gives it right after the title.")


class PlanPeriod(_Model):
    start: int = Field(description="First year of the period the plan covers (2021 in 2021—2035年).")
    end: int = Field(description="Last year of the period.")


class Metadata(_Model):
    title: str | None = Field(None, description="The notice's title (标题).")
    plan_title: str | None = Field(None, description="Title of the document the notice issues, with its 《》.")
    doc_number: str | None = Field(None, description="发文字号, normalised: 〔YYYY〕 brackets, 号.")
    issuer: str | None = Field(None, description="The issuing body (发文机关), from the signature, the title or the page's fields.")
    issue_date: str | None = Field(None, description="成文日期, ISO YYYY-MM-DD.")
    publish_date: str | None = Field(None, description="发布日期, ISO YYYY-MM-DD.")
    addressees: list[str] = Field(default_factory=list, description="主送机关: the bodies the notice is addressed to.")
    index_number: str | None = Field(None, description="索引号 of a government information-disclosure page.")
    topic: str | None = Field(None, description="主题分类 of a disclosure page.")
    validity: str | None = Field(None, description="有效性 (有效 / 失效 / 废止) when the page states it.")
    contact: str | None = Field(None, description="联系人 / 联系电话 line, as written.")
    disclosure: str | None = Field(None, description="公开方式, e.g. 此件公开发布.")
    attachments: list[str] = Field(default_factory=list, description="附件 titles, in order.")
    cited_documents: list[CitedDocument] = Field(default_factory=list, description="Documents cited in 《》 in the text, each once, in order of first mention.")
    plan_period: PlanPeriod | None = Field(None, description="Years the issued plan covers, from its title (（2021—2035年）).")
    doc_type: str | None = Field(None, description="文种, the basic type: 通知, 意见, 方案, 实施方案, 工作要点, 规划纲要, 办法, … (lexicons/doc_types.tsv).")


# ---------------------------------------------------------------- extraction


UnitLevel = Literal["国家", "省", "市", "县", "镇"]
UnitKind = Literal["government", "party", "mass_organisation", "university", "enterprise", "institution", "collective", "other"]


class Unit(_Model):
    name: str = Field(description="As written in the text.")
    canonical: str = Field(description="Canonical name from the units lexicon, or the name itself.")
    span: Span = Field(description="Where `name` stands in the text: text[start:end] == name.")
    level: UnitLevel | None = Field(None, description="Administrative level: 国家 national, 省 province, 市 city, 县 county, 镇 township; null when the name has none.")
    kind: UnitKind | None = Field(None, description="government (government departments), party (Party committees and their departments), mass_organisation (科协, 工会, 妇联, 团委, …), university, enterprise, institution (public institutions), collective (各地, 各有关部门: every unit of a kind), other.")
    in_lexicon: bool = Field(False, description="The name (or an alias of it) is in lexicons/units.tsv.")


class Responsibility(_Model):
    lead: list[Unit] = Field(default_factory=list, description="Lead units (牵头单位); with mode joint, all or listed, every unit named.")
    support: list[Unit] = Field(default_factory=list, description="Supporting units (责任单位, 配合单位); empty unless mode is lead_support.")
    mode: Literal["lead_support", "joint", "all", "listed"] = Field(description=(
        "How the note assigns the task. lead_support: it names who leads and who supports (A牵头，B配合; 牵头单位：A，责任单位：B). "
        "joint: the units share it without a lead (A、B按职责分工负责, 共同负责). "
        "all: every unit named is a collective (各地、各有关部门), so the task is everyone's. "
        "listed: units are listed without saying who leads (（A、B）); all of them are in lead."))
    raw: str = Field(description="The responsibility note as written.")
    span: Span | None = Field(None, description="Where the note stands in the text (from the first note to the last when the node has several); null when unknown.")
    inherited_from: str | None = Field(None, description="Id of the heading whose note this item inherits.")


Comparator = Literal["eq", "gte", "gt", "lte", "lt", "approx"]


class Target(_Model):
    metric: str | None = Field(None, description="What is measured, as written before the number (公民具备科学素质的比例).")
    value: float = Field(description="The number (18.5 in 18.5%; the lower end of a range).")
    value_max: float | None = Field(None, description="Upper end of a range (3-5个).")
    unit: str | None = Field(None, description="%, 人次, 场, 个, …")
    comparator: Comparator = Field("eq", description="eq: exactly (达到18.5%); gte: at least (不低于, 不少于, 以上); gt: more than (超过, 高于, 突破); lte: at most (不超过, 控制在, 以内); lt: less than (低于, 少于, 不足); approx: about (约, 左右, 余).")
    year: int | None = Field(None, description="The year the target is for (到2025年).")
    recurrence: Literal["yearly", "quarterly", "monthly"] | None = Field(None, description="A target that recurs: yearly (每年), quarterly (每季度), monthly (每月).")
    text: str = Field(description="The target as written.")
    span: Span = Field(description="Where `text` stands in the text.")


class Deadline(_Model):
    text: str = Field(description="The deadline as written (2025年底前, 长期坚持).")
    year: int | None = Field(None, description="Year, when stated.")
    month: int | None = Field(None, description="Month, when stated (12 for 年底).")
    day: int | None = Field(None, description="Day, when stated.")
    date: str | None = Field(None, description="ISO date when year, month and day are all known.")
    recurrence: Literal["yearly", "quarterly", "monthly"] | None = Field(None, description="A recurring deadline: yearly (每年), quarterly (每季度), monthly (每月).")
    kind: Literal["by", "period"] = Field(description="by: the task must be done by then (年底前, 到2025年); period: when it takes place or keeps going (2023年9月开展, 长期坚持).")
    ongoing: bool = Field(False, description="长期坚持 / 持续推进: no date.")
    span: Span = Field(description="Where `text` stands in the text.")


# ---------------------------------------------------------------- format (schema 1.1)


FormatName = Literal["text", "html", "markdown", "docx", "pdf", "ofd", "doc", "wps"]


class PageFields(_Model):
    """The 信息公开 fields a saved web page carries around its article (its <meta> tags and the 索引号 /
    发文字号 / 成文日期 table), as found; ``metadata`` holds what the document itself says."""

    title: str | None = Field(None, description="The page's 标题 field or title meta tag, as found.")
    publish_date: str | None = Field(None, description="发布日期, ISO YYYY-MM-DD.")
    index_number: str | None = Field(None, description="索引号, as found.")
    doc_number: str | None = Field(None, description="文号 / 发文字号, as found.")
    issuer: str | None = Field(None, description="发文机关 / 发布机构, as found.")
    issue_date: str | None = Field(None, description="成文日期, ISO YYYY-MM-DD.")
    topic: str | None = Field(None, description="主题分类, as found.")
    validity: str | None = Field(None, description="有效性 (e.g. 有效, 失效), as found.")
    contact: str | None = Field(None, description="The contact line the page gives, as found.")
    attachments: list[str] | None = Field(
        None, description="The names of the attachment links (附件1：…) the page lists outside its article, as found.")


class OfficialTags(_Model):
    """The 电子公文 semantic tags an OFD carries (GB/T 33190 CustomTags; the 公文 elements of the 电子公文 format,
    GB/T 33482): each element's text, read from the page objects it marks, as found. A part the file tags twice
    (two 签发人, two 主送机关 groups) is a list; ``metadata`` holds what the text says."""

    copy_number: str | None = Field(None, description="份号, as found.")
    classification: str | None = Field(None, description="密级 (秘密, 机密, 绝密), as found.")
    secrecy_term: str | None = Field(None, description="保密期限, as found.")
    urgency: str | None = Field(None, description="紧急程度 (平急, 加急, 特急, 特提), as found.")
    issuer: str | None = Field(None, description="发文机关标志 / 发文机关名称, as found.")
    doc_number: str | None = Field(None, description="发文字号: the tagged 发文机关代字, 〔年份〕 and 发文顺序号 joined as GB/T 9704 prints them.")
    signers: list[str] = Field(default_factory=list, description="签发人, one a name.")
    title: str | None = Field(None, description="标题, as found.")
    addressees: list[str] = Field(default_factory=list, description="主送机关, one a tagged group, in order (版头 / 主体, then 版记).")
    attachment_notes: list[str] = Field(default_factory=list, description="附件说明, one an entry.")
    issue_date: str | None = Field(None, description="成文日期, as found.")
    copied_to: list[str] = Field(default_factory=list, description="抄送机关, one a tagged group.")
    printed_by: str | None = Field(None, description="印发机关, as found.")
    print_date: str | None = Field(None, description="印发日期, as found.")


class Furniture(_Model):
    """Page furniture the reader set aside: running headers and footers, page numbers."""

    removed: int = Field(0, ge=0, description="Lines set aside.")
    examples: list[str] = Field(default_factory=list, description="A few of them, as they were.")


class FormatMetadata(_Model):
    """What the file itself says about the document, before any reading of its text."""

    format: FormatName = Field(description="The format the reader recognised, by the bytes first and the name second.")
    reader: str | None = Field(None, description="The library or program that read it, e.g. pypdfium2, antiword.")
    page_count: int | None = Field(None, ge=0, description="Pages (PDF, OFD); null for formats without pages.")
    producer: str | None = Field(None, description="The program that wrote the file (PDF Producer, DOCX Application, OFD Creator).")
    creator: str | None = Field(None, description="The authoring program (PDF Creator) or author name recorded in the file.")
    title: str | None = Field(None, description="The title embedded in the file's properties (often a file name; not the notice's title).")
    created: str | None = Field(None, description="Creation date embedded in the file, ISO 8601.")
    modified: str | None = Field(None, description="Modification date embedded in the file, ISO 8601.")
    tables: int = Field(0, ge=0, description="Tables read as rows of cells (one line per row, cells joined by a tab).")
    furniture: Furniture = Field(default_factory=Furniture, description="Running headers, footers and page numbers set aside.")
    page_fields: PageFields | None = Field(None, description="A saved web page's 信息公开 fields (a Markdown file's front matter); null for other formats.")
    official_tags: OfficialTags | None = Field(None, description="Schema 1.1: an OFD's 电子公文 semantic tags (份号, 发文字号, 签发人, 主送机关 …); null where the file has none.")


# ---------------------------------------------------------------- structure


SectionKind = Literal["preamble", "addressee", "heading", "item", "paragraph", "signature", "closing", "attachment", "task_row"]


class Section(_Model):
    id: str = Field(description='Path of positions in the tree, e.g. "2.1.3".')
    kind: SectionKind = Field("item", description=(
        "preamble: text before the body's numbered part (the 印发 sentence, a foreword). "
        "addressee: the 主送 line (各县（市）区人民政府，…：). "
        "heading: a numbered node with a title or children of its own (一、总体要求). "
        "item: a numbered node without children: a task. "
        "paragraph: a run-in paragraph heading in un-numbered text (组织专家全面解读。…). "
        "signature: the issuer and date that sign the notice. "
        "closing: what follows the body (抄送, the 印发 imprint, 此件公开发布). "
        "attachment: an 附件 line. "
        "task_row: a row of a task table (重点任务分工表), its cells in `cells` (schema 1.1)."))
    level: int = Field(description="1 for 一、, 2 for （一）, 3 for 1., 4 for （1）, deeper styles below.")
    marker: str | None = Field(None, description="As written, brackets normalised to full width; null for un-numbered nodes.")
    number: int | None = Field(None, description="The marker's number (3 for 三、 or （3）); null for un-numbered nodes.")
    inferred: bool = Field(False, description="A level the document leaves out, inferred from restarting numbering.")
    title: str | None = Field(None, description="The node's title: its text up to the first 。 (or the whole heading line).")
    text: str = Field(description="The node's own text, children excluded.")
    span: Span = Field(description="text[start:end] is the node, children included.")
    responsibility: Responsibility | None = Field(None, description="Who is responsible for the node (its own note, or its heading's); null when nobody is named.")
    targets: list[Target] = Field(default_factory=list, description="Numbers the node sets as targets.")
    deadlines: list[Deadline] = Field(default_factory=list, description="Dates by which, or during which, the node's work is done.")
    children: list[Section] = Field(default_factory=list, description="Nodes below this one, in document order.")
    cells: dict[str, str] | None = Field(
        None,
        description="Schema 1.1. A task_row node's cells: column name (as the table's header row prints it, blanks removed) -> cell text, "
        "merged cells filled in from the row above; null for every other node.",
    )


class Document(_Model):
    schema_version: Literal["1.0", "1.1", "1.2"] = Field(SCHEMA_VERSION, description="Version of this schema; later versions add fields, never rename them (a 1.0 or 1.1 document still validates).")
    source: Source = Field(description="Where the document came from, and how its bytes were decoded.")
    format: FormatMetadata | None = Field(None, description="Schema 1.1: the input format and what the file itself records.")
    repair: RepairReport = Field(description="What repair changed, and what to check.")
    metadata: Metadata = Field(description="Title, 文号, issuer, dates and the other fields of the notice.")
    sections: list[Section] = Field(description="The heading / item tree, top level first.")
    text: str | None = Field(description="The repaired text; every span indexes into it (null with --no-text).")

    def iter_sections(self):
        """All sections, depth first, in document order."""
        stack = list(reversed(self.sections))
        while stack:
            node = stack.pop()
            yield node
            if node.children:  # most nodes are leaves: no reversed() of an empty list
                stack.extend(reversed(node.children))


Section.model_rebuild()


# ---------------------------------------------------------------- trusted construction

_M = TypeVar("_M", bound=BaseModel)


@functools.cache
def _every_field(cls: type[BaseModel]) -> set[str]:
    """One set of all of `cls`'s field names, shared by every model `built` with all its fields.

    A set per instance was 728 bytes of each Unit's ~1 KB on a document of 100k notes. Sharing is safe:
    pydantic only ever adds a field's name to the set (on assignment), which is already in it, and
    copies (model_copy) take a copy of it.
    """
    return set(cls.model_fields)


@functools.cache
def shared_fields_set(cls: type[BaseModel], names: frozenset[str]) -> set[str]:
    """One set of these field names of `cls`, shared by every copy `built` with them set (`given`).

    A note copied to each of 100k items kept a set of its own (472 bytes, 12 % of the Document). Shared
    as `_every_field` is, with one caveat: assigning a field left unset adds its name to the set of every
    sharer. Only `exclude_unset` reads the set (never the output), and the program assigns no field of
    the models it builds this way.
    """
    return set(names)


def built(cls: type[_M], fields: dict[str, Any], given: set[str] | None = None) -> _M:
    """``cls.model_construct(**fields)`` for a dict of every field of `cls`, in the model's order;
    `given`: the fields counted as set (a copy of the original's, for a copy), else all of them.

    The tree builder makes one Section per heading and item from values it typed itself; on a document
    of tens of thousands of headings model_construct's walk over each field's aliases and defaults was
    a tenth of the parse. The result is the same: the same values in the same order, every field set.
    """
    model = _new(cls)
    _set_dict(model, fields)
    _set_fields_set(model, _every_field(cls) if given is None else given)
    _set_extra(model, None)
    _set_private(model, None)
    return model


def text_format(kind: str, reader: str | None = None, page_fields: PageFields | None = None) -> FormatMetadata:
    """FormatMetadata(format=kind, reader=reader, page_fields=page_fields), for an input read as text, without
    pydantic's check (≈ 23 K instructions a call, its default Furniture() validated too): `kind` one of FormatName's,
    `page_fields` a PageFields or None, every other field its default. The fields counted as set are those of the
    two keyword calls it stands for, each model its own set as validation gives: the text reader's
    FormatMetadata(format=…), and the pipeline's FormatMetadata(format=…, reader=…, page_fields=…) (a reader named)."""
    given = {"format"} if reader is None else {"format", "reader", "page_fields"}
    furniture = built(Furniture, {"removed": 0, "examples": []}, set())
    return built(FormatMetadata, {"format": kind, "reader": reader, "page_count": None, "producer": None, "creator": None,
                                  "title": None, "created": None, "modified": None, "tables": 0,
                                  "furniture": furniture, "page_fields": page_fields, "official_tags": None}, given)


def built_each(cls: type[_M], rows: list[dict[str, Any]]) -> list[_M]:
    """[built(cls, fields) for fields in rows], every field set: the slots set in one loop and the shared field
    set looked up once, not a call and a look-up per model (a note's list of a dozen Units)."""
    every = _every_field(cls)
    out = []
    for fields in rows:
        model = _new(cls)
        _set_dict(model, fields)
        _set_fields_set(model, every)
        _set_extra(model, None)
        _set_private(model, None)
        out.append(model)
    return out


def set_field(model: BaseModel, name: str, value: Any) -> None:
    """``model.name = value`` for a field of a model of this module, as pydantic sets it (no validate_assignment in
    _Model's config, so its handler for a field stores the value and counts the field as set), without the two
    Python calls of BaseModel.__setattr__ and that handler: a note is set on every node that carries or inherits one."""
    model.__dict__[name] = value
    model.__pydantic_fields_set__.add(name)


# BaseModel's slots, set through their descriptors: what object.__setattr__ finds for these names, without its
# look-up by name (a third of `built` on the 100k Units and Sections of a long task list)
_new = object.__new__  # what cls.__new__ is for every model (BaseModel defines none)
# the instance dict too, by BaseModel's `__dict__` descriptor (its __slots__ name it): object.__setattr__(model,
# "__dict__", d) looked the name up on the model's type and then called this same descriptor, ≈ 450 instructions more
# a model
_set_dict = BaseModel.__dict__["__dict__"].__set__
_set_fields_set = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_set_extra = BaseModel.__dict__["__pydantic_extra__"].__set__
_set_private = BaseModel.__dict__["__pydantic_private__"].__set__
