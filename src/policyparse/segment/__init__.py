"""Stage 2, segmentation: repaired text -> metadata record + heading / item tree.

``segment(text, html_meta)`` reads the lines once (``layout``), then the metadata record
(``metadata``) and the tree (``tree``) from that reading. Every ``Section.span`` indexes
``text``; ``Section.text`` is ``text[span[0]:first_child.span[0]]`` without trailing whitespace
(the whole span for leaves). Conventions: docs/gold-format.md.
"""

from __future__ import annotations

from dataclasses import dataclass

from policyparse.models import Metadata, Section
from policyparse.segment import layout as _layout
from policyparse.segment import metadata as _metadata
from policyparse.segment import tree as _tree


@dataclass
class Segmented:
    metadata: Metadata
    sections: list[Section]


def segment(text: str, html_meta: dict[str, str] | None = None) -> Segmented:
    """Find the metadata, then build the tree over the body."""
    lay = _layout.analyse(text)
    meta = _metadata.extract_metadata(text, lay, html_meta or {})
    return Segmented(meta, _tree.build_tree(text, lay))
