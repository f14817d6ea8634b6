"""Notices stored as Markdown (law collections, static-site generators) -> plain lines.

Legal-text repositories keep regulations as Markdown: a YAML front matter (title, author,
date), ``#`` headings (``## 第一章 总则``), ``<!-- INFO END -->`` comments, VuePress
containers (``::: tip 修订信息`` … ``:::``, a ``::: details 目录`` block of anchor links),
attribute suffixes (``{align="center"}``), links and emphasis. The syntax goes; the words
stay, one paragraph a line. A 目录 container is page furniture and is dropped whole. The
front matter's title and author are kept as page metadata (the author of such a page is the
issuing body). Inline HTML is left for the HTML step.

Every scan is a bounded pattern or a single pass over the lines: linear time.
"""

from __future__ import annotations

import regex as re

from policyparse.repair.html import clean_page_title

SNIFF_CHARS = 65_536
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*+\n((?:(?!---)[^\n]{0,500}+\n){0,80}+)---[ \t]*+(?:\n|\Z)")
# title: … / 标题: … — a crawler of Chinese pages names its fields in Chinese (标题 / 文号 / 发布单位 / 官方链接)
_FRONT_FIELD = re.compile(r"([A-Za-z_\p{Han}]{1,30}+)[ \t]*+:[ \t]*+(\S[^\n]{0,300}+)")
_ATX = re.compile(r"^#{1,6}+[ \t]++", re.M)
_ATTRIBUTES = re.compile(r"[ \t]*+\{[^{}\n]{0,120}+\}[ \t]*+$")
_CONTAINER = re.compile(r":::++[ \t]*+(.*)")
_LINK = re.compile(r"!?\[([^\[\]\n]{0,300}+)\]\([^()\n]{0,500}+\)")
# **贵州省农村支付服务提质增效**: a whole line in bold opening the file, the title as a Markdown page sets it, also
# with a note in brackets after it (**中共中央 国务院关于…的意见**（2026年中央1号文件）)
_BOLD_LINE = re.compile(r"\*\*[^*\n]{2,300}+\*\*(?:[（(][^（）()*\n]{1,40}+[）)])?[ \t]*+(?:\n|\Z)")
_EMPHASIS = re.compile(r"\*\*([^*\n]{1,300}+)\*\*|__([^_\n]{1,300}+)__")
_RULE = re.compile(r"[ \t]*+(?:-{3,}+|\*{3,}+|_{3,}+)[ \t]*+")
_SITE_LINE = re.compile(r"[ \t]*+(?:\[\[toc\]\]|@tab\b.*)")
# ``::: info 附件`` … ``:::``: a box whose title is the 附件 label round the attachments' links.
_ATTACHMENT_BOX = re.compile(r"(?:[A-Za-z]{1,12}+[ \t]++)?(附[ \t]*+件)")
# Title: … / URL Source: … / (Published Time: …) / Markdown Content: — a page as a reader service (r.jina.ai) returns it,
# which knowledge bases save: the page's <title>, its address and date, then the page as Markdown
_READER_HEADER = re.compile(
    r"\A\ufeff?Title:[ \t]*+([^\n]{1,300}+)\n\s*+URL Source:[ \t]*+[^\n]{1,500}+\n\s*+"
    r"(?:Published Time:[ \t]*+([^\n]{1,60}+)\n\s*+)?Markdown Content:[ \t]*+(?:\n|\Z)"
)
_INFO_MARK = "<!--"
# 发布单位 stays out: such a crawler names the office that posted the page (杨浦区人民政府办公室 for a 杨府发 notice the
# government signs, one of thirteen joint issuers), not the signer
_META_KEYS = {"title": "title", "author": "issuer", "标题": "title", "文号": "doc_number"}
# > 本文正文由脚本自…页面提取… : a note the collection quotes between its front matter and the document's # title
_QUOTE = re.compile(r"[ \t]*+>[^\n]*+")


def looks_like_markdown(text: str) -> bool:
    """A front matter or a ``#`` heading at the start, or two ``#`` heading lines near it."""
    head = text[:SNIFF_CHARS]
    start = head.lstrip("\ufeff\n")
    if _FRONT_MATTER.match(head) or _ATX.match(start) or _BOLD_LINE.match(start):
        return True
    if start.startswith("Title:") and _READER_HEADER.match(start):
        return True
    if "#" not in head:
        return False  # every heading line holds a #: most texts have none, and are spared a scan of every line start
    count = 0
    for _ in _ATX.finditer(head):
        count += 1
        if count >= 2:
            return True
    return False


