"""Stage 3, extraction: responsible units, quantitative targets and deadlines, with spans."""

from __future__ import annotations

from policyparse.extract import deadlines as _deadlines
from policyparse.extract import targets as _targets
from policyparse.extract import units as _units
from policyparse.models import Metadata, Section


def extract(text: str, metadata: Metadata, sections: list[Section]) -> list[Section]:
    """Fill responsibility, targets and deadlines on every node, in place; returns the sections."""
    _units.assign_responsibility(text, sections)
    _targets.assign_targets(text, metadata, sections)
    _deadlines.assign_deadlines(text, metadata, sections)
    return sections
