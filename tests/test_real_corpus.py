"""End to end over real notices kept exactly as stored (tests/real): the gold was written by reading.

The development part is what the rules were written against; the set-aside part was never read
while writing them. Both are held to floors a little under what they measure, so a change that
loses ground on real documents fails here, field by field.
"""

from __future__ import annotations

import csv
import functools
from pathlib import Path

import pytest

from policyparse.errors import ReaderMissingError
from policyparse.evaluate import MODES, EvalReport, Score, evaluate

from conftest import parse_kept

REAL = Path(__file__).parent / "real"
RESERVED = Path(__file__).parents[2] / "shared" / "reserved-sources.txt"

# strict F1 floors, (development, set-aside): what was measured when they were set, less 0.02 / 0.03 (development
# title, 文号, issue date, cited documents and attachments raised to 1.00 less 0.02 by meta10c)
FLOORS = {
    # development title 0.98 → 0.97 when batch tn joined: its nine development pages read 0.80 (two pages cut mid-document
    # with no title, a 范文 page titled by the site) while the documents there before hold 0.981, unchanged
    "title": (0.97, 0.78),
    "doc_number": (0.98, 0.89),
    # development issuer 0.98 → 0.97 when batch sg joined: its nine development pages (legal-database copies, rules
    # without a notice) read 0.46 before any rule of theirs while the documents there before hold 1.00; back to 0.98
    # once meta10d's rules for them brought the development set to 1.00
    "issuer": (0.98, 0.73),
    "issue_date": (0.98, 0.93),
    "addressees": (0.98, 0.94),
    "doc_type": (0.98, 0.97),
    "cited_documents": (0.98, 0.82),
    "nodes": (0.97, 0.93),
    "node_levels": (0.96, 0.91),  # 0.985 after tree10 (was 0.971), less 0.02
    "node_ids": (0.96, 0.81),
    # development units and lead 0.99 → 0.98 when batch tj joined: its nine development pages (spun, masked and one-line
    # previews, duty lists headed by bodies) read 0.465 and 0.458 before any rule, 0.549 and 0.545 after its rules, while
    # the documents there before hold 0.992 and 0.994 (cmp: no right answer of theirs lost)
    "units": (0.98, 0.94),
    "lead": (0.98, 0.93),
    "support": (0.98, 0.96),
    "mode": (0.96, 0.95),
    # development targets 0.96 → 0.95 when batch ru joined: its six development pages (news summaries, a forum copy,
    # Traditional copies) read 0.53 while the documents there before hold 0.99; 0.95 → 0.94 when batch uf joined: its
    # nine development documents (whole plans and reports of past figures) read 0.435 before its rules and 0.866 after,
    # while the documents there before hold 0.950, unchanged (cmp); the whole development part reads 0.948
    "targets": (0.94, 0.67),
    # development deadlines 0.96 → 0.95 when batch to joined: its twelve development pages (实事 lists, template copies
    # with 20xx years, a sharing site's chunked preview, goal paragraphs whose 目标 heading the page cut off) read 0.524
    # before its rules and 0.791 after, while the documents there before hold 0.965, unchanged (cmp)
    "deadlines": (0.95, 0.85),
    # development attachments 0.98 → 0.97 when batch vt joined: vt_11's 附件： line (…诊断报告名单, its list printed flat
    # after the signature with the same name first) is read as two names (…诊断报告 / 名单), 0.976 with it; the documents
    # there before are unchanged (cmp); 0.97 → 0.96 when batch vw joined: vw_02's attached 申请程序 lists its six forms
    # under a 附表： label, read as the notice's attachments (left to the attachment reader's work), 0.961 with it; the
    # documents there before are unchanged (cmp); back to 0.97 when left20 read vt_11's list name whole and closed vp_03's
    # and ur_11's lists (0.981 with vw_02 still wrong); 0.97 → 0.99 when att3 read a numbered list inside an attached
    # document as that document's own (vw_02; 0.997, ur_11's fourth attachment, named only in the 目录 repair drops, missing);
    # 0.99 → 0.98 when batch wo joined: its 生态环境部 notices stored one line a cell glue the 附件：1.…2.… list to the signed
    # name and date (wo_03, wo_05, wo_07, wo_09, wo_11: nine names missed), 0.9825 with them and the session's other
    # batches; the documents there before are unchanged (cmp); 0.98 → 0.97 when batch ws joined: two more 生态环境部 notices
    # stored one line a cell (ws_07 附件：长江流域…办法（试行）before the signature, ws_09 附件：…申报表 after the contact) whose
    # 附件 line is not read (0.979 with them; the documents there before are unchanged, cmp); back to 0.98 at the session's
    # end: left35 cut the 附件 label glued after a contact block's last value (wo_05, wo_11) and closed a 代码 list's
    # title before the signer (wo_07), 0.9915 (ws_07 / ws_09's lines read after the merges; wo_09, we_11, ur_11, wc_05 missed)
    "attachments": (0.98, 0.91),
}
# The set-aside parts of the batches collected after the floors above were set are each held to floors of their own,
# set at what they measured when added (rj; rl after the goal rule for targets; rm; rq after its note rules; rr; ro after its rules; rp; rt after its rules; rv; sc after its rules; sd; sf; sq; st; su; sv; sx; sy; tc; to; tp; tq; tr; tv; ts; tu; tw after its rules; tx; tz; ub; ty; ua; ue; ud; uc; ug; uh; uf; ui; uj; uk; ul; um; un; uo; uq; up; ur; us; ut; uv; uw; ux; uy; uz; va; vb; vc; vd; vg; vf; ve), less 0.03: the floors above keep
# holding for the part they were set on. Batch rm's gold holds metadata only (no sections), so its floors are metadata floors.
# Raised after issue 10 (gold made consistent on heading / item and heading notes, and the title-sentence rule), to what
# they then measured less 0.03: rl, rn, ro and rv node_levels; ro units, lead and mode (ro_12's inherited notes).
LATER_FLOORS = {
    "rj_": {
        "nodes": 0.95, "node_levels": 0.91, "node_ids": 0.95, "units": 0.88, "lead": 0.88, "mode": 0.97,
        "targets": 0.40, "deadlines": 0.47,
    },
    "rl_": {
        "title": 0.97, "doc_number": 0.97, "issue_date": 0.97, "addressees": 0.97, "nodes": 0.96, "node_levels": 0.96,
        "node_ids": 0.96, "units": 0.74, "lead": 0.74, "mode": 0.61, "targets": 0.92, "deadlines": 0.97,
    },
    "rm_": {
        "title": 0.72, "doc_number": 0.97, "issuer": 0.97, "issue_date": 0.97, "publish_date": 0.97,
        "addressees": 0.97, "attachments": 0.97, "doc_type": 0.97, "index_number": 0.97,
    },
    "rn_": {
        "title": 0.97, "doc_number": 0.97, "issuer": 0.97, "issue_date": 0.97, "nodes": 0.94, "node_levels": 0.92,
        "node_ids": 0.92, "targets": 0.84, "deadlines": 0.97,
    },
    "rq_": {
        "doc_number": 0.97, "issuer": 0.97, "issue_date": 0.97, "addressees": 0.97, "nodes": 0.97, "node_levels": 0.97,
        "node_ids": 0.97, "units": 0.41, "lead": 0.41, "support": 0.41, "mode": 0.37,
    },
    # batch rr's gold holds structure only (sections; extraction fields skipped, no metadata)
    "rr_": {"nodes": 0.97, "node_levels": 0.85, "node_ids": 0.93},
    "ro_": {
        "nodes": 0.94, "node_levels": 0.94, "node_ids": 0.93, "units": 0.97, "lead": 0.97, "mode": 0.97,
        "targets": 0.62, "deadlines": 0.97,
    },
    "rp_": {
        "title": 0.47, "doc_number": 0.97, "issuer": 0.85, "issue_date": 0.97, "publish_date": 0.97, "addressees": 0.97,
        "attachments": 0.97, "cited_documents": 0.89, "doc_type": 0.97, "nodes": 0.97, "node_levels": 0.97,
        "node_ids": 0.97,
    },
    # batch rt's gold holds targets, deadlines and structure (notes not scored, no metadata)
    "rt_": {"nodes": 0.89, "node_levels": 0.89, "node_ids": 0.50, "targets": 0.72, "deadlines": 0.77},
    # batch rv's gold holds notes and structure (targets and deadlines skipped, no metadata)
    "rv_": {
        "nodes": 0.97, "node_levels": 0.97, "node_ids": 0.97, "units": 0.34, "lead": 0.41, "support": 0.25, "mode": 0.41,
    },
    # batch ru's gold holds targets, deadlines and structure like rt's; its set-aside pages state no deadline
    "ru_": {"nodes": 0.48, "node_levels": 0.36, "node_ids": 0.30, "targets": 0.59},
    "rs_": {
        "title": 0.97, "doc_number": 0.97, "issuer": 0.33, "issue_date": 0.97, "addressees": 0.97, "attachments": 0.97,
        "cited_documents": 0.66, "doc_type": 0.97,
    },
    # batch sc's gold holds targets, deadlines and structure (whole documents; notes not scored, no metadata); its
    # set-aside part did not move with the rules written on its development part (targets 0.32, deadlines 0.92)
    # batch sc's set-aside gold, written before the one decision on heading vs item (docs/gold-format.md), was re-read
    # against it (repair10: sc_04's title lines over paragraphs of their own are headings): node_levels 0.92 → 0.97
    "sc_": {"nodes": 0.94, "node_levels": 0.94, "node_ids": 0.94, "targets": 0.28, "deadlines": 0.88},
    # batch sd's gold holds targets, deadlines and structure like sc's (whole documents; notes not scored, no metadata)
    "sd_": {"nodes": 0.92, "node_levels": 0.92, "node_ids": 0.82, "targets": 0.97, "deadlines": 0.97},
    # batch rw's gold holds metadata only
    "rw_": {
        "title": 0.97, "doc_number": 0.97, "issuer": 0.97, "issue_date": 0.97, "addressees": 0.97,
        "cited_documents": 0.97, "doc_type": 0.97,
    },
    # batch sb's gold holds metadata only (saved pages of a county bureau's site); its set-aside plan title stays
    # unfloored (0.00 after the rules: a 贯彻落实《…》的通知 read as issuing what it carries out)
    "sb_": {
        "title": 0.97, "doc_number": 0.97, "issuer": 0.97, "issue_date": 0.97, "publish_date": 0.97,
        "addressees": 0.97, "attachments": 0.97, "cited_documents": 0.72, "index_number": 0.97, "doc_type": 0.97,
    },
    # batch se's gold holds metadata only (pages of the search tool's corpus); set at its honest set-aside figure less 0.03
    # (no rule of its batch moved it); publish date and index number (one item each, 0.00) stay unfloored
    "se_": {
        "title": 0.97, "doc_number": 0.64, "issuer": 0.72, "issue_date": 0.37, "addressees": 0.97,
        "cited_documents": 0.86, "plan_title": 0.97, "doc_type": 0.97,
    },
    # batch sa's gold holds notes, deadlines and structure of whole documents (targets skipped); its set-aside document
    # (sa_04, PDF text with headings glued after notes) reads node ids 0.03 and deadlines 0.00: not floored
    # node_levels 0.55 → 0.70 when repair kept numbered title lines apart from the paragraph below (repair10)
    "sa_": {"nodes": 0.90, "node_levels": 0.67, "units": 0.90, "lead": 0.90, "support": 0.97, "mode": 0.91},
    # batch sf (pages of the search tool's corpus: notes, targets, deadlines on untuned documents): its honest set-aside
    # figure less 0.03 (no rule of its batch moved it; sf_16 was collected after the first rules, none written on it);
    # support and inherited (no item in the set-aside gold) and 文号 (one item, 0.00) unfloored
    "sf_": {
        "title": 0.97, "issuer": 0.97, "publish_date": 0.97, "addressees": 0.97, "plan_title": 0.97, "doc_type": 0.97,
        "nodes": 0.89, "node_levels": 0.89, "node_ids": 0.69, "units": 0.97, "lead": 0.97, "mode": 0.97,
        "targets": 0.75, "deadlines": 0.77,
    },
    # batch sg's gold holds metadata only (pages of the search tool's corpus: legal-database copies, rules with no
    # notice); set at its honest set-aside figure before any rule of its own, less 0.03 (文号 0.67, issuer 0.80,
    # cited documents 0.86 measured; the rest 1.00)
    "sg_": {
        "title": 0.97, "doc_number": 0.63, "issuer": 0.77, "issue_date": 0.97, "addressees": 0.97, "attachments": 0.97,
        "cited_documents": 0.82, "index_number": 0.97, "doc_type": 0.97,
    },
    # batch sh (whole spreadsheet cells of ministry and Shandong documents: notes, targets, deadlines and structure;
    # no metadata): its honest set-aside figure before any rule of its own, less 0.03 (nodes, levels 0.99, ids 0.83,
    # targets 1.00 (2 items), deadlines 0.91); notes unfloored (the set-aside gold names no unit)
    "sh_": {"nodes": 0.96, "node_levels": 0.96, "node_ids": 0.80, "targets": 0.97, "deadlines": 0.88},
    # batch si (metadata and structure on untuned documents: six whole gz.gov.cn / 增城 pages with structure gold, ten
    # pages of the search tool's corpus with metadata gold): its honest set-aside figure before any rule, less 0.03 (no
    # rule of its batch moved it); targets (false ones only, no gold target) unfloored
    "si_": {
        "title": 0.97, "doc_number": 0.97, "issuer": 0.82, "issue_date": 0.82, "publish_date": 0.77, "addressees": 0.97,
        "attachments": 0.97, "cited_documents": 0.91, "plan_title": 0.97, "doc_type": 0.97, "nodes": 0.97,
        "node_levels": 0.97, "node_ids": 0.97,
    },
    # batch sj (pages of the search tool's corpus rich in notes; notes and structure, targets and deadlines skipped, no
    # metadata): its honest set-aside figure less 0.03 — sj_04 before any rule of the batch, sj_08 as it arrived after
    # the first rules, none written on it (nodes, levels 0.95, ids 0.86, units, lead, mode 1.00); support unfloored
    # (the set-aside gold names no supporter)
    "sj_": {"nodes": 0.92, "node_levels": 0.92, "node_ids": 0.83, "units": 0.97, "lead": 0.97, "mode": 0.97},
    # batch sk (pages of the search tool's corpus rich in goals: targets, deadlines and structure; no metadata): its
    # honest set-aside figure before any rule, less 0.03 (nodes, levels, ids 1.00, targets 0.76); deadlines (two items,
    # 0.00 before any rule, 0.50 after the batch's rules) unfloored. With sk_16 (set aside as it arrived, after the
    # first rules; none written from it) the set-aside part measures nodes, levels, ids 0.95, targets 0.83,
    # deadlines 0.40: the floors follow the part as it now is, measured less 0.03 (targets 0.80; structure 0.92, as
    # sk_16's own first measure is 0.80: the three documents of the first measure still read 1.00, which no rule may
    # lower without cmp.py naming it)
    "sk_": {"nodes": 0.92, "node_levels": 0.92, "node_ids": 0.92, "targets": 0.80},
    # batch sm (pages of the search tool's corpus: metadata as real pages carry it, issue 10 §4; metadata-only gold):
    # its honest set-aside figure before any rule (sm_04, sm_08, sm_12: title, issuer, issue date, plan title, doc
    # type 0.67, cited documents 0.80, 文号 and addressees 1.00) with sm_16 (set aside as it arrived, after the first
    # rules; 1.00 on every field, none written from it): title, doc type 0.75, issuer, issue date, plan title 0.80,
    # cited documents 0.91, 文号, addressees 1.00, less 0.03. No rule of the batch moved the set-aside part.
    "sm_": {
        "title": 0.72, "doc_number": 0.97, "issuer": 0.77, "issue_date": 0.77, "addressees": 0.97,
        "cited_documents": 0.88, "plan_title": 0.77, "doc_type": 0.72,
    },
    # batch sl (pages of the search tool's corpus rich in goals and deadlines: county / city plans, 分解方案, 计划 and
    # news copies; targets, deadlines, structure, notes where given, metadata the page carries): its honest set-aside
    # figure before any rule, less 0.03 (nodes, levels, ids 0.78, targets 0.35, deadlines 0.29, title, issuer, issue
    # date, addressees 1.00; the batch's rules, written on its development part, left it unchanged); lead and mode
    # (one unit, 0.00) unfloored
    "sl_": {
        "title": 0.97, "issuer": 0.97, "issue_date": 0.97, "addressees": 0.97, "nodes": 0.75, "node_levels": 0.75,
        "node_ids": 0.75, "targets": 0.32, "deadlines": 0.25,
    },
    # batch sn (pages of the search tool's corpus rich in responsibility notes; notes and structure, targets and
    # deadlines skipped, no metadata): its honest set-aside figure less 0.03 — sn_04, set aside as collected after the
    # batch's one rule (none written from it): nodes, ids, units, lead, mode 1.00, levels 0.83; support unfloored (the
    # set-aside gold names no supporter)
    "sn_": {"nodes": 0.97, "node_levels": 0.80, "node_ids": 0.97, "units": 0.97, "lead": 0.97, "mode": 0.97},
    # batch so (pages of the search tool's corpus rich in goals: 政府工作报告 预期目标 copies, 民生实事 lists, a 十四五
    # 指标表 page, 行动方案 / 实施方案 excerpts; targets, deadlines, structure): its honest set-aside figure before any
    # rule, less 0.03 (so_04, so_08, so_12, so_16: nodes, levels, markers 0.90, ids 0.34, targets 0.87; deadlines
    # 0.00, three false ones and none in the gold, unfloored); the batch's rules, written on its development part,
    # left it unchanged
    "so_": {"nodes": 0.86, "node_levels": 0.86, "node_ids": 0.31, "targets": 0.83},
    # batch sp (pages of the search tool's corpus rich in deadlines: 工作要点, 实施方案 and 分解 notices of 2020–2025;
    # deadlines, structure, notes and metadata where given): its honest set-aside figure before any rule, less 0.03
    # (sp_04, sp_08: nodes, levels, ids 1.00, deadlines 1.00 (three), title, issue date, publish date, addressees,
    # index number 1.00); 文号 and issuer (0.00, one document in Traditional script) unfloored
    "sp_": {
        "nodes": 0.97, "node_levels": 0.97, "node_ids": 0.97, "deadlines": 0.97, "title": 0.97, "issue_date": 0.97,
        "publish_date": 0.97, "addressees": 0.97, "index_number": 0.97,
    },
    # batch sr (pages of the search tool's corpus for metadata: plan periods, index numbers, issuers, cited documents;
    # metadata and structure): its honest set-aside figure before any rule, less 0.03 (sr_04, sr_08, sr_12, sr_16:
    # title, 文号, issuer, issue and publish dates, attachments, cited documents, plan period 1.00, addressees 0.79,
    # plan title 0.67, doc type 0.86, nodes / levels / ids 0.83)
    "sr_": {
        "title": 0.97, "doc_number": 0.97, "issuer": 0.97, "issue_date": 0.97, "publish_date": 0.97,
        "addressees": 0.75, "attachments": 0.97, "cited_documents": 0.97, "plan_title": 0.63, "plan_period": 0.97,
        "doc_type": 0.82, "nodes": 0.80, "node_levels": 0.80, "node_ids": 0.80,
    },
    # batch ss (pages of the search tool's corpus rich in notes in forms not yet seen: 具体措施 with several leads and a
    # 责任单位 label, a 附件 list above the attached plans, 主办单位： run on after the goal, …等负责，列第一位者为牵头单位，
    # 下同, A、B牵头，C…参加; notes and structure, targets and deadlines skipped, no metadata): its honest set-aside
    # figure before any rule, less 0.03 (ss_04: nodes, ids 0.89, levels 0.67, units, lead, support, mode 1.00); the
    # batch's rules, written on its development part, left it unchanged
    "ss_": {
        "nodes": 0.86, "node_levels": 0.64, "node_ids": 0.86, "units": 0.97, "lead": 0.97, "support": 0.97, "mode": 0.97,
    },
    # batch sq (pages of the search tool's corpus rich in goals and deadlines: 分工 notices, a city's project schedule,
    # 十一五 / 十三五 goal news, provincial 方案 news in Traditional script, a one-line 实施方案): its honest set-aside figure
    # before any rule, less 0.03 (sq_04, sq_08, sq_12: nodes, levels, markers 0.89, ids 0.59, targets 1.00 (13),
    # deadlines 0.75 (gold as committed: a year a step is taken in is a period), issuer, issue date, addressees,
    # attachments 1.00); title and doc type (0.00, one notice) unfloored; the batch's rules, written on its development
    # part, left it unchanged
    "sq_": {
        "issuer": 0.97, "issue_date": 0.97, "addressees": 0.97, "attachments": 0.97, "nodes": 0.86, "node_levels": 0.86,
        "node_ids": 0.56, "targets": 0.97, "deadlines": 0.72,
    },
    # batch su (pages of the search tool's corpus: provincial 政府工作报告 分工 / 责任分解 with 牵头领导 / 牵头单位 / 责任单位
    # lines and 责任单位：A牵头，B notes, 工作要点 and 实施方案 with goals and 到…年 dates, Traditional copies, a 十项实事 news
    # page; notes, targets, deadlines and structure, no metadata): its honest set-aside figure before any rule, less 0.03
    # (su_04, su_08, su_12: nodes, levels, ids, markers, titles 1.00, targets 0.895, deadlines 0.29; units, lead,
    # support, mode 0.00 (one note, cut by the page before its closing bracket) unfloored); the batch's rules, written on
    # its development part, left it unchanged
    "su_": {"nodes": 0.97, "node_levels": 0.97, "node_ids": 0.97, "targets": 0.86, "deadlines": 0.25},
    # batch st (county / township notices and replies, local 条例 / 暂行规定, national notices and a 国务院令 条例 of
    # 2003–2010 as one-line CSV fields; metadata and structure): its honest set-aside figure before any rule, less 0.03
    # (st_04, st_08, st_12: title, 文号, issue date, addressees, doc type, deadlines 1.00, issuer 0.80, nodes, ids 0.99,
    # levels 0.82); node titles (0.00, one notice's run-in part titles) and targets (none in the gold, one found)
    # unfloored; the batch's rules, written on its development part, left it unchanged
    "st_": {
        "title": 0.97, "doc_number": 0.97, "issuer": 0.77, "issue_date": 0.97, "addressees": 0.97, "doc_type": 0.97,
        "nodes": 0.95, "node_levels": 0.79, "node_ids": 0.95, "deadlines": 0.97,
    },
    # batch sv (pages of the search tool's corpus: national ministry and State Council notices, 意见 and 规划 notices —
    # 信息公开 field pages, Traditional copies with glosses, a library record, news reposts, a WeChat mirror, a journal
    # index record; metadata and sections): its honest set-aside figure before any rule, less 0.03 (sv_04, sv_08: title,
    # 文号, issuer, issue and publish dates, addressees, cited documents, plan title and period, index number,
    # disclosure, doc type, nodes, levels, ids 1.00; targets 0.00 (one target read from a past figure) unfloored); the
    # batch's rules, written on its development part, left it unchanged
    "sv_": {
        "title": 0.97, "doc_number": 0.97, "issuer": 0.97, "issue_date": 0.97, "publish_date": 0.97, "addressees": 0.97,
        "cited_documents": 0.97, "plan_title": 0.97, "plan_period": 0.97, "index_number": 0.97, "disclosure": 0.97,
        "doc_type": 0.97, "nodes": 0.97, "node_levels": 0.97, "node_ids": 0.97,
    },
    # batch sx (pages of the search tool's corpus: provincial, city and county notices as government pages carry them —
    # 信息公开 field tables, a one-line 明电 joined by single spaces, a redacted tender copy, Traditional copies with
    # glosses; metadata and sections): its honest set-aside figure before any rule, less 0.03 (sx_04, sx_08, sx_12: 文号,
    # issuer, issue date, addressees, cited documents, plan title, disclosure, doc type, node titles 1.00, title 0.50
    # (0.00 with sx_04's gold as first written, before its title was set to the issued report's title line as the
    # project's convention has it), nodes / levels 0.84, ids 0.74); the batch's rules, written on its development part,
    # left it unchanged
    "sx_": {
        "title": 0.47, "doc_number": 0.97, "issuer": 0.97, "issue_date": 0.97, "addressees": 0.97,
        "cited_documents": 0.97, "plan_title": 0.97, "disclosure": 0.97, "doc_type": 0.97, "nodes": 0.81,
        "node_levels": 0.81, "node_ids": 0.70, "node_titles": 0.97,
    },
    # batch sw (pages of the search tool's corpus rich in goals and deadlines: 实事 lists, 规划 news in Traditional
    # script, stage time lines, 索引号 bar tables, reports of past figures, a mojibake page): its honest set-aside figure
    # before any rule, less 0.03 (sw_04, sw_08, sw_12, sw_16: 文号, issuer, issue and publish dates, addressees,
    # disclosure, node titles 1.00, title and doc type 0.50, nodes, levels and markers 0.63, ids 0.42, targets 0.20,
    # deadlines 0.13); index number (0.00 before, one field) unfloored
    "sw_": {
        "doc_number": 0.97, "issuer": 0.97, "issue_date": 0.97, "publish_date": 0.97, "addressees": 0.97,
        "disclosure": 0.97, "node_titles": 0.97, "title": 0.47, "doc_type": 0.47, "nodes": 0.60, "node_levels": 0.60,
        "node_ids": 0.39, "targets": 0.17, "deadlines": 0.10,
    },
    # batch sy (notices stored as text extracted from PDF / Word attachments — hard wraps, bare page numbers inside
    # sentences, a 目录, headings glued after the sentence before them, a lost 一 — and national notices of 2003–2015 as
    # one-line CSV fields; metadata and sections): its honest set-aside figure before any rule, less 0.03 (sy_04, sy_08,
    # sy_12: 文号, issuer, issue date, addressees, doc type 1.00, title 0.50, nodes 0.925, levels 0.871, ids 0.376, node
    # titles 0.887, targets 0.667, deadlines 0.667); the batch's rules, written on its development part, left it unchanged
    "sy_": {
        "title": 0.47, "doc_number": 0.97, "issuer": 0.97, "issue_date": 0.97, "addressees": 0.97, "doc_type": 0.97,
        "nodes": 0.89, "node_levels": 0.84, "node_ids": 0.34, "node_titles": 0.85, "targets": 0.63, "deadlines": 0.63,
    },
    # batch sz (pages of the search tool's corpus where responsibility is written many ways: 分工 notices, 部门分工：A牵头，
    # B配合 label lines, a duty list headed by units, (牵头单位:A;责任单位:B) in Traditional copies, goals of 就业 plans):
    # its honest set-aside figure before any rule, less 0.03 (sz_04, sz_08: nodes, levels, markers 0.95, ids and titles
    # 0.86, units, lead, mode and targets 1.00 on one note and one goal); support and deadlines (none in that gold)
    # unfloored. sz_12, collected after the rules to keep the set-aside part a quarter, first measured 1.00 (nodes)
    "sz_": {
        "nodes": 0.92, "node_levels": 0.92, "node_ids": 0.82, "node_titles": 0.82, "units": 0.97, "lead": 0.97,
        "mode": 0.97, "targets": 0.97,
    },
    # batch ta (pages of the search tool's corpus for metadata: a gazette copy of a 十四五 规划 notice, Traditional copies
    # with glosses and ? for lost blanks, a letter-spaced PDF transcript, a 转发 notice naming no issuer, field lists
    # glued to their values, a joint 办公厅 notice; metadata only): its honest set-aside figure before any rule, less 0.03
    # (ta_04, and ta_08, collected after the rule and measured with the code before it: title, 文号, issuer, issue date,
    # addressees, cited documents, plan title, doc type 1.00); the batch's rule, written on its development part, left
    # it unchanged
    "ta_": {
        "title": 0.97, "doc_number": 0.97, "issuer": 0.97, "issue_date": 0.97, "addressees": 0.97,
        "cited_documents": 0.97, "plan_title": 0.97, "doc_type": 0.97,
    },
    # batch tc (pages of the search tool's corpus rich in goals and deadlines from counties and cities: 十件实事 and
    # 民生实事 lists, a report's review and look ahead, 分解 notices with zone bodies in their notes, 学前教育 and 人居环境
    # goals 到2025年 in Traditional copies, a 三年行动方案 notice, a 督查 bulletin restating goals before results): its
    # honest set-aside figure before any rule, less 0.03 (tc_04, tc_08, tc_12, tc_16: issuer, issue date, addressees,
    # plan title, plan period and node titles 1.00, nodes, levels and markers 0.905, ids 0.571, targets 0.452, deadlines
    # 0.364); the batch's rules, written on its development part, left it unchanged
    "tc_": {
        "issuer": 0.97, "issue_date": 0.97, "addressees": 0.97, "plan_title": 0.97, "plan_period": 0.97,
        "node_titles": 0.97, "nodes": 0.87, "node_levels": 0.87, "node_markers": 0.87, "node_ids": 0.54,
        "targets": 0.42, "deadlines": 0.33,
    },
    # batch tb (pages of the search tool's corpus: national and ministry notices, 公告 and joint notices of 1990–2023 —
    # legal-database records, Traditional copies with and without glosses, bodies without title or 文号, a 公告 number
    # glued to a site label, a title closed by its date and number in brackets; metadata and sections): its honest
    # set-aside figure before any rule, less 0.03 (tb_04, tb_08, tb_12, tb_16: issuer, issue date, attachments, plan
    # title, doc type, node titles, deadlines 1.00, cited documents 0.941, nodes, ids and markers 0.923, levels 0.885,
    # addressees 0.75, 文号 0.667, title 0.571); the batch's rules, written on its development part, left it unchanged
    "tb_": {
        "title": 0.54, "doc_number": 0.63, "issuer": 0.97, "issue_date": 0.97, "addressees": 0.72, "attachments": 0.97,
        "cited_documents": 0.91, "plan_title": 0.97, "doc_type": 0.97, "nodes": 0.89, "node_levels": 0.85,
        "node_ids": 0.89, "node_markers": 0.89, "node_titles": 0.97, "deadlines": 0.97,
    },
    # batch td (pages of the search tool's corpus from cities, counties, districts, townships and 街道 of 2003–2023:
    # 应急预案 notices with bar-parted or colon-less label blocks and bodies joined by single spaces, 三定 notices, a
    # forum post, Traditional copies with glosses, notes with no title; metadata and sections): its honest set-aside
    # figure before any rule, less 0.03 (td_04, td_08, td_12: 文号, attachments, plan title, node titles, doc type 1.00,
    # nodes, ids and markers 0.977, levels 0.930, title, issuer and cited documents 0.80, addressees 0.727, issue date
    # 0.667); the batch's rules, written on its development part, left it unchanged
    "td_": {
        "title": 0.77, "doc_number": 0.97, "issuer": 0.77, "issue_date": 0.63, "addressees": 0.69, "attachments": 0.97,
        "cited_documents": 0.77, "plan_title": 0.97, "doc_type": 0.97, "nodes": 0.94, "node_levels": 0.90,
        "node_ids": 0.94, "node_markers": 0.94, "node_titles": 0.97,
    },
    # batch tg (pages of the search tool's corpus rich in goals and deadlines: 实事 lists, plans, reports and their news
    # retellings; metadata where printed, sections with targets and deadlines): its honest set-aside figure before any
    # rule, less 0.03 (tg_04, tg_08, tg_12, tg_16: title, node titles 1.00, nodes and markers 0.954, levels 0.923, ids
    # 0.462, targets 0.939, deadlines 0.522); the batch's rules, written on its development part, raised targets to 0.960
    "tg_": {
        "title": 0.97, "nodes": 0.92, "node_levels": 0.89, "node_ids": 0.43, "node_markers": 0.92, "node_titles": 0.97,
        "targets": 0.90, "deadlines": 0.49,
    },
    # batch te (responsibility notes as real pages carry them, pages of the search tool's corpus): its honest set-aside
    # figure before any rule, less 0.03 (te_04, te_08, te_12: title, 文号, issuer, issue date, addressees, attachments,
    # doc type, node titles 1.00, nodes, ids, levels and markers 0.80; units, lead, support, mode, targets and deadlines
    # 0.00, unfloored); the batch's rules, written on its development part, left it unchanged
    "te_": {
        "title": 0.97, "doc_number": 0.97, "issuer": 0.97, "issue_date": 0.97, "addressees": 0.97, "attachments": 0.97,
        "doc_type": 0.97, "nodes": 0.77, "node_levels": 0.77, "node_ids": 0.77, "node_markers": 0.77, "node_titles": 0.97,
    },
    # batch th (信息公开 pages of site platforms not used before; metadata and sections): its honest set-aside figure
    # before any rule, less 0.03 (th_04: index number, cited documents and node titles 1.00, nodes, levels, ids and
    # markers 0.923; title, issuer, dates and doc type 0.00 unfloored; 文号, addressees, attachments hold no item);
    # the batch's rules, written on its development part, left it unchanged
    "th_": {
        "index_number": 0.97, "cited_documents": 0.97, "nodes": 0.89, "node_levels": 0.89, "node_ids": 0.89,
        "node_markers": 0.89, "node_titles": 0.97,
    },
    # batch tj (responsibility notes and item trees on pages of the search tool's corpus): its honest set-aside figure
    # before any rule, less 0.03 (tj_04, tj_08, tj_12: title 0.50, addressees 1.00, nodes and markers 0.909, levels 0.727,
    # ids 0.50, node titles 0.60, units 0.194, lead and mode 0.875, inherited, targets and deadlines 1.00; support 0.00
    # unfloored; 文号 holds no item); the batch's rules, written on its development part, left it unchanged
    "tj_": {
        "title": 0.47, "addressees": 0.97, "nodes": 0.87, "node_levels": 0.69, "node_ids": 0.47, "node_markers": 0.87,
        "node_titles": 0.57, "units": 0.16, "lead": 0.84, "mode": 0.84, "inherited": 0.97, "targets": 0.97,
        "deadlines": 0.97,
    },
    # batch tl (goals and deadlines on pages of the search tool's corpus nobody tuned for: plans of 2006–2025, reports,
    # 实事 lists and their news retellings): its honest set-aside figure before any rule, less 0.03 (tl_04, tl_08, tl_12,
    # tl_16: index number and node titles 1.00, nodes, levels, ids and markers 0.846, targets 0.957, deadlines 0.600);
    # the batch's rules, written on its development part, left it unchanged
    "tl_": {
        "index_number": 0.97, "nodes": 0.81, "node_levels": 0.81, "node_ids": 0.81, "node_markers": 0.81,
        "node_titles": 0.97, "targets": 0.92, "deadlines": 0.57,
    },
    # batch tn (responsibility in varied forms on pages of the search tool's corpus: duty lists headed by bodies, 由X负责,
    # 责任人 lines): its honest set-aside figure before any rule, less 0.03 (tn_04, tn_08, tn_12: nodes, ids and markers
    # 0.756, levels 0.533, node titles 0.774, units 0.667, lead 0.692, mode 0.720; title and support 0.00 unfloored); the
    # batch's rules, written on its development part, left it unchanged
    "tn_": {
        "nodes": 0.72, "node_levels": 0.50, "node_ids": 0.72, "node_markers": 0.72, "node_titles": 0.74, "units": 0.63,
        "lead": 0.66, "mode": 0.69,
    },
    # batch to (targets and deadlines on city, county and township pages of the search tool's corpus: 实事 lists, 三年
    # 行动方案, 规划 news in Traditional script): its honest set-aside figure before any rule, less 0.03 (to_04, to_08,
    # to_12, to_16: nodes, levels and markers 0.875, ids 0.625, node titles 1.00, targets 0.866, deadlines 0.714); the
    # batch's rules, written on its development part, left it unchanged
    "to_": {
        "nodes": 0.84, "node_levels": 0.84, "node_ids": 0.59, "node_markers": 0.84, "node_titles": 0.97,
        "targets": 0.83, "deadlines": 0.68,
    },
    # batch tp (metadata as pages carry it, pages of the search tool's corpus; metadata-only gold): its honest set-aside
    # figure before any rule, less 0.03 (tp_04, tp_08, tp_12, tp_16: title and doc type 0.75, 文号, issuer and plan title
    # 0.667, attachments 0.80, cited documents 0.933, issue date and addressees 1.00); the batch's rules, written on its
    # development part, left it unchanged
    "tp_": {
        "title": 0.72, "doc_number": 0.63, "issuer": 0.63, "issue_date": 0.97, "addressees": 0.97, "attachments": 0.77,
        "cited_documents": 0.90, "plan_title": 0.63, "doc_type": 0.72,
    },
    # batch tq (duty lists and 分工 pages of the search tool's corpus: responsibility and structure): its honest set-aside
    # figure before any rule, less 0.03 (tq_04, tq_08, tq_12, tq_16: structure, title, 文号, issue date, addressees and
    # targets 1.00, issuer 0.80, doc type 0.667; publish date and index number 0.00 unfloored; the four name no unit, so
    # notes are unfloored); the batch's rules, written on its development part, left it unchanged
    "tq_": {
        "title": 0.97, "doc_number": 0.97, "issuer": 0.77, "issue_date": 0.97, "addressees": 0.97, "doc_type": 0.63,
        "nodes": 0.97, "node_levels": 0.97, "node_ids": 0.97, "node_markers": 0.97, "node_titles": 0.97, "targets": 0.97,
    },
    "tr_": {
        "title": 0.97, "issuer": 0.97, "publish_date": 0.97, "addressees": 0.30, "plan_title": 0.97, "doc_type": 0.97,
        "nodes": 0.97, "node_levels": 0.85, "node_ids": 0.97, "node_markers": 0.97, "node_titles": 0.89, "targets": 0.94,
        "deadlines": 0.97,
    },
    # batch ts (targets and deadlines: 教育部 records read from a JSON dump, pages of the search tool's corpus): its
    # honest set-aside figure before any rule, less 0.03 (ts_04, ts_08, ts_12, ts_16: title, 文号, issuer, issue date and
    # node titles 1.00, nodes, ids and markers 0.914, node levels 0.857, targets 0.882; addressees 0.00 and deadlines
    # 0.00 — one date of record read as due where the gold holds none — unfloored)
    "ts_": {
        "title": 0.97, "doc_number": 0.97, "issuer": 0.97, "issue_date": 0.97, "nodes": 0.88, "node_levels": 0.82,
        "node_ids": 0.88, "node_markers": 0.88, "node_titles": 0.97, "targets": 0.85,
    },
    # batch tv's gold holds notes and structure (targets and deadlines: none stated), metadata where the page has it
    "tv_": {
        "nodes": 0.97, "node_levels": 0.97, "node_ids": 0.97, "node_markers": 0.97, "node_titles": 0.97, "units": 0.94,
        "lead": 0.88, "support": 0.97, "mode": 0.88,
    },
    # tu (session 17): the first measure of its set-aside part less 0.03 (title, issuer 0.80; addressees 0.833; node levels 0.85;
    # node titles 0.80; the rest 1.00)
    "tu_": {
        "title": 0.77, "doc_number": 0.97, "issuer": 0.77, "issue_date": 0.97, "addressees": 0.80, "cited_documents": 0.97,
        "plan_title": 0.97, "doc_type": 0.97, "nodes": 0.97, "node_levels": 0.82, "node_ids": 0.97, "node_markers": 0.97,
        "node_titles": 0.77,
    },
    # batch tw: whole documents (a Word 97 upload, PDF / DOCX text made Markdown); its set-aside part after the rules
    # written on its development part (issuer 0.40 -> 0.80, nodes 0.927 -> 0.938 moved with them, by the summary figures)
    "tw_": {
        "title": 0.77, "doc_number": 0.97, "issuer": 0.77, "issue_date": 0.77, "publish_date": 0.97, "addressees": 0.97,
        "cited_documents": 0.97, "doc_type": 0.97, "nodes": 0.90, "node_levels": 0.90, "node_ids": 0.63,
        "node_markers": 0.90, "node_titles": 0.91, "deadlines": 0.97,
    },
    # batch tx (whole fullText records of a JSON dump: 教育部 and 四川省教育厅 notices, letters, a 决定, appointments):
    # its honest set-aside figure before any rule, less 0.03 (tx_04, tx_08: metadata and structure 1.00; cited
    # documents 0.00 — one 《…意见》 cited, none found — unfloored; no target, deadline or note in the gold)
    "tx_": {
        "title": 0.97, "doc_number": 0.97, "issuer": 0.97, "issue_date": 0.97, "addressees": 0.97, "attachments": 0.97,
        "doc_type": 0.97, "nodes": 0.97, "node_levels": 0.97, "node_ids": 0.97, "node_markers": 0.97,
    },
    "tz_": {
        "title": 0.63, "doc_number": 0.97, "issuer": 0.97, "issue_date": 0.97, "addressees": 0.97, "attachments": 0.97,
        "cited_documents": 0.77, "plan_title": 0.97, "doc_type": 0.63, "nodes": 0.95, "node_levels": 0.92,
        "node_ids": 0.95, "node_markers": 0.95, "node_titles": 0.97, "units": 0.69, "lead": 0.85, "support": 0.52,
        "mode": 0.97,
    },
    # batch ub (long regulations, 办法 and 意见 in stored forms: a SQL field's HTML, a one-line crawler string, PDF and
    # gazette text, an altChunk Word file): its set-aside first measure before any rule, less 0.03 (ub_04, ub_08, ub_12:
    # title 0.50 and 文号 0.67 — two laws titled by no 文种 —, nodes 0.993, levels 0.959, ids 0.981, markers 0.993; three
    # targets predicted where the gold holds none, unfloored)
    "ub_": {
        "title": 0.47, "doc_number": 0.63, "issuer": 0.97, "issue_date": 0.97, "addressees": 0.97, "attachments": 0.97,
        "plan_title": 0.97, "doc_type": 0.97, "nodes": 0.96, "node_levels": 0.92, "node_ids": 0.95, "node_markers": 0.96,
        "node_titles": 0.97,
    },
    "ty_": {
        "nodes": 0.97, "node_levels": 0.86, "node_ids": 0.97, "node_markers": 0.97, "node_titles": 0.97,
        "targets": 0.13, "deadlines": 0.50,
    },
    # batch ue (whole Hebei crawler CSV fields: 实施方案 / 若干措施 / 意见 with 责任单位 and 牵头部门 notes, ministries' 意见):
    # its set-aside first measure before any rule, less 0.03 (ue_04, ue_08, ue_12: issue date 0.50 — one date found of
    # three —, nodes 0.981, ids 0.962, units and lead 0.992, mode 1.00, targets 0.645, deadlines 0.667)
    "ue_": {
        "title": 0.97, "doc_number": 0.97, "issuer": 0.97, "issue_date": 0.47, "addressees": 0.97, "attachments": 0.97,
        "cited_documents": 0.97, "plan_title": 0.97, "doc_type": 0.97, "nodes": 0.95, "node_levels": 0.95, "node_ids": 0.93,
        "node_markers": 0.95, "node_titles": 0.97, "units": 0.96, "lead": 0.96, "mode": 0.97, "targets": 0.61,
        "deadlines": 0.63,
    },
    "ua_": {
        "title": 0.97, "doc_number": 0.97, "issuer": 0.97, "issue_date": 0.97, "addressees": 0.97, "attachments": 0.97,
        "plan_title": 0.97, "doc_type": 0.97, "nodes": 0.97, "node_levels": 0.97, "node_ids": 0.97, "node_markers": 0.97,
        "node_titles": 0.97, "units": 0.97, "lead": 0.97, "mode": 0.97,
    },
    # batch ud (goals and their negatives: 目标责任书, 控制指标, 民生实事 lists, completion and half-year reports): its
    # set-aside first measure before any rule, less 0.03 (ud_04, ud_08, ud_12: nodes, levels, ids, markers 0.842, node
    # titles 1.00, targets 0.042 — 35 predicted for 13 —, deadlines 1.00 with none expected and none found)
    "ud_": {
        "nodes": 0.81, "node_levels": 0.81, "node_ids": 0.81, "node_markers": 0.81, "node_titles": 0.97,
        "targets": 0.01, "deadlines": 0.97,
    },
    # batch uh (structure and responsibility in task-heavy 分工 / 实施方案 / 若干措施 of 2004–2024, Hebei crawl rows): its
    # set-aside first measure before any rule, less 0.03 (uh_04, uh_08, uh_12: nodes, levels, markers 0.910, ids 0.897,
    # units 0.689, lead 0.812, mode 0.681, support 0.00 — 31 expected, none found —, inherited 0.00 — one predicted, none expected)
    "uh_": {
        "nodes": 0.88, "node_levels": 0.88, "node_ids": 0.86, "node_markers": 0.88, "units": 0.65, "lead": 0.78,
        "support": 0.0, "mode": 0.65, "inherited": 0.0,
    },
    # batch uf (whole documents for goals, figures and deadlines — Hebei crawler CSV fields, a 政府工作报告's review, spreadsheet
    # cells, a gov.cn notice — with reports of past figures beside plans): its set-aside first measure before any rule, less
    # 0.03 (uf_04, uf_08, uf_12: nodes, levels, ids, markers and node titles 1.00, targets 0.963, deadlines 0.957)
    "uf_": {
        "nodes": 0.97, "node_levels": 0.97, "node_ids": 0.97, "node_markers": 0.97, "node_titles": 0.97,
        "targets": 0.93, "deadlines": 0.92,
    },
    "uc_": {
        "title": 0.97, "doc_number": 0.97, "issuer": 0.77, "issue_date": 0.97, "publish_date": 0.97, "addressees": 0.97,
        "attachments": 0.97, "cited_documents": 0.97, "plan_title": 0.97, "disclosure": 0.97, "doc_type": 0.97,
        "nodes": 0.35, "node_levels": 0.29, "node_ids": 0.35, "node_markers": 0.35, "node_titles": 0.97,
    },
    # batch ug (信息公开 pages of county, city and township bodies, 2010–2024, as the pages corpus stores them: label
    # blocks two labels a line, bar-parted tables, dash and bullet lists, letter-spaced labels, news items under a
    # label block): its set-aside first measure before any rule, less 0.03 (ug_04, ug_08, ug_12: title, publish date,
    # plan title and doc type 0.667, issuer 0.80, every other metadata field 1.00)
    "ug_": {
        "title": 0.63, "doc_number": 0.97, "issuer": 0.77, "issue_date": 0.97, "publish_date": 0.63, "addressees": 0.97,
        "attachments": 0.97, "cited_documents": 0.97, "plan_title": 0.63, "index_number": 0.97, "topic": 0.97,
        "validity": 0.97, "disclosure": 0.97, "plan_period": 0.97, "doc_type": 0.63,
    },
    # batch ui (whole documents whose notes name lead and support: 牵头单位：A；责任单位：B, 牵头单位：A，参与单位：B,
    # A牵头，B…负责, 列第一位者为牵头部门，下同, A、B按职责分工负责; Hebei crawl rows of 2017–2021): its set-aside first
    # measure before any rule, less 0.03 (ui_04, ui_08: nodes, levels, ids, markers, units, lead, support 1.00, mode 0.985,
    # inherited 1.00 with none expected and none found)
    "ui_": {
        "nodes": 0.97, "node_levels": 0.97, "node_ids": 0.97, "node_markers": 0.97, "units": 0.97, "lead": 0.97,
        "support": 0.97, "mode": 0.95, "inherited": 0.97,
    },
    # batch uj (whole documents for goals, figures and deadlines: Hebei crawl rows of 2003–2024 — 规划 with a review of the
    # last period, 行动方案 of 2023–2027 with yearly goal paragraphs, 实施意见, a 工作要点, a rectification 函 of past
    # figures, 国办发〔2019〕24号 —): its set-aside first measure before any rule, less 0.03 (uj_04, uj_08, uj_12: nodes and
    # markers 0.949, levels 0.943, ids 0.936, node titles 1.00, targets 0.507 — 111 predicted for 114 —, deadlines 0.853)
    "uj_": {
        "nodes": 0.91, "node_levels": 0.91, "node_ids": 0.90, "node_markers": 0.91, "node_titles": 0.97,
        "targets": 0.47, "deadlines": 0.82,
    },
    # batch uk (信息公开 pages as government and reposting sites carry them, 2015–2024, ministry to township: bar-parted
    # label tables, a plan under its own label block, body-only pages stored from their addressees, a 函 with no title, a
    # site heading naming something else, 政策解读 links after the notice): its set-aside first measure before any rule,
    # less 0.03 (uk_04, uk_08, uk_12: every metadata field 1.00, publish date, attachments, index number, topic, validity
    # and plan period with none expected and none found)
    "uk_": {
        "title": 0.97, "doc_number": 0.97, "issuer": 0.97, "issue_date": 0.97, "publish_date": 0.97, "addressees": 0.97,
        "attachments": 0.97, "cited_documents": 0.97, "plan_title": 0.97, "index_number": 0.97, "topic": 0.97,
        "validity": 0.97, "disclosure": 0.97, "plan_period": 0.97, "doc_type": 0.97,
    },
    # batch ul (node ids, levels and responsibility in task-heavy whole documents: (A负责) / (A、B按职责分工负责) /
    # 列第一位者为牵头单位，下同 / （责任单位：处室…，各地…部门）, duty lists headed by units, items numbered on across headings
    # or restarting under each; Hebei crawl rows of 2015–2024): its set-aside first measure before any rule, less 0.03
    # (ul_04, ul_08, ul_12: nodes, levels, markers 0.979, ids 0.965, units, lead, support, mode 1.00, inherited 1.00 with
    # none expected and none found)
    "ul_": {
        "nodes": 0.94, "node_levels": 0.94, "node_ids": 0.93, "node_markers": 0.94, "units": 0.97, "lead": 0.97,
        "support": 0.97, "mode": 0.97, "inherited": 0.97,
    },
    # batch um (信息公开 pages for index numbers and publish dates, 2013–2024, province to township: bracketed labels two a
    # row, labels alone above their values, letter-spaced and truncated labels, label-less value lists, dates with a time,
    # 来源 / 浏览次数 / 字号 furniture): its set-aside first measure before any rule, less 0.03 (um_04, um_08, um_12: issuer
    # 0.667, topic 0.80, every other metadata field 1.00, validity, disclosure and plan period with none expected and none found)
    "um_": {
        "title": 0.97, "doc_number": 0.97, "issuer": 0.63, "issue_date": 0.97, "publish_date": 0.97, "addressees": 0.97,
        "attachments": 0.97, "cited_documents": 0.97, "plan_title": 0.97, "index_number": 0.97, "topic": 0.77,
        "validity": 0.97, "disclosure": 0.97, "plan_period": 0.97, "doc_type": 0.97,
    },
    # batch un (notices as their PDF / Word attachments store them: WPS, Word and Distiller PDFs with page numbers and
    # hard wraps, .docx and a Word 97 .doc, 2016–2024): its set-aside first measure before any rule, less 0.03 (un_04,
    # un_08: title, 文号, date, addressees, doc type 1.00, issuer 0.50 — one of two —, attachments and plan title 1.00 with
    # none expected and none found, nodes / levels / ids / markers 0.931, node titles 1.00; measured again, still before
    # any rule, after the gold's 公开方式 line was brought into the corpus convention); units, lead, support and mode
    # unfloored (the set-aside gold names no unit)
    "un_": {
        "title": 0.97, "doc_number": 0.97, "issuer": 0.47, "issue_date": 0.97, "addressees": 0.97, "attachments": 0.97,
        "plan_title": 0.97, "doc_type": 0.97, "nodes": 0.90, "node_levels": 0.90, "node_ids": 0.90, "node_markers": 0.90,
        "node_titles": 0.97,
    },
    # batch uo (whole national notices, replies and 函 of 2011–2023 from two earlier sources' unused rows: one-line CSV
    # fields with title, 文号 and signature glued, spreadsheet cells holding the body only, with U+3000 indents or stray
    # Word marks, letter-spaced 科 技 部): its set-aside first measure before any rule, less 0.03 (uo_04, uo_08: title,
    # 文号 none expected and none found; issuer, issue date, addressees, attachments, disclosure, nodes, levels, ids,
    # markers, node titles 1.00; doc type 0.667; plan title 0.000; units, lead, support, mode, inherited, targets,
    # deadlines none expected and none found; measured after uo_04's closing paragraph and uo_04 / uo_08's date lines
    # were brought to the corpus's conventions: a closing kind, the date inside the signature node)
    "uo_": {
        "title": 0.97, "doc_number": 0.97, "issuer": 0.97, "issue_date": 0.97, "addressees": 0.97,
        "attachments": 0.97, "disclosure": 0.97, "doc_type": 0.63, "plan_title": 0.0, "nodes": 0.97,
        "node_levels": 0.97, "node_ids": 0.97, "node_markers": 0.97, "node_titles": 0.97, "units": 0.97, "lead": 0.97,
        "support": 0.97, "mode": 0.97, "inherited": 0.97, "targets": 0.97, "deadlines": 0.97,
    },
    # batch uq (saved pages of 区县 and 开发区 portals, city and county 部门 and 省直 sites, 2016–2025, for titles, issuers and
    # index numbers: body-only pages whose only title line is the issued plan's, a page heading naming the 区 where the
    # notice names its bureau, a 版记 印发 line naming another body, an issuer glued to its date, bare-digit dates, 公示 and
    # 函 signed by a bureau or a 旗 government): its set-aside first measure before any rule, less 0.03 (uq_04, uq_08,
    # uq_12: title 0.80, issuer 0.50, issue date 0.50, doc type 0.80, publish date, addressees, plan title, index number,
    # disclosure, cited documents 1.00, 文号, attachments and validity with none expected and none found)
    "uq_": {
        "title": 0.77, "doc_number": 0.97, "issuer": 0.47, "issue_date": 0.47, "publish_date": 0.97, "addressees": 0.97,
        "attachments": 0.97, "cited_documents": 0.97, "plan_title": 0.97, "index_number": 0.97, "validity": 0.97,
        "disclosure": 0.97, "doc_type": 0.77,
    },
    # batch up (whole documents for goals and deadlines in new shapes — a 工作要点 with times at item ends, a staged
    # 乡镇 活动方案, a county 振兴 方案 with dated stages, yearly goal paragraphs, 专栏 boxes, reviews of past figures —:
    # unused Hebei crawl rows of 2004–2023): its set-aside first measure before any rule, less 0.03, floored at 0.0
    # (up_04, up_08, up_12: nodes and markers 0.893, levels 0.732, ids 0.857, node titles 1.00, targets 0.551 — 19 of
    # 41 found, 9 false —, deadlines 0.636; units, lead, mode and inherited 0.000, every unit predicted on nodes the gold
    # does not have, its notes skipped where they stand; support none expected and none found)
    "up_": {
        "nodes": 0.86, "node_levels": 0.70, "node_ids": 0.82, "node_markers": 0.86, "node_titles": 0.97,
        "targets": 0.52, "deadlines": 0.60, "units": 0.0, "lead": 0.0, "support": 0.97, "mode": 0.0, "inherited": 0.0,
    },
    # batch ur (whole long documents for structure, each over 15,000 characters: 规划 with 专栏 boxes, a 指导意见 with
    # 第X章 over 一、, 条例 as Markdown law files, PDF text with a 目录 and page numbers, a notice with five attachments,
    # 2013–2024): its set-aside first measure before any rule, less 0.03 (ur_04, ur_08, ur_12: nodes and markers 0.949,
    # levels 0.920, ids 0.917, node titles 0.895; title, issuer, doc type 1.00; 文号, addressees, attachments, plan title
    # none expected and none found); units, lead and mode unfloored (the set-aside gold names no unit; one predicted)
    "ur_": {
        "title": 0.97, "doc_number": 0.97, "issuer": 0.97, "addressees": 0.97, "attachments": 0.97, "plan_title": 0.97,
        "doc_type": 0.97, "nodes": 0.91, "node_levels": 0.89, "node_ids": 0.88, "node_markers": 0.91, "node_titles": 0.86,
    },
    # batch us (metadata on templates the corpus had few of: legal-database pages, 信息公开 field tables, red-header and
    # joint issuers, Chinese-numeral dates, pages whose heading differs from the notice's title; 2003–2019, national to
    # county): its set-aside first measure before any rule, less 0.03, truncated to two places (us_04, us_08 — us_12 was
    # dropped with three development pages as a doubtful copy —: cited documents 0.833, 5 of 7; title, 文号, issuer, issue
    # date, addressees, plan title, index number, doc type 1.00; no publish date or attachment in their gold)
    "us_": {
        "title": 0.97, "doc_number": 0.97, "issuer": 0.97, "issue_date": 0.97, "addressees": 0.97,
        "cited_documents": 0.80, "plan_title": 0.97, "index_number": 0.97, "doc_type": 0.97,
    },
    # batch ut (whole documents for goals and deadlines in plans and mixed texts — 行动计划 with 到2023年底 / 到2025年
    # goals and a flattened 年度指标分解表, a 实施意见 with 到2026年 / 到2030年 / 到2035年 horizons and baselines, a year's
    # plan of months, dated 工作方案 steps, rates and effective dates —: unused Hebei crawl rows of 2015–2024): its
    # set-aside first measure before any rule, less 0.03 (ut_04, ut_08, ut_12: nodes, ids and markers 1.00, levels 0.935,
    # node titles 0.912, targets 0.814 — 24 of 25 found, 10 false —, deadlines 0.960; units, lead, support, mode and
    # inherited none expected and none found, the notes skipped where they stand)
    "ut_": {
        "nodes": 0.97, "node_levels": 0.90, "node_ids": 0.97, "node_markers": 0.97, "node_titles": 0.88,
        "targets": 0.78, "deadlines": 0.93, "units": 0.97, "lead": 0.97, "support": 0.97, "mode": 0.97, "inherited": 0.97,
    },
    # batch uv (whole Hebei documents that assign work to units, 2017–2024: notes closing each measure, several in one
    # item, a note on its own paragraph after a group's last item, (责任部门：A、B牵头，C…按职责分工负责), 排名第1为牵头单位，
    # 下同, a department's own offices, angle-bracket asides, U+3000 and one-line fields): its set-aside first measure before
    # any rule, less 0.03 (uv_04, uv_08, uv_12: nodes, levels, ids, markers 0.991, units 0.994, lead 0.994, mode 0.993;
    # support and inherited none expected and none found)
    "uv_": {
        "nodes": 0.96, "node_levels": 0.96, "node_ids": 0.96, "node_markers": 0.96, "units": 0.96, "lead": 0.96,
        "support": 0.97, "mode": 0.96, "inherited": 0.97,
    },
    # batch uw (heading trees nobody tuned for, issue 10 §2: 一、（一）1.（1） four levels deep, 第X章 over 一、 restarting in
    # each chapter, an Arabic-only 1. / 1.1 / 1.1.1 outline with (a) items, 第X条 glued to their text, a notice whose 附件
    # form numbers its 一、 on, lost heading lines, labelled and dash runs, 专栏 boxes, PDF text with 目录 and page numbers,
    # 2014–2024): its set-aside first measure before any rule, less 0.03 (uw_04, uw_08, uw_12: nodes and markers 0.978,
    # levels 0.969, ids 0.560, node titles 1.00; its gold scores structure only). Measured again on main when merged, its
    # code holding left4's counted-points rule (一是… / 二是… / 三是… one a line become paragraph nodes) that the uw
    # branch lacked: nodes and markers 0.898, levels 0.890, ids 0.514 (uw_12 loses 20 nodes to that rule; its set-aside
    # gold was written before the convention and is not re-read): these, less 0.03, are the floors
    "uw_": {"nodes": 0.86, "node_levels": 0.86, "node_ids": 0.48, "node_markers": 0.86, "node_titles": 0.97},
    # batch ux (metadata on templates the corpus had few of, issue 10 §4: county, banner and township 信息公开 pages with
    # label tables three pairs a line, one label a line, labels with a blank before the colon, empty labels, a 发文机关 that
    # is the posting bureau, a 文号 glued after the title or in parentheses under it, titles over two lines, joint issuers
    # parted by a blank, a legal-database record under another province's heading, 2007–2025): its set-aside first measure
    # before any rule, less 0.03 (ux_04, ux_08, ux_12: issuer 0.800, plan title 0.000 — one expected, one found that is not it —;
    # title, 文号, issue and publish date, addressees, cited documents, index number, topic, doc type 1.00; attachments,
    # validity, disclosure, plan period none expected and none found)
    "ux_": {
        "title": 0.97, "doc_number": 0.97, "issuer": 0.77, "issue_date": 0.97, "publish_date": 0.97, "addressees": 0.97,
        "attachments": 0.97, "cited_documents": 0.97, "plan_title": 0.0, "index_number": 0.97, "topic": 0.97,
        "validity": 0.97, "disclosure": 0.97, "plan_period": 0.97, "doc_type": 0.97,
    },
    # batch uy (whole documents for goals and deadlines in families the corpus had few of — a 民生工程 year plan and a 提标扩面
    # 方案 of flat standards, 百日 campaigns, a 考核 notice of per-period quotas, an 评分 plan whose paragraphs are parted by a
    # private-use character, 行动 and 活动 方案 with dated stages, an 八五 规划 —: unused Hebei crawl rows of 2015–2024): its
    # set-aside first measure before any rule, less 0.03, truncated to two places (uy_04, uy_08, uy_12: nodes, ids and markers
    # 0.927, levels 0.825, node titles 0.861, targets 0.727 — 4 of 7 found, none false —, deadlines 0.684 — 13 of 25 found,
    # none false —; units, lead, support, mode and inherited none expected and none found, the notes skipped where they stand)
    "uy_": {
        "nodes": 0.89, "node_levels": 0.79, "node_ids": 0.89, "node_markers": 0.89, "node_titles": 0.83,
        "targets": 0.69, "deadlines": 0.65, "units": 0.97, "lead": 0.97, "support": 0.97, "mode": 0.97, "inherited": 0.97,
    },
    # batch uz (twelve whole Hebei documents that assign work in forms the corpus lacked: 〔责任单位：…〕 notes in tortoise-
    # shell brackets, units opening their item (（一）省财政厅牵头，…), 由A牵头会同B负责实施 inside 第X条 items, a 领导小组
    # 成员单位 duty list, 牵头部门：A，组成部门：B notes under a decimal outline four levels deep, A、B会同C notes, 专栏 boxes
    # glued after notes, trees to five levels): its set-aside first measure before any rule, less 0.03 (uz_04, uz_08, uz_12:
    # nodes 0.809, levels 0.754, ids 0.579, markers 0.800, units 0.449, lead 0.469, mode 0.500, support 0.000 — expected,
    # none found —, inherited 0.000 — none expected, some found)
    "uz_": {
        "nodes": 0.77, "node_levels": 0.72, "node_ids": 0.54, "node_markers": 0.77, "units": 0.41, "lead": 0.43,
        "support": 0.0, "mode": 0.47, "inherited": 0.0,
    },
    # batch va (metadata in forms the corpus had few of, issue 10 §4: legal-database records under another notice's page
    # heading, a Traditional tax-law record in a bar-closed label table with a Chinese-numeral date, joint 市委 and 市政府
    # issuers run together, a ministry notice whose page names its 办公厅 as author, a 十四五 plan printed alone with a
    # blank-spaced date, a notice stored without its title, a 政府公报 issue; 2011–2023): its set-aside first measure
    # before any rule, less 0.03 (va_04, va_08: title 0.500 — one of two found, one found that is not it —; 文号, issuer,
    # issue and publish date, addressees, plan title, topic, validity, disclosure, doc type 1.00; attachments, cited
    # documents, index number, plan period none expected and none found)
    "va_": {
        "title": 0.47, "doc_number": 0.97, "issuer": 0.97, "issue_date": 0.97, "publish_date": 0.97, "addressees": 0.97,
        "attachments": 0.97, "cited_documents": 0.97, "plan_title": 0.97, "index_number": 0.97, "topic": 0.97,
        "validity": 0.97, "disclosure": 0.97, "plan_period": 0.97, "doc_type": 0.97,
    },
    # batch vb (twelve whole 2023–2025 documents for goals and deadlines in running prose: a ministries' 若干措施, city 工作方案
    # with dated stages, an application notice, district 若干措施 of grants and thresholds, a 行动计划 to 2027, a 国办 notice of
    # policy terms beside application limits; txt, Word 97 and PDF): its set-aside first measure before any rule, less 0.03,
    # truncated to two places (vb_04, vb_08, vb_12: nodes, levels and markers 0.986, ids 0.932, node titles 1.000, targets
    # 0.914 — 16 of 16 found, 3 false —, deadlines 0.286 — 1 of 4 found, 2 false —; units, lead, support, mode and
    # inherited none expected and none found, the notes skipped where they stand)
    "vb_": {
        "nodes": 0.95, "node_levels": 0.95, "node_ids": 0.9, "node_markers": 0.95, "node_titles": 0.97,
        "targets": 0.88, "deadlines": 0.25, "units": 0.97, "lead": 0.97, "support": 0.97, "mode": 0.97, "inherited": 0.97,
    },
    # batch vc (twelve whole documents that assign work, issue 10 §2–3: unused Hebei crawl rows of 2015–2024 and one 国办
    # 意见 — notes (A、B等单位按职责分工负责), (A负责), (A、B会同C、D…等部门负责), 列第一位者为牵头单位，下同, roles named by
    # function (项目管理部门、项目承担单位负责落实), items numbered on across their headings, headings glued to their text on
    # one-line bodies): its set-aside first measure before any rule, less 0.03 (vc_04, vc_08, vc_12: nodes, ids and markers
    # 0.982, levels 0.970, units 0.957, lead 0.955, support 1.000, mode 0.983; inherited none expected and none found)
    "vc_": {
        "nodes": 0.95, "node_levels": 0.94, "node_ids": 0.95, "node_markers": 0.95, "units": 0.92, "lead": 0.92,
        "support": 0.97, "mode": 0.95, "inherited": 0.97,
    },
    # batch vd (metadata in forms issue 10 §4 names: two 信息公开 pages — a dash list of letter-spaced labels, a label table
    # two pairs a line with a township 发布机构 —, then unused pages of the 道真 人社局 site mirror: a 令 reposted with its
    # number over three lines, joint ministries and four joint county bodies signing on one line, 印发 notices whose title
    # stands only in <title>, a 文号 split over lines, the site's replacement name as issuer; 2014–2025): its set-aside first
    # measure before any rule, less 0.03 (vd_04, vd_08, vd_12: cited documents 0.800 — 10 of 12 found, 3 false —; title,
    # 文号, issuer, issue and publish date, addressees, attachments, plan title, doc type 1.00; index number, topic,
    # validity, disclosure, plan period none expected and none found)
    "vd_": {
        "title": 0.97, "doc_number": 0.97, "issuer": 0.97, "issue_date": 0.97, "publish_date": 0.97, "addressees": 0.97,
        "attachments": 0.97, "cited_documents": 0.77, "plan_title": 0.97, "index_number": 0.97, "topic": 0.97,
        "validity": 0.97, "disclosure": 0.97, "plan_period": 0.97, "doc_type": 0.97,
    },
    # batch vh (metadata where the set-aside part still fell short, issue 10 §4, session 27: a 内蒙古 信息公开 page whose
    # bar-parted label table prints the topic over two levels and then again with its second level only, then unused pages
    # of the 道真 人社局 site mirror — 印发 notices and 公告 with no title line in the body, a 文号 on the first line over the
    # issuing 党组 and the title, a 司法解释 under its 文号 in 【】, a ministry 令 dated 二○○九年一月一日, the 条例 glued on
    # one line, a law under its 主席令 第　八十　号; 2007–2025): its set-aside first measure before any rule, less 0.03
    # (vh_04, vh_08, vh_12: title 0.667 — 2 of 3 found, 1 false —; 文号, issuer, issue and publish date, addressees,
    # attachments, cited documents, plan title, doc type 1.00; index number and plan period none expected and none found)
    "vh_": {
        "title": 0.63, "doc_number": 0.97, "issuer": 0.97, "issue_date": 0.97, "publish_date": 0.97, "addressees": 0.97,
        "attachments": 0.97, "cited_documents": 0.97, "plan_title": 0.97, "index_number": 0.97, "plan_period": 0.97,
        "doc_type": 0.97,
    },
    # batch vg (twelve whole documents for goals and deadlines in running prose, issue 10, session 26: a 国办 行动方案 of
    # 2016, Hebei 实施方案 / 实施意见 / 细则 / 指引 of 2015–2023 stored as one-line CSV fields or U+3000 paragraphs, a 国办 2004
    # notice and a 国函 2006 批复 with its attached 意见, a city 2024 政府工作报告 where past figures sit beside the year's
    # goals): its set-aside first measure before any rule, less 0.03, truncated to two places (vg_04, vg_08, vg_12: nodes
    # and markers 0.955, levels 0.930, ids 0.922, titles 0.990, targets 0.800 — 8 of 8 found, 4 false —, deadlines 0.923 —
    # 6 of 6 found, 1 false —; the notes skipped where they stand)
    "vg_": {
        "nodes": 0.92, "node_levels": 0.9, "node_ids": 0.89, "node_markers": 0.92, "node_titles": 0.96,
        "targets": 0.77, "deadlines": 0.89,
    },
    # batch vf (twelve whole documents on who leads and who supports, issue 10 §3: unused Hebei crawl rows of 2015–2024 —
    # notes (A、B，有关市政府分别负责), (A…等部门按职能分别负责), (责任单位：…；厅X局、Y处…；完成时限：…), offices of the issuing
    # department, duties given in prose to bodies named by function, 第X章 / 第X条 rules with inline （一） lists): its set-aside
    # first measure before any rule, less 0.03, on the gold as corrected before any rule (vf_08's inline （一） items made
    # nodes, as every one-line regulation's gold has them) (vf_04, vf_08, vf_12: nodes, ids and markers 0.972, levels
    # 0.942, units, lead and mode 1.000; support and inherited none expected and none found)
    "vf_": {
        "nodes": 0.94, "node_levels": 0.91, "node_ids": 0.94, "node_markers": 0.94, "units": 0.97, "lead": 0.97,
        "support": 0.97, "mode": 0.97, "inherited": 0.97,
    },
    # batch vj (eight documents on who leads and who supports, issue 10 §3, session 27: seven unused Hebei crawl rows and one
    # county 分工方案 page of the pages corpus — the search made found no other fresh body with 责任领导 / 主办 / 成员单位职责 /
    # 乡镇 notes; notes (A、B…负责) naming a tier with a parenthetical (各市（含定州、辛集市，下同）政府) and 以下均需…不再列出,
    # （责任单位：…） on a 实施方案 attached to its 解读, （相关部门按职责分工负责）, a heading's (A、B、C牵头) over items with notes
    # of their own, parentheticals that are no notes, duties in prose): its set-aside first measure before any rule, less
    # 0.03, truncated to two places (vj_04, vj_08: nodes, levels and markers 0.985, ids 0.954; no note expected, none found)
    "vj_": {
        "nodes": 0.95, "node_levels": 0.95, "node_ids": 0.92, "node_markers": 0.95, "units": 0.97, "lead": 0.97,
        "support": 0.97, "mode": 0.97, "inherited": 0.97,
    },
    # batch ve (twelve whole long documents for heading / item trees, issue 10 §2: unused gov.cn page copies and spreadsheet
    # cells of two earlier sources — 第X章 / 第X节 plans with a 目录, 第X章 / 第X条 rules with （一） / 1. lists inside
    # articles, 一、（一）1. plans with 专栏 boxes, lead-sentence runs, a notice with an unrelated plan glued after it):
    # its set-aside first measure before any rule, less 0.03, truncated to two places (ve_04, ve_08, ve_12: nodes,
    # levels, ids and markers 0.986, node titles 0.990; structure only, every other field skipped)
    "ve_": {"nodes": 0.95, "node_levels": 0.95, "node_ids": 0.95, "node_markers": 0.95, "node_titles": 0.96},
    # batch vi (twelve whole documents for goals and deadlines in running prose, issue 10, session 27: Hebei 意见 / 实施意见 /
    # 实施方案 / 指引 of 2011–2023 stored as one-line CSV fields or U+3000 paragraphs (one stored twice over), a 河南 2022
    # 政府工作报告 where the 2021 review's figures sit beside the year's goals, two 国科发 rules of scores, weights and caps, a 国发
    # 2004 and a 国办发 2001 notice each with its attached 意见): its set-aside first measure before any rule, less 0.03,
    # truncated to two places (vi_04, vi_08, vi_12: nodes, ids and markers 0.828, levels 0.759, titles 0.964, targets 0.000
    # — none expected, 3 false —, deadlines 0.800 — 6 of 6 found, 3 false —; the notes skipped where they stand)
    "vi_": {
        "nodes": 0.79, "node_levels": 0.72, "node_ids": 0.79, "node_markers": 0.79, "node_titles": 0.93,
        "targets": 0.0, "deadlines": 0.77,
    },
    # batch vk (twelve whole long documents for heading / item trees, issue 10 §2, session 27: unused gov.cn page copies,
    # Hebei CSV fields and spreadsheet cells of three earlier sources — one-line 实施方案 / 规划 / 办法 bodies parted by
    # U+3000 runs, PDF text with page numbers mid-sentence, attachments each with its own tree, a heading whose marker the
    # copy lost, 一是 runs and lead-sentence runs inside numbered items): its set-aside first measure before any rule, less
    # 0.03, truncated to two places (vk_04, vk_08, vk_12: nodes, levels, ids and markers 0.997, node titles 1.000;
    # structure only, every other field skipped)
    "vk_": {"nodes": 0.96, "node_levels": 0.96, "node_ids": 0.96, "node_markers": 0.96, "node_titles": 0.97},
    # batch vm (twelve real pages for metadata, issue 10 §4, session 28: legal-database fields, 信息公开 label tables in
    # traditional-script copies, headlines that are not the title, joint issuers, 国函 / 国办函 copies): its set-aside first
    # measure before any rule, less 0.03 (vm_04, vm_08, vm_12: title 0.667 — 2 of 3 —, every other field with gold 1.000)
    "vm_": {
        "title": 0.63, "doc_number": 0.97, "issuer": 0.97, "issue_date": 0.97, "addressees": 0.97,
        "cited_documents": 0.97, "index_number": 0.97, "topic": 0.97, "doc_type": 0.97,
    },
    # batch vn (pages assigning work and pages naming units in prose without assigning anything, issue 10 §3: county and
    # city notices sending out task lists, 解读 pages, a document-sharing page's one-line plan): the set-aside three name no
    # unit in a note, so units / lead / mode hold at 1.0 only while no prose subject, addressee or 督查室 reads as a note
    "vn_": {"nodes": 0.78, "node_levels": 0.78, "node_ids": 0.70, "node_markers": 0.78, "units": 0.95, "lead": 0.95, "mode": 0.95},
    # batch vo (twelve Shanghai city and district documents, session 28, issue 10: zhiyao87/Shanghai-Gov-Docs-Index,
    # Markdown with a Chinese front matter and a quoted source note above the # title; 实施计划 with （牵头单位：…，支撑单位：…）,
    # 行动计划 / 方案 / 规划 / 办法, two with an attached task table flattened one cell a line): its set-aside figures after
    # the batch's rules, less 0.03, truncated to two places (vo_04, vo_08, vo_12: 文号 0.000 → 1.000, nodes 0.544 → 0.554
    # — vo_04's flattened task table's cells read as nodes —, node ids 0.461 → 0.554, titles, units, lead, mode 1.000,
    # targets 0.875, deadlines 0.833 before and after)
    "vo_": {
        "title": 0.97, "doc_number": 0.97, "issuer": 0.97, "issue_date": 0.97, "addressees": 0.97,
        "nodes": 0.52, "node_levels": 0.52, "node_ids": 0.52, "node_markers": 0.52, "node_titles": 0.97,
        "units": 0.97, "lead": 0.97, "mode": 0.97, "targets": 0.84, "deadlines": 0.80,
    },
    # batch vl (twelve whole documents for targets precision, issue 10, session 28: Hebei 实施意见 / 实施方案 / 若干措施 / 实施
    # 细则 / 办法 / 条例 and a 财资 暂行办法 of 2015–2024 stored as CSV fields — grants, prizes by class, caps, eligibility
    # thresholds and score bands, shares a rule sets, dated recruitment steps beside a few goals): its set-aside first measure
    # before any rule, less 0.03, truncated to two places (vl_04, vl_08, vl_12: nodes, levels and markers 0.989, ids 0.846,
    # titles 1.000, targets 0.000 — none expected, 35 false —, deadlines 0.333 — 1 of 4 found, 1 false —; notes skipped)
    "vl_": {
        "nodes": 0.95, "node_levels": 0.95, "node_ids": 0.81, "node_markers": 0.95, "node_titles": 0.97,
        "targets": 0.0, "deadlines": 0.30,
    },
    # batch vq (twelve whole documents whose trees are deep or awkward as stored, issue 10, session 29: Hebei CSV fields and
    # law-database cells — 章/条 办法 and 规范 on one line, chapters glued to the article before them, lists glued after an
    # article's lead sentence, a 规划 with labelled runs, a 1969 转发 with one-cell tables): its set-aside first measure
    # before any rule, less 0.03, truncated to two places (vq_04, vq_08, vq_12: nodes, levels, ids and markers 0.993, node
    # titles 1.000; structure only, every other field skipped)
    "vq_": {"nodes": 0.96, "node_levels": 0.96, "node_ids": 0.96, "node_markers": 0.96, "node_titles": 0.97},
    # batch vr (real pages for metadata, issue 10 §4, session 29: 信息公开 label tables with a bureau in 发文机关 or empty
    # fields, pages stored without title or signature, 批复 with a 文号 first or a title over three lines, joint issuers
    # glued in a CSV record): its set-aside first measure before any rule, unchanged after, less 0.03 (vr_04, vr_08, vr_12:
    # title 0.667 — 2 of 3 —, publish date 0.000 — 1 expected, none found —, every other field with gold 1.000)
    "vr_": {
        "title": 0.63, "doc_number": 0.97, "issuer": 0.97, "issue_date": 0.97, "addressees": 0.97, "attachments": 0.97,
        "cited_documents": 0.97, "plan_title": 0.97, "plan_period": 0.97, "doc_type": 0.97,
    },
    # batch vp (twelve Shanghai city and district plans, opinions and a 办法 for goals and deadlines, issue 10, session 29):
    # its set-aside figures after the rules (unchanged from its first measure), less 0.03 and truncated (vp_04, vp_08,
    # vp_12: metadata 1.000, nodes / levels / ids / markers 0.987, titles 1.000, units / lead 0.981, mode 0.989, targets
    # 0.846, deadlines 0.750)
    "vp_": {
        "title": 0.97, "doc_number": 0.97, "issuer": 0.97, "issue_date": 0.97, "addressees": 0.97,
        "nodes": 0.95, "node_levels": 0.95, "node_ids": 0.95, "node_markers": 0.95, "node_titles": 0.97,
        "units": 0.95, "lead": 0.95, "mode": 0.95, "targets": 0.81, "deadlines": 0.72,
    },
    # batch vs (twelve long documents carrying their furniture as stored, issue 10 §2, session 29: one-line laws whose 目录
    # shares the body's line, 专栏 boxes, page lines mid-sentence, PDFs with running headers and restarting 附件): its
    # set-aside first measure before any rule, less 0.03, truncated to two places (vs_04, vs_08, vs_12: nodes and markers
    # 0.968, levels 0.960, ids 0.672, node titles 0.996; structure only, every other field skipped)
    "vs_": {"nodes": 0.93, "node_levels": 0.92, "node_ids": 0.64, "node_markers": 0.93, "node_titles": 0.96},
    # batch vu's gold holds structure and notes (targets and deadlines skipped, no metadata); one document set aside
    "vu_": {
        "nodes": 0.97, "node_levels": 0.97, "node_ids": 0.97, "node_markers": 0.97, "node_titles": 0.97,
        "units": 0.96, "lead": 0.96, "mode": 0.91,
    },
    # batch vx (session 30, issue 10 §3: who does what; four documents, vx_04 set aside; gold holds structure and notes,
    # targets and deadlines skipped, no metadata): its set-aside figures (first measure and after the rules alike:
    # structure 1.000, units 0.941, lead 0.941, mode 0.974, no support expected), less 0.03 and truncated
    "vx_": {
        "nodes": 0.97, "node_levels": 0.97, "node_ids": 0.97, "node_markers": 0.97, "node_titles": 0.97,
        "units": 0.91, "lead": 0.91, "mode": 0.94,
    },
    # batch vt (twelve Hebei provincial and national documents for goals and deadlines beyond Shanghai, issue 10, session
    # 29): its set-aside figures after the rules (unchanged from its first measure), less 0.03 and truncated (vt_04,
    # vt_08, vt_12: metadata, nodes, levels, ids, markers and titles 1.000, targets 0.812, deadlines 0.720; no notes)
    "vt_": {
        "title": 0.97, "doc_number": 0.97, "issuer": 0.97, "issue_date": 0.97, "addressees": 0.97, "doc_type": 0.97,
        "nodes": 0.97, "node_levels": 0.97, "node_ids": 0.97, "node_markers": 0.97, "node_titles": 0.97,
        "targets": 0.78, "deadlines": 0.69,
    },
    # batch vw (real government pages for metadata, issue 10 §4, session 30: gz.gov.cn raw pages — label blocks naming one
    # of two joint issuers, PubDate meta, 公开方式 below the article, data tables with a 分类 column — and gov.cn 信息公开
    # page copies with tab-parted label blocks and a 时效 note): its set-aside first measure before any rule, unchanged
    # after, less 0.03 and truncated (vw_04, vw_08, vw_12: cited documents 0.889 — 4 expected, 5 found —, every other field
    # with gold 1.000; metadata only)
    "vw_": {
        "title": 0.97, "doc_number": 0.97, "issuer": 0.97, "issue_date": 0.97, "publish_date": 0.97, "addressees": 0.97,
        "attachments": 0.97, "cited_documents": 0.85, "plan_title": 0.97, "index_number": 0.97, "topic": 0.97,
        "doc_type": 0.97,
    },
    # batch vy (notices and rules published as Word and PDF files, issue 10 §2 + issue 11 readers, session 30): its
    # set-aside figures after the rules (unchanged from its first measure), less 0.03 and truncated (vy_04, vy_08, vy_12:
    # metadata and structure 1.000 but issuer 0.500; no titles, notes, targets or deadlines in their gold)
    "vy_": {
        "title": 0.97, "doc_number": 0.97, "issuer": 0.47, "issue_date": 0.97, "addressees": 0.97, "doc_type": 0.97,
        "nodes": 0.97, "node_levels": 0.97, "node_ids": 0.97, "node_markers": 0.97,
    },
    # batch vv (session 30): ministries' and Shandong bodies' goals and deadlines; its set-aside figures less 0.03
    # (metadata and titles 1.000, nodes / levels / ids / markers 0.986, targets 0.750, deadlines 0.800)
    "vv_": {
        "issuer": 0.97, "issue_date": 0.97, "addressees": 0.97,
        "nodes": 0.95, "node_levels": 0.95, "node_ids": 0.95, "node_markers": 0.95, "node_titles": 0.97,
        "targets": 0.72, "deadlines": 0.77,
    },
    # batch wc (session 31, issue 10: structure on broken layouts — 河北 CSV bodies on one line, parted by full-width spaces,
    # or kept with their lines): its set-aside figures after the rules (unchanged from its first measure), less 0.03 and
    # truncated (wc_04, wc_08, wc_12: metadata and structure 1.000; one deadline read where the gold has none)
    "wc_": {
        "doc_number": 0.97, "issuer": 0.97, "issue_date": 0.97, "addressees": 0.97,
        "nodes": 0.97, "node_levels": 0.97, "node_ids": 0.97, "node_markers": 0.97, "node_titles": 0.97,
    },
    # batch we (session 32, issue 10 §2: long rules and plans as the Hebei sites' CSV export stores them — one line parted
    # by full-width spaces, or kept with its lines): its set-aside figures after the rules (unchanged from its first
    # measure), less 0.03 and truncated (we_04, we_08, we_12: metadata 1.000 but issue_date 0.500, nodes / levels /
    # markers 0.991, ids 0.956, titles 0.986, targets and deadlines 1.000)
    "we_": {
        "title": 0.97, "issuer": 0.97, "issue_date": 0.47, "addressees": 0.97, "attachments": 0.97, "doc_type": 0.97,
        "nodes": 0.96, "node_levels": 0.96, "node_ids": 0.92, "node_markers": 0.96, "node_titles": 0.95,
        "targets": 0.97, "deadlines": 0.97,
    },
    # batch wa (session 31, issue 10: who does what in Shanghai city, district and bureau notices): its set-aside figures
    # after the rules (unchanged from its first measure), less 0.03 and truncated (wa_04, wa_08, wa_12: metadata 1.000 but
    # doc_type 0.667, nodes 0.996, ids 0.989, units 0.874, lead 0.847, support 0.897, mode 0.915, targets 0.923, deadlines 1.000)
    "wa_": {
        "title": 0.97, "doc_number": 0.97, "issuer": 0.97, "issue_date": 0.97, "addressees": 0.97, "doc_type": 0.63,
        "nodes": 0.96, "node_levels": 0.96, "node_ids": 0.95, "node_markers": 0.96, "node_titles": 0.97,
        "units": 0.84, "lead": 0.81, "support": 0.86, "mode": 0.88, "targets": 0.89, "deadlines": 0.97,
    },
    # batch wb (raw government pages for metadata, issue 10 §4, session 31: county to provincial portals' 信息公开 pages
    # from one crawl's history — label tables twice, 发布机构 / 信息来源 naming a body that did not sign, titles over two
    # lines, signatures that are a bare date): its set-aside figures after the rules (unchanged from its first measure),
    # less 0.03 and truncated (wb_04, wb_08, wb_12: title and issuer 0.667, issue date 0.800, addressees 0.545, cited
    # documents 0.000 — none expected, three found —, every other field with gold 1.000; metadata only)
    "wb_": {
        "title": 0.63, "doc_number": 0.97, "issuer": 0.63, "issue_date": 0.77, "publish_date": 0.97, "addressees": 0.51,
        "attachments": 0.97, "plan_title": 0.97, "index_number": 0.97, "doc_type": 0.97,
    },
    # batch wf (raw government pages of hosts new to the corpus for metadata, issue 10 §4, session 32: 信息公开 tables and
    # [label] lines, a 文号 split over cells, titles with a column tag or the 文号 glued on, a legal database's record
    # under a site-name <title>, attachment links outside the article): its set-aside figures after the rules
    # (unchanged from its first measure), less 0.03 and truncated (wf_04, wf_08, wf_12: index number 0.667, every other
    # field with gold 1.000; metadata only)
    "wf_": {
        "title": 0.97, "doc_number": 0.97, "issuer": 0.97, "issue_date": 0.97, "publish_date": 0.97, "addressees": 0.97,
        "attachments": 0.97, "cited_documents": 0.97, "plan_title": 0.97, "index_number": 0.63, "doc_type": 0.97,
    },
    # batch wj (raw government pages of hosts new to the corpus for metadata, issue 10 §4, session 33: label lists and
    # tables, bar-parted field rows, joint and abbreviated issuers, 索取号 / cut 索引号): its set-aside figures after the rules
    # (unchanged from its first measure), less 0.03 and truncated (wj_04, wj_08, wj_12: issuer and publish date 0.667,
    # every other field with gold 1.000; metadata only)
    "wj_": {
        "title": 0.97, "doc_number": 0.97, "issuer": 0.63, "issue_date": 0.97, "publish_date": 0.63, "addressees": 0.97,
        "attachments": 0.97, "cited_documents": 0.97, "plan_title": 0.97, "index_number": 0.97, "doc_type": 0.97,
    },
    # batch wp (raw government pages of hosts new to the corpus for metadata, issue 10 §4, session 34: gkmlpt label blocks,
    # site- and column-name <title>s, headings naming their bureau short, joint bodies signing two a line, 解读 links and
    # readings around the notice, a page holding only the notice's PDF link): its set-aside figures after the rules
    # (unchanged from its first measure), less 0.03 and truncated (wp_04, wp_08, wp_12: every field with gold 1.000;
    # metadata only)
    "wp_": {
        "title": 0.97, "doc_number": 0.97, "issuer": 0.97, "issue_date": 0.97, "publish_date": 0.97, "addressees": 0.97,
        "attachments": 0.97, "cited_documents": 0.97, "plan_title": 0.97, "index_number": 0.97, "doc_type": 0.97,
    },
    # batch vz (session 31, issue 10: targets precision and deadlines on Shanghai rules, guides and standards that are no
    # goal plans): its set-aside figures after the rules (unchanged from its first measure), less 0.03 and truncated (vz_04,
    # vz_08, vz_12: metadata and structure 1.000, targets 1.000 — none given, none found —, deadlines 0.727; no notes)
    "vz_": {
        "title": 0.97, "doc_number": 0.97, "issuer": 0.97, "issue_date": 0.97, "addressees": 0.97, "attachments": 0.97,
        "doc_type": 0.97, "nodes": 0.97, "node_levels": 0.97, "node_ids": 0.97, "node_markers": 0.97, "node_titles": 0.97,
        "targets": 0.97, "deadlines": 0.69,
    },
    # batch wd (session 32, issue 10 §3: who carries the work in Shanghai city, district and street notices — bureaus'
    # own divisions, 责任部门 notes with a 时间节点, duty lists headed by a body): its set-aside figures after the rules
    # (unchanged from its first measure), less 0.03 and truncated (wd_04, wd_08, wd_12: metadata and titles 1.000, nodes /
    # levels / markers 0.991, ids 0.901, deadlines 0.167; units, lead, support and mode 0.000 — a duty list headed by its
    # bodies and a paragraph naming a lead in prose, none read —, targets 0.000: none given, one found)
    "wd_": {
        "title": 0.97, "doc_number": 0.97, "issuer": 0.97, "issue_date": 0.97, "addressees": 0.97, "attachments": 0.97,
        "doc_type": 0.97, "nodes": 0.96, "node_levels": 0.96, "node_ids": 0.87, "node_markers": 0.96, "node_titles": 0.97,
        "deadlines": 0.13,
    },
    # batch wg (session 32, issue 10: targets and deadlines on goal-bearing Shanghai plans and notices, eight documents):
    # its set-aside figures after the rules (unchanged from its first measure), less 0.03 and truncated (wg_04, wg_08:
    # metadata and nodes 1.000, levels / ids / markers 0.868, titles 0.911, targets 0.444 — precision 0.333 —, deadlines
    # 1.000; no notes)
    "wg_": {
        "title": 0.97, "doc_number": 0.97, "issuer": 0.97, "issue_date": 0.97, "addressees": 0.97, "attachments": 0.97,
        "doc_type": 0.97, "nodes": 0.97, "node_levels": 0.83, "node_ids": 0.83, "node_markers": 0.83, "node_titles": 0.88,
        "targets": 0.41, "deadlines": 0.97,
    },
    # batch wl (session 33, issue 10 §2: long rules, laws and plans as they are stored — one-line CSV fields with no
    # separator, full-width spaces, Markdown, a law PDF, a Word file; a notice issuing three documents): its set-aside
    # figures after the rules (unchanged from its first measure), less 0.03 and truncated (wl_04, wl_08, wl_12: title,
    # addressees, attachments, plan title and period, doc_type and deadlines 1.000, issuer 0.800, issue_date 0.667,
    # doc_number 0.000 — 中发〔2001〕3号 in a bracketed 题注 not read —, nodes / ids / markers 0.983, levels 0.971, titles
    # 0.926; targets 0.000: none given, two found; no notes)
    "wl_": {
        "title": 0.97, "issuer": 0.77, "issue_date": 0.63, "addressees": 0.97, "attachments": 0.97, "plan_title": 0.97,
        "plan_period": 0.97, "doc_type": 0.97, "nodes": 0.95, "node_levels": 0.94, "node_ids": 0.95, "node_markers": 0.95,
        "node_titles": 0.89, "deadlines": 0.97,
    },
    # batch wh (session 33, issue 10 §3: who carries the work in Shanghai city, district and town notices — duty lists headed
    # by their bodies, leads named in prose): its set-aside figures after the rules, less 0.03 and truncated (wh_04, wh_08,
    # wh_12: metadata and titles 1.000, nodes / levels / ids / markers 0.879 — 48 of 59 found —, deadlines 1.000; units,
    # lead and support 0.000 and mode 0.211)
    "wh_": {
        "title": 0.97, "doc_number": 0.97, "issuer": 0.97, "issue_date": 0.97, "addressees": 0.97, "attachments": 0.97,
        "doc_type": 0.97, "nodes": 0.84, "node_levels": 0.84, "node_ids": 0.84, "node_markers": 0.84, "node_titles": 0.97,
        "mode": 0.18, "deadlines": 0.97,
    },
    # batch wk (session 33, issue 10: deadlines and structure of work-arrangement notices dense in dates, Hebei): its
    # set-aside figures after the rules (wk_04, wk_08, wk_12: doc_number, addressees, disclosure 1.000, issuer and issue
    # date 0.800, nodes / markers 0.980, ids 0.966, levels 0.886, titles 0.869, deadlines 0.279 — precision 0.750, 0.186
    # at the first measure —; targets 0.000: two given, none found), less 0.03 and truncated
    "wk_": {
        "doc_number": 0.97, "issuer": 0.77, "issue_date": 0.77, "addressees": 0.97, "disclosure": 0.97,
        "nodes": 0.95, "node_levels": 0.85, "node_ids": 0.93, "node_markers": 0.95, "node_titles": 0.83, "deadlines": 0.24,
    },
    # batch wi (session 33, issue 10: targets precision on goal-bearing plans outside Shanghai — 河北 opinions and plans
    # from the CSV export, 生态环境部 opinions from an xlsx): its set-aside figures after the rules (targets and deadlines
    # unchanged from its first measure), less 0.03 and truncated (wi_04, wi_08, wi_12: title, doc_number and doc_type
    # 1.000, issuer 0.800, issue_date 0.667, addressees 0.400, attachments and disclosure 0.000, nodes / markers 0.969,
    # levels 0.939, ids 0.957, titles 0.954, targets 0.785 — precision 0.795 —, deadlines 0.741; no notes)
    "wi_": {
        "title": 0.97, "doc_number": 0.97, "issuer": 0.77, "issue_date": 0.63, "addressees": 0.37, "doc_type": 0.97,
        "nodes": 0.93, "node_levels": 0.90, "node_ids": 0.92, "node_markers": 0.93, "node_titles": 0.92,
        "targets": 0.75, "deadlines": 0.71,
    },
    # batch wm (session 34, issue 10 §3: responsibility in prose and by bodies doing the work, Shanghai city and district
    # notices): its set-aside figures after the rules, unchanged from its first measure, less 0.03 and truncated (wm_04,
    # wm_08, wm_12: metadata and titles 1.000, nodes / levels / markers 0.974, ids 0.921, deadlines 0.800; units, lead and
    # mode 0.000, no floor)
    "wm_": {
        "title": 0.97, "doc_number": 0.97, "issuer": 0.97, "issue_date": 0.97, "addressees": 0.97, "attachments": 0.97,
        "doc_type": 0.97, "nodes": 0.94, "node_levels": 0.94, "node_ids": 0.89, "node_markers": 0.94, "node_titles": 0.97,
        "deadlines": 0.77,
    },
    # batch wq (session 34, issue 10 §2: long and deep national, provincial and city documents — plans with 专栏, notices
    # issuing several documents, laws and 条例 with （一） and 1. inside 条, as gov.cn page text, PDF, Markdown and xlsx cells):
    # its set-aside figures after the rules (unchanged from its first measure), less 0.03 and truncated (wq_04, wq_08,
    # wq_12: metadata 1.000 but attachments 0.889, nodes / markers 0.945, levels 0.730, ids 0.698,
    # titles 0.968; targets and deadlines skipped in its gold; only these summary figures were seen)
    "wq_": {
        "title": 0.97, "doc_number": 0.97, "issuer": 0.97, "issue_date": 0.97, "publish_date": 0.97, "addressees": 0.97,
        "attachments": 0.85, "plan_title": 0.97, "doc_type": 0.97,
        "nodes": 0.91, "node_levels": 0.70, "node_ids": 0.66, "node_markers": 0.91, "node_titles": 0.93,
    },
    # batch wn (session 34, issue 10: targets, precision first — goal-bearing notices rich in numbers that are no goal:
    # loan rules, subsidies, levies, counts, past terms): its set-aside figures after the rules (unchanged from its first
    # measure), less 0.03 and truncated (wn_04, wn_08, wn_12: issuer, issue_date, publish_date, addressees, doc_type,
    # notes 1.000, title and doc_number 0.667, plan_title 0.500, nodes / ids / markers 0.989, levels 0.978, titles
    # 0.988, targets 0.727 — precision 0.571: three false beside four given —, deadlines 0.500)
    "wn_": {
        "title": 0.63, "doc_number": 0.63, "issuer": 0.97, "issue_date": 0.97, "publish_date": 0.97, "addressees": 0.97,
        "plan_title": 0.47, "doc_type": 0.97, "nodes": 0.95, "node_levels": 0.94, "node_ids": 0.95, "node_markers": 0.95,
        "node_titles": 0.95, "units": 0.97, "lead": 0.97, "mode": 0.97, "targets": 0.69, "deadlines": 0.47,
    },
    # batch wo (session 34, issue 10: deadlines — spans, 前 dates, recurring duties, dates that are no deadline — in
    # 生态环境部 notices stored one line a cell and 北京 / 滁州 / 宿州 saved pages): its set-aside figures after the rules
    # (unchanged from its first measure; wo_04, wo_08, wo_12: title, addressees, doc_type, publish_date 1.000, issuer and
    # issue_date 0.500, nodes / ids / markers 0.947, levels 0.586 and titles 0.378 — phase titles glued to their text —,
    # targets 1.000, deadlines 0.821 — precision 0.762 —; attachments 0.000; no notes given, one found), less 0.03 and
    # truncated
    "wo_": {
        "title": 0.97, "issuer": 0.47, "issue_date": 0.47, "publish_date": 0.97, "addressees": 0.97, "doc_type": 0.97,
        "nodes": 0.91, "node_levels": 0.55, "node_ids": 0.91, "node_markers": 0.91, "node_titles": 0.34,
        "targets": 0.97, "deadlines": 0.79,
    },
    # batch wt (session 35, issue 10: deadlines — phases, 前 dates, recurring duties — in 河北 人社厅 / 教育厅 and 人社部
    # notices stored in a CSV column): its set-aside figures after the rules (unchanged from its first measure; wt_04,
    # wt_08, wt_12: doc_number, issue_date, addressees, plan_title, disclosure, nodes / ids / markers, targets 1.000,
    # issuer 0.667, levels 0.882 and titles 0.800 — titles glued to their text —, deadlines 0.900), less 0.03 and truncated
    "wt_": {
        "doc_number": 0.97, "issuer": 0.63, "issue_date": 0.97, "addressees": 0.97, "plan_title": 0.97,
        "disclosure": 0.97, "nodes": 0.97, "node_levels": 0.85, "node_ids": 0.97, "node_markers": 0.97,
        "node_titles": 0.77, "targets": 0.97, "deadlines": 0.87,
    },
    # batch wr (session 35, issue 10 §3: responsibility written in prose — entries opened by bodies, shared endings,
    # 由A会同B… clauses, 成员单位 duties as running text; Hebei CSV fields and 1982–2006 national notices): its set-aside
    # figures after the rules, less 0.03 and truncated (wr_04, wr_08, wr_12: title, doc_number, issuer, issue_date,
    # doc_type 1.000, addressees 0.857, nodes / markers 0.933, levels 0.833, ids 0.867, titles 0.789; no unit given and
    # none found, so units / lead / support / mode 1.000 — a floor that fails on any carrier read into their prose; one
    # false target and one false deadline, no floor; only these summary figures were seen)
    "wr_": {
        "title": 0.97, "doc_number": 0.97, "issuer": 0.97, "issue_date": 0.97, "addressees": 0.82, "doc_type": 0.97,
        "nodes": 0.90, "node_levels": 0.80, "node_ids": 0.83, "node_markers": 0.90, "node_titles": 0.75,
        "units": 0.97, "lead": 0.97, "support": 0.97, "mode": 0.97,
    },
    # batch wu (session 35, issue 10 §4: metadata as raw pages from hosts no batch had carry it — column- and site-name
    # <title>s, headings glued to their 文号, 时间 fields beside empty or next-line 来源 / 发布 fields, bodies named only
    # by the site): its set-aside figures after the rules (unchanged from its first measure; wu_04, wu_08, wu_12: plan
    # title, doc number, issue date, attachments, cited 1.000, title, publish date and doc type 0.800, issuer 0.000 — two
    # pages naming their body only as the site, a town's 發布機構 —, index number 0.000 strict, addressees 0.000 — one
    # found, none given —), less 0.03 and truncated; metadata only
    "wu_": {
        "title": 0.77, "doc_number": 0.97, "issue_date": 0.97, "publish_date": 0.77, "attachments": 0.97,
        "cited_documents": 0.97, "plan_title": 0.97, "doc_type": 0.77,
    },
    # batch wy (session 36, issue 10 §4: metadata as page texts and raw pages carry it — joint notices of two to four
    # bodies, a policy site's 颁发时间 / 发文机构 fields and posting stamp, 首都之窗's [发文机构] naming the first body only):
    # its set-aside figures after the rules (wy_04, wy_08, wy_12: doc number, publish date, addressees, attachments,
    # plan title, doc type 1.000 — publish date 0.667 at the first measure —, title 0.667, issuer and issue date
    # 0.800; only these summary figures were seen), less 0.03 and truncated; metadata only
    "wy_": {
        "title": 0.63, "doc_number": 0.97, "issuer": 0.77, "issue_date": 0.77, "publish_date": 0.97,
        "addressees": 0.97, "attachments": 0.97, "plan_title": 0.97, "doc_type": 0.97,
    },
    # batch ws (session 35, issue 10: false targets in reviews and standards — 生态环境部 answers to deputies stored one
    # line a cell, reviewing what was done with figures, 排放标准 / 限值 and 不低于 limits; a rules 办法, a notice issuing a
    # monitoring 办法, a call for works): its set-aside figures after the rules, less 0.03 and truncated (ws_04, ws_08,
    # ws_12: metadata 1.000, nodes / markers 0.810, levels 0.667, ids 0.619 — first measure nodes 0.529, levels 0.176,
    # addressees 0.000 —; titles, targets and deadlines 0.000: one target and one deadline given, three of each read,
    # no floor; only these summary figures were seen)
    "ws_": {
        "title": 0.97, "doc_number": 0.97, "issuer": 0.97, "issue_date": 0.97, "addressees": 0.97,
        "nodes": 0.78, "node_levels": 0.63, "node_ids": 0.58, "node_markers": 0.78,
    },
    # batch wv (session 35, issue 10 §2: ids and levels where the stored form hides the ladder — 生态环境部 bodies stored
    # one line a cell, 北京 / 重庆 规章 PDFs with running heads and page marks, a 细则 whose forms restart 一、): its
    # set-aside figures after the rules (unchanged from its first measure; wv_04, wv_08, wv_12: doc_number, addressees,
    # attachments 1.000, title 0.800, issue_date 0.667, doc_type 0.333, issuer 0.000 (no floor), nodes / markers 0.877,
    # levels 0.859, ids 0.576, titles 0.926; targets and deadlines skipped in its gold; only these figures were seen),
    # less 0.03 and truncated
    "wv_": {
        "title": 0.77, "doc_number": 0.97, "issue_date": 0.63, "addressees": 0.97, "attachments": 0.97, "doc_type": 0.30,
        "nodes": 0.84, "node_levels": 0.82, "node_ids": 0.54, "node_markers": 0.84, "node_titles": 0.89,
    },
    # batch wz (session 36, issue 10 §2: unusual ladders — 部令 and 规章 on one line or in PDF, 第X节 inside 第X章, a 专栏
    # plan, attachments numbering afresh): its set-aside figures after the rules (wz_04, wz_08, wz_12: title, doc_number,
    # issue_date, doc_type 1.000 — doc_type 0.667 before —, issuer 0.667, nodes / levels / markers 0.939, ids 0.533 — 0.528
    # before —, titles 0.933), less 0.03 and truncated
    "wz_": {
        "title": 0.97, "doc_number": 0.97, "issuer": 0.63, "issue_date": 0.97, "doc_type": 0.97,
        "nodes": 0.90, "node_levels": 0.90, "node_ids": 0.50, "node_markers": 0.90, "node_titles": 0.90,
    },
    # batch wx (session 36, issue 10: targets precision on goal-dense pages — 民生实事 lists, task allocations, a 工作要点,
    # progress reports, a plan notice, from the pages corpus): its set-aside figures after the rules (unchanged from its
    # first measure; wx_04, wx_08, wx_12: nodes 0.423, levels 0.385, ids 0.392, markers 0.431, titles 0.409, targets 0.526
    # — 20 of 55 found, 1 false —, deadlines 0.000 — none expected, 2 read —; only these figures were seen), less 0.03
    # and truncated
    "wx_": {
        "nodes": 0.39, "node_levels": 0.35, "node_ids": 0.36, "node_markers": 0.40, "node_titles": 0.37, "targets": 0.49,
    },
    # batch ww (session 36, issue 10 §3: prose naming or merely mentioning a body — 由A牵头 / A要会同B… in 意见 and
    # 通知, 职责 and 会同 articles of 管理办法, （A、B负责落实） notes; Hebei CSV fields and Beijing / Shenyang pages): its
    # set-aside figures after the rules (unchanged from its first measure; ww_04, ww_08, ww_12: metadata 1.000, nodes /
    # levels / ids / markers 0.997, titles 1.000; no unit given and none found, units / lead / support / mode 1.000 —
    # fails on any carrier read into their 会同 / 负责 prose; targets 0.000, none given and six read, no floor; only
    # these figures were seen), less 0.03 and truncated
    "ww_": {
        "title": 0.97, "doc_number": 0.97, "issuer": 0.97, "issue_date": 0.97, "addressees": 0.97, "doc_type": 0.97,
        "plan_title": 0.97, "nodes": 0.96, "node_levels": 0.96, "node_ids": 0.96, "node_markers": 0.96,
        "node_titles": 0.97, "units": 0.97, "lead": 0.97, "support": 0.97, "mode": 0.97, "deadlines": 0.97,
    },
    # batch xa (session 36, issue 10: deadlines recall on date-dense Hebei work-arrangement notices): its set-aside figures
    # after the rules, unchanged from its first measure, less 0.03 and truncated (xa_04, xa_08, xa_12: issue_date,
    # addressees, attachments, plan_title, disclosure 1.000, issuer 0.800, cited_documents 0.500, nodes / levels / markers
    # 0.980, ids 0.898, titles 0.994, deadlines 0.800 — precision 0.889, recall 0.727 —; targets 0.000: none given, five
    # found, no floor; only these summary figures were seen)
    "xa_": {
        "issuer": 0.77, "issue_date": 0.97, "addressees": 0.97, "attachments": 0.97, "cited_documents": 0.47,
        "plan_title": 0.97, "disclosure": 0.97, "nodes": 0.95, "node_levels": 0.95, "node_ids": 0.86, "node_markers": 0.95,
        "node_titles": 0.96, "deadlines": 0.77,
    },
    # batch xc (session 37, issue 10: targets on whole goal-dense documents — a report's review of results, a
    # self-assessment, research programme guides; xvshiting and gerry0208 rows): its set-aside figures after the rules,
    # unchanged from its first measure, less 0.03 and truncated (xc_04 alone: issuer, issue_date, disclosure, nodes /
    # levels / ids / markers / titles 1.000, deadlines 0.667 — precision 0.500 —; targets 0.000: none given, two read,
    # no floor; only these summary figures were seen)
    "xc_": {
        "issuer": 0.97, "issue_date": 0.97, "disclosure": 0.97, "nodes": 0.97, "node_levels": 0.97, "node_ids": 0.97,
        "node_markers": 0.97, "node_titles": 0.97, "deadlines": 0.63,
    },
    # batch xf (session 37, issue 10 §4: title and issuer on pages — a title printed over two lines under its 文号, joint
    # notices of two bodies in 首都之窗's [发文机构] / [联合发文单位], a 公积金 page whose 发布机构 is the centre while the committee
    # signs): its set-aside figures after the rules, unchanged from its first measure (xf_04, xf_08, xf_12: every field
    # given 1.000; only these summary figures were seen), less 0.03 and truncated; metadata only, plan period given by none
    "xf_": {
        "title": 0.97, "doc_number": 0.97, "issuer": 0.97, "issue_date": 0.97, "publish_date": 0.97, "addressees": 0.97,
        "attachments": 0.97, "plan_title": 0.97, "index_number": 0.97, "disclosure": 0.97, "doc_type": 0.97,
    },
    # batch xk (session 38, issue 10 §4: metadata as pages carry it — 信息公开 label sets, 首都之窗's [主题分类], joint
    # signers, a printed 公开日期 against a later PubDate meta): its set-aside figures after the rules (xk_04, xk_08, xk_12:
    # title 0.667 and issuer 0.667 as at the first measure, cited documents 0.800 as at the first measure, topic 1.000 from
    # 0.500, the other fields given 1.000; only these summary figures were seen), less 0.03 and truncated; metadata only,
    # attachments, plan title and plan period given by none
    "xk_": {
        "title": 0.63, "doc_number": 0.97, "issuer": 0.63, "issue_date": 0.97, "publish_date": 0.97, "addressees": 0.97,
        "cited_documents": 0.77, "index_number": 0.97, "topic": 0.97, "disclosure": 0.97, "doc_type": 0.97,
    },
    # batch xe (session 37, issue 10: deadlines in Shanghai 核查 / 申报 / 开发建设 notices): its set-aside figures after the
    # rules (xe_04, xe_08, xe_12: metadata and structure 1.000, deadlines 0.909 — precision 1.000, recall 0.833 — from
    # 0.800 at its first measure; one carrier given, none found, lead / mode 0.000, and two targets given, none found:
    # no floor there; only these summary figures were seen), less 0.03 and truncated
    "xe_": {
        "title": 0.97, "doc_number": 0.97, "issuer": 0.97, "issue_date": 0.97, "addressees": 0.97, "attachments": 0.97,
        "doc_type": 0.97, "nodes": 0.97, "node_levels": 0.97, "node_ids": 0.97, "node_markers": 0.97, "node_titles": 0.97,
        "deadlines": 0.87,
    },
    # batch xd (session 37, issue 10 §2: structure on one-line 生态环境部 cells with attached plans and flattened tables,
    # Hebei full-width-space bodies, a 京政办发 page with （责任单位：…） notes): its set-aside figures after the rules, unchanged
    # from its first measure (xd_04, xd_08, xd_12: issue_date, addressees, disclosure, doc_type, attachments 1.000, title
    # 0.800, issuer 0.800, doc_number 0.667, nodes / markers 0.976, levels / ids 0.956, titles 1.000; units 0.000 — xd_08's
    # 职责分工 run and 要 run, none read —, no floor; only these summary figures were seen), less 0.03 and truncated
    "xd_": {
        "title": 0.77, "doc_number": 0.63, "issuer": 0.77, "issue_date": 0.97, "addressees": 0.97, "doc_type": 0.97,
        "nodes": 0.94, "node_levels": 0.92, "node_ids": 0.92, "node_markers": 0.94, "node_titles": 0.97,
    },
    # batch xb (session 37, issue 10 §3: responsibility in deep Shanghai 预案 / 方案 / 意见 with duty lists and bodies named
    # in prose): its set-aside figures after the rule, less 0.03 and truncated (xb_04, xb_08, xb_12: metadata 1.000, nodes
    # 0.988, levels / markers 0.914, ids 0.784, titles 0.927, mode 0.654, deadlines 1.000 (none given, none found); units
    # and lead 0.000 and targets 0.000 (none given, sixteen found): no floor; only these summary figures were seen)
    "xb_": {
        "title": 0.97, "doc_number": 0.97, "issuer": 0.97, "issue_date": 0.97, "addressees": 0.97, "doc_type": 0.97,
        "nodes": 0.95, "node_levels": 0.88, "node_ids": 0.75, "node_markers": 0.88, "node_titles": 0.89, "mode": 0.62,
        "deadlines": 0.97,
    },
    # batch xh (session 38, issue 10 §2: structure on long and awkwardly stored documents — PDF text with hard wraps, 篇 /
    # 章 / decimal outlines, 1） lists, repeated copies): its set-aside figures after the rules, unchanged from its first
    # measure (xh_04, xh_08, xh_12: nodes / markers 0.912, levels 0.885, ids 0.378, titles 0.978; only these summary figures
    # were seen), less 0.03 and truncated; structure only
    "xh_": {"nodes": 0.88, "node_levels": 0.85, "node_ids": 0.34, "node_markers": 0.88, "node_titles": 0.94},
    # batch xg (session 38, issue 10: targets precision on Hebei and ministry notices mixing goals with eligibility
    # conditions, caps, graded schedules, refund shares and terms): its set-aside figures after the rules, unchanged from
    # its first measure once the gold's kinds were brought to the format's heading rule (xg_04, xg_08, xg_12: nodes / ids /
    # markers / levels 0.979, titles 1.000, targets 1.000 — 2 given, 2 found, none false —, deadlines 0.857; only these
    # summary figures were seen), less 0.03 and truncated
    "xg_": {
        "nodes": 0.94, "node_levels": 0.94, "node_ids": 0.94, "node_markers": 0.94, "node_titles": 0.97, "targets": 0.97,
        "deadlines": 0.82,
    },
    # batch xi (session 38, issue 10 §3: responsibility as notes after each measure, (牵头单位:…) after glued 第X条, a
    # middle 职责分工 duty list, prose leads; news pages of ljz060707-lang and Hebei CSV fields): its set-aside figures
    # after the rules, unchanged from its first measure, less 0.03 and truncated (xi_04, xi_08: nodes / levels / ids /
    # markers 0.986, titles 1.000, units / lead / mode 1.000; support and inherited none given, none found: no floor;
    # targets and deadlines skipped in its gold; only these summary figures were seen)
    "xi_": {
        "nodes": 0.95, "node_levels": 0.95, "node_ids": 0.95, "node_markers": 0.95, "node_titles": 0.97,
        "units": 0.97, "lead": 0.97, "mode": 0.97,
    },
}
LATER_SET_ASIDE_BATCHES = tuple(LATER_FLOORS)