def to_plain(text: str, log) -> tuple[str, dict[str, str]]:
    """The Markdown's text, one paragraph a line, and what its front matter says."""
    meta: dict[str, str] = {}
    m = _FRONT_MATTER.match(text)
    if m:
        meta = _front_matter(m.group(1))
        log.record(m.group()[:40], "")
        text = _drop_note_above_title(text[m.end():], log)
    elif text.lstrip("\ufeff").startswith("Title:") and (m := _READER_HEADER.match(text)):
        meta = _reader_header(m)
        log.record(m.group()[:40], "")
        text = text[m.end():]
    lines = _drop_contents_containers(text.split("\n"), log)
    out = [_plain_line(line) for line in lines]
    text = _drop_comments("\n".join(line for line in out if line is not None), log)
    changed = sum(1 for a, b in zip(lines, out) if a != b)
    if changed:
        log.record("## 第一章 总则{align=…} / [text](#anchor)", "第一章 总则 / text", changed)
    return text, meta


def _front_matter(block: str) -> dict[str, str]:
    meta = {}
    for line in block.split("\n"):
        f = _FRONT_FIELD.fullmatch(line.strip())
        if f and f.group(1).lower() in _META_KEYS:
            meta[_META_KEYS[f.group(1).lower()]] = f.group(2).strip().strip("'\"")
    return meta


def _drop_note_above_title(text: str, log) -> str:
    """Quoted lines between a front matter and the first # heading: the collection's note on where its copy comes from
    (its source page, its copyright), not the document, whose title the heading opens. Quoted lines anywhere else
    stay (a signature block set as a quote). Nothing is dropped when no # heading follows the quote."""
    lines = text.split("\n")
    quoted = 0
    for k, line in enumerate(lines):
        if not line.strip():
            continue
        if _QUOTE.fullmatch(line):
            quoted += 1
            continue
        if quoted and _ATX.match(line):
            log.record(next(x for x in lines if x.strip())[:40], "", quoted)
            return "\n".join(lines[k:])
        break
    return text


def _reader_header(m) -> dict[str, str]:
    """The page fields of a reader service's header: its <title> (without the site's name) and its date."""
    meta = {"title": clean_page_title(m.group(1))}
    if m.group(2):
        meta["publish_date"] = m.group(2).strip()
    return meta


def _drop_contents_containers(lines: list[str], log) -> list[str]:
    """Remove a ``::: details 目录`` block up to the first closing ``:::`` (site generators
    nest ``::: tabs`` inside without closing it), and every container fence; the content of
    other containers (修订信息) stays, and a ``::: info 附件`` box keeps its 附件 label as a line."""
    out: list[str] = []
    dropping = False
    dropped = 0
    for line in lines:
        fence = _CONTAINER.fullmatch(line.strip())
        if fence:
            label = fence.group(1).strip()
            if not dropping and "目录" in label:
                dropping = True
            elif dropping and not label:
                dropping = False
            elif not dropping and _ATTACHMENT_BOX.fullmatch(label):
                out.append(_ATTACHMENT_BOX.fullmatch(label).group(1))  # the box's 附件 labels the links inside it
            continue
        if dropping:
            dropped += 1
            continue
        out.append(line)
    if dropped:
        log.record("::: details 目录 …", "")
        log.warn("markdown_contents_dropped", lines=dropped)
    return out


def _plain_line(line: str) -> str | None:
    if _RULE.fullmatch(line) or _SITE_LINE.fullmatch(line):
        return None
    line = _ATX.sub("", line, count=1)
    line = _ATTRIBUTES.sub("", line)
    line = _LINK.sub(lambda m: m.group(1), line)
    return _EMPHASIS.sub(lambda m: m.group(1) or m.group(2), line)


def _drop_comments(text: str, log) -> str:
    """``<!-- … -->`` comments, found with str.find (one pass, no backtracking)."""
    if _INFO_MARK not in text:
        return text
    parts = []
    at = 0
    while True:
        start = text.find(_INFO_MARK, at)
        if start < 0:
            break
        end = text.find("-->", start + 4)
        if end < 0:
            break
        parts.append(text[at:start])
        log.record(text[start:min(end + 3, start + 40)], "")
        at = end + 3
    parts.append(text[at:])
    return "".join(parts)
