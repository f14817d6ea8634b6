"""Stage 3, extraction: responsible units, quantitative targets and deadlines, with spans.

Every node's own text (children excluded) is read once for a responsibility note (units.py),
quantitative targets (targets.py) and deadlines (deadlines.py); addressee, signature and
attachment nodes carry no tasks and are skipped. The rows of a task table (``task_row`` nodes) are then read
by their cells (tasks.py): lead and support from the responsibility columns, deadlines from the time column.
Units are canonicalised through lexicons/units.tsv (lexicon.py); `collect_units` lists them across a batch.
"""

from __future__ import annotations

from policyparse.extract import deadlines as _deadlines
from policyparse.extract._text import annual_year, document_year, reports_results, retrospective_nodes, task_nodes, walked
from policyparse.extract import targets as _targets
from policyparse.extract import tasks as _tasks
from policyparse.extract import units as _units
from policyparse.models import Metadata, Section


def extract(text: str, metadata: Metadata, sections: list[Section]) -> list[Section]:
    """Fill responsibility, targets and deadlines on every node, in place; returns the sections."""
    # the tree walked once: every component walks it again, and none changes its shape (see WalkedSections)
    tree = walked(sections)
    nodes = task_nodes(text, tree)
    _units.assign_responsibility(text, tree, nodes, metadata)
    # the review nodes (现状与评价…) hold neither goals nor deadlines: found once, by one walk of the tree, for both
    # (responsibility leaves the tree's shape and titles as they were)
    on_record = retrospective_nodes(tree)
    # the annual plan's year (a scan of the document's head) is read by both, and by the year their dates fall in
    plan_year = annual_year(metadata, text)
    # the year an implicit date falls in (年底前), read by both: its fallbacks scan the text, so once
    implicit_year = document_year(metadata, text, plan_year)
    # a document titled as a report of results (…实施情况的通报) reads its prose as done, its figures and its times
    # alike: its title (or its head's lines) read once for both
    reports = reports_results(metadata, text)
    _targets.assign_targets(text, metadata, tree, nodes, on_record, plan_year, implicit_year, reports)
    _deadlines.assign_deadlines(text, metadata, tree, nodes, on_record, plan_year, implicit_year, reports)
    _tasks.assign_task_rows(text, tree, metadata)
    return sections