@functools.cache
def _evaluated(split: str) -> EvalReport:
    report = evaluate(REAL / "gold" / split, parse_kept)
    # A Word 97 upload (tw_01) is read by antiword or LibreOffice; on a machine with neither (the README's Formats table)
    # its parse names the install step and the document is left out of the figures, not scored as empty.
    return EvalReport.of([d for d in report.documents if not (d.error or "").startswith(f"{ReaderMissingError.__name__}:")])


@pytest.fixture(scope="module", params=["dev", "heldout"])
def report(request):
    return request.param, _evaluated(request.param)


# Set-aside documents whose one gold node was never found, from their batch's first measure on (no rule may be written
# on them): te_08 is a 广州 重点工作 record in bar-parted label lines (重点工作: | … | 牵头单位: | …), read in gold as one
# paragraph node carrying its 牵头单位 and deadlines; the program reads the lines as header fields. Not a regression.
# (tn_10, a development page of the same kind as tn_08, left this set in the sixteenth session: its joined chunks are
# read as a text that lost its paragraphs, and its whole tree is found)
NEVER_TREED = {"te_08_guangzhou_2015_wenhua_shiye_zhongdian_gongzuo",
               # tn_08 (set aside): a 春运 方案 preview in sharing chunks, its parts run together on the chunk lines; no node
               # found from its first measure on (only its name seen; no rule may be written on it)
               "tn_08_xian_jiaotong_chunyun_fangan"}


