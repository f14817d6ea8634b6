"""Stage 2, segmentation: repaired text -> metadata record + heading / item tree."""

from __future__ import annotations

from dataclasses import dataclass

from policyparse.models import Metadata, Section
from policyparse.segment import metadata as _metadata
from policyparse.segment import tree as _tree


@dataclass
class Segmented:
    metadata: Metadata
    sections: list[Section]


def segment(text: str, html_meta: dict[str, str] | None = None) -> Segmented:
    """Find the metadata, then build the tree over the body."""
    meta = _metadata.extract_metadata(text, html_meta or {})
    return Segmented(meta, _tree.build_tree(text))
