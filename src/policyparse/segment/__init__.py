"""Stage 2, segmentation: repaired text -> metadata record + heading / item tree.

``segment(text, fmt)`` reads the lines once (``layout``), then the metadata record
(``metadata``) and the tree (``tree``) from that reading. Every ``Section.span`` indexes
``text``; ``Section.text`` is ``text[span[0]:first_child.span[0]]`` without trailing whitespace
(the whole span for leaves). Conventions: docs/gold-format.md.
"""

from __future__ import annotations

from dataclasses import dataclass

from policyparse.models import FormatMetadata, Metadata, Section
from policyparse.segment import layout as _layout
from policyparse.segment import metadata as _metadata
from policyparse.segment import tree as _tree


@dataclass
class Segmented:
    metadata: Metadata
    sections: list[Section]


def segment(text: str, fmt: FormatMetadata | dict[str, str] | None = None) -> Segmented:
    """Find the metadata, then build the tree over the body. `fmt` is what the reader found in the
    file; a web page's 信息公开 fields (``fmt.page_fields``) back up what the text itself says, and an OFD's
    电子公文 tags (``fmt.official_tags``, as ``tag_*`` hints) fill in what the text leaves out."""
    lay = _layout.analyse(text)
    meta = _metadata.extract_metadata(text, lay, _page_hints(fmt))
    return Segmented(meta, _tree.build_tree(text, lay, meta.title))


def _page_hints(fmt: FormatMetadata | dict[str, str] | None) -> dict[str, str]:
    if isinstance(fmt, dict):
        return fmt
    if fmt is None:
        return {}
    hints = {k: v for k, v in fmt.page_fields.model_dump().items() if v} if fmt.page_fields is not None else {}
    return hints | _tag_hints(fmt)


# what an OFD's 电子公文 tags give; the metadata stage takes them only where the text gives nothing
_TAG_HINTS = {"title": "tag_title", "doc_number": "tag_doc_number", "issuer": "tag_issuer", "issue_date": "tag_issue_date"}


def _tag_hints(fmt: FormatMetadata) -> dict[str, str]:
    tags = fmt.official_tags
    if tags is None:
        return {}
    hints = {key: getattr(tags, name) for name, key in _TAG_HINTS.items() if getattr(tags, name)}
    if tags.addressees:
        hints["tag_addressees"] = "；".join(tags.addressees)  # split_addressees splits at ；
    return hints