def test_every_real_document_parses_and_none_loses_its_tree(report):
    split, r = report
    assert r.errors == [], [d.error for d in r.errors]
    assert [name for name in r.empty_trees() if name not in NEVER_TREED] == []


def _part(r: EvalReport, batch: str | None) -> EvalReport:
    """The documents of one later batch (its prefix), or of the batches set aside before the floors (None)."""
    part = EvalReport()
    for result in r.documents:
        if (result.name.startswith(batch) if batch else not result.name.startswith(LATER_SET_ASIDE_BATCHES)):
            part.documents.append(result)
            for mode in MODES:
                for name, score in result.scores[mode].items():
                    part.fields[mode].setdefault(name, Score()).add(score)
    return part


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_field_holds_its_floor(report, field):
    split, r = report
    floor = FLOORS[field][0 if split == "dev" else 1]
    if split == "heldout":
        r = _part(r, None)
    assert r.score(field, "strict").f1 >= floor, f"{split} {field}: {r.score(field, 'strict').f1:.3f} < {floor}"


@pytest.mark.parametrize(("batch", "field"), [(b, f) for b, floors in LATER_FLOORS.items() for f in sorted(floors)])
def test_later_set_aside_batch_holds_its_floor(batch, field):
    f1 = _part(_evaluated("heldout"), batch).score(field, "strict").f1
    assert f1 >= LATER_FLOORS[batch][field], f"{batch} set-aside {field}: {f1:.3f}"


def _sources() -> list[dict[str, str]]:
    rows = []
    for path in sorted((REAL / "sources").glob("*.tsv")):
        with open(path, encoding="utf-8", newline="") as fh:
            rows += list(csv.DictReader(fh, delimiter="\t"))
    return rows


def test_every_document_has_provenance_and_gold_in_its_split():
    rows = {r["id"]: r for r in _sources()}
    docs = {p.stem: p for p in (REAL / "docs").iterdir()}
    assert set(docs) == set(rows), set(docs) ^ set(rows)
    for doc_id, row in rows.items():
        assert row["split"] in ("dev", "heldout"), doc_id
        assert (REAL / "gold" / row["split"] / f"{doc_id}.json").exists(), doc_id
        assert row["repository"] or row["url"], doc_id


def test_set_aside_part_is_at_least_a_quarter():
    rows = _sources()
    held = sum(r["split"] == "heldout" for r in rows)
    assert held / len(rows) >= 0.25, f"{held} of {len(rows)}"


@pytest.mark.skipif(not RESERVED.exists(), reason="the reserved-sources list lives beside the repository")
def test_no_document_comes_from_a_reserved_source():
    reserved = [
        line.strip() for line in RESERVED.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")
    ]
    for row in _sources():
        for item in reserved:
            assert item.lower() not in (row["repository"] or "").lower() and item.lower() != (row["url"] or "").lower(), (row["id"], item)
