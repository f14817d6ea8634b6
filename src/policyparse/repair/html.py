"""A saved government web page -> its article text, plus the page's title and publish date.

The page is parsed with a real HTML parser (selectolax / lexbor), never with regular
expressions. The article container is found by the ids and classes Chinese government CMSs use
(TRS, Hanweb, UCAP: ``#zoom``, ``.TRS_Editor``, ``.view.TRS_UEDITOR``, ``.pages_content`` …),
else as the element holding most of the page's Chinese text. Block elements and ``<br>``
become line breaks, scripts/styles/navigation are dropped, and entities left double-escaped by
the CMS (``&amp;ldquo;``) are decoded.

``extract_article`` returns ``(text, meta)``; ``meta`` may hold ``title`` and ``publish_date``
(ISO ``YYYY-MM-DD``), read from ``<meta>`` tags first, then from a 发布时间 line on the page.
"""

from __future__ import annotations

import datetime as _dt
import html as _html

import regex as re
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from policyparse.grammar import (
    ATTACHMENT_LABEL, ATTACHMENT_LINK_TEXT, CLOCK_TIME, CLOCK_TIME_TEXT, COMPILATION_ENTRY, DOC_NUMBER_ALONE, FILE_EXTENSION,
    HAN, TITLE_TAIL,
    ends_on_title_word,
    field_label_alternation,
    field_labels,
    page_field_labels,
)

# HTML is recognised by its content wherever it sits (a saved page, or a body stored as a
# fragment inside a .txt file or a database field), on a bounded prefix, by a linear count of
# tag-shaped tokens: no pattern here can backtrack.
SNIFF_CHARS = 65_536
_TAG_NAMES = (
    r"(?:html|head|body|meta|title|link|style|script|div|p|span|font|br|hr|table|tbody|thead|tr|td|th|"
    r"ul|ol|li|h[1-6]|strong|b|em|i|u|a|img|center|section|article|blockquote|pre|o:p|st1:\w{1,20})"
)
_TAG = re.compile(rf"</?{_TAG_NAMES}(?=[\s/>])[^<>]{{0,400}}+>", re.I)
_DOCUMENT_TAG = re.compile(r"<(?:!doctype\s++html|html|head|body)(?=[\s>])", re.I)
_ESCAPED_TAG = re.compile(rf"&lt;/?{_TAG_NAMES}(?=[\s/&])", re.I)
_MIN_TAGS = 3  # a tag or two inside plain text is quoted markup, not a page
_LEADING_TAG = re.compile(rf"\ufeff?\s*+(?:&lt;|<)/?{_TAG_NAMES}(?=[\s/>&])", re.I)
_HTML_NAMES = (".htm", ".html", ".shtml", ".xhtml")

# Most specific first: the first selector whose best match holds enough Chinese text wins.
CONTAINER_SELECTORS = (
    "#UCAP-CONTENT",
    ".pages_content",
    ".TRS_Editor",
    ".view.TRS_UEDITOR",
    ".TRS_UEDITOR",
    ".Custom_UnionStyle",
    "#zoom",
    "#Zoom",
    ".zoom",
    "#xxgk_content",
    ".xxgk_content",
    ".xxgk-content",
    "#xxgkContent",
    ".xxgk_nr",
    ".xxgk-nr",
    "#article",
    ".article-content",
    ".article_content",
    ".article-con",
    ".article",
    "article",
    "#content",
    ".content",
    "#con",
    ".con",
    "#main-content",
)
_MIN_CONTAINER_HAN = 30  # a selector match with less Chinese text is a false hit
# A match holding less than this share of the page's own (non-link) Chinese text is furniture that shares the class
# name (a footer's <div class="con">) while the article sits in a container no selector names (ghzyj.gz's #zoomcon).
_MIN_CONTAINER_SHARE = 0.1
_DESCEND_SHARE = 0.7  # fallback: go into a child while it holds this share of the text

_DROP_TAGS = (
    "script, style, noscript, template, iframe, object, embed, svg, canvas, nav, footer, "
    "select, button, input, textarea, map, audio, video"
)
# Page furniture that sometimes sits inside the article container.
_NOISE_ATTR = re.compile(
    r"(?i)(?:^|[\s_-])(?:bread_?crumbs?|crumbs?|position|location|curpos|dqwz|share|bdshare|toolbar|tools|"
    r"fontsize|font-size|zihao|print(?:btn)?|close(?:btn|window)?|goback|nav|navbar|menu|sidebar|related|xgwz|xgxx|qrcode|ewm)(?:$|[\s_-])"
)
_NOISE_MAX_HAN = 60

_BLOCK_TAGS = frozenset(
    "address article aside blockquote center dd details dialog div dl dt fieldset figcaption figure "
    "h1 h2 h3 h4 h5 h6 header hgroup hr li main ol p pre section summary table tbody thead tfoot tr ul "
    "caption form legend option".split()
)
_CELL_TAGS = frozenset({"td", "th"})
_PRE_TAGS = frozenset({"pre", "textarea", "xmp", "plaintext", "listing"})

_SOFT = "\x00"  # whitespace in the source that held a line break
_BLOCK = "\x01"  # a block boundary: at most one line break however many nest
# Linear: a run starts only where no space or tab precedes it, and its parts are possessive, so a long
# run of spaces with no boundary in it is scanned once, not once per position.
_BLOCK_RUN = re.compile(rf"(?<![ \t])[ \t]*+{_BLOCK}[{_BLOCK} \t]*+")
_BLANK_LINES = re.compile(r"\n{3,}")
_CJK_SOFT = re.compile(rf"(?<=[\p{{Han}}\p{{Ideographic}}，。、；：！？“”‘’《》（）〔〕【】…—]){_SOFT}+(?=[\p{{Han}}\p{{Ideographic}}，。、；：！？“”‘’《》（）〔〕【】…—])")
_WS_WITH_NEWLINE = re.compile(r"(?<![ \t\r\n\f])[ \t\f]*+[\r\n][ \t\r\n\f]*+")  # linear, as _BLOCK_RUN
_WS = re.compile(r"[ \t\r\n\f]+")
_BLANKS = re.compile(r"[\s\u3000\xa0]+")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")

# <meta> names (lower-cased) that carry the publish date, best first.
_DATE_META = (
    "pubdate",
    "publishdate",
    "firstpublishedtime",
    "articledate",
    "publishtime",
    "published_time",
    "article:published_time",
    "og:release_date",
    "dc.date.issued",
    "dc.date",
)
_TITLE_META = ("articletitle", "og:title")
_DATE = re.compile(r"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)|((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)")
_PAGE_DATE = re.compile(r"[发發][布佈](?:时间|時間|日期)\s*[:：]?\s*")
# 生成日期 2023年03月03日 (wf_01, a ministry's 信息公开 table: 生成日期 its only date): the day the disclosure record was
# made, read as the publish date only where the page prints no 发布 date (lexicons/field_labels.tsv ranks it last)
_GENERATED_DATE = re.compile(r"生成日期\s*[:：]?\s*")
# 公开日期：2024-02-09 (xk_03, 常州's 信息公开 list: 生成日期 / 公开日期, no 发布 label) printed where the PubDate meta
# says 2024-02-20: the day the record was made public, which a later tag (a re-save) does not move
_DISCLOSED_DATE = re.compile(r"公开日期\s*[:：]\s*")
_TITLE_SEPARATORS = re.compile(r"\s*(?:_|\||｜|\s-\s|\s—\s|－)\s*")


def looks_like_html(text: str, filename: str | None = None) -> bool:
    """HTML by name, or by content: a document tag, a text that starts with a tag, or three
    tags (escaped as &lt;p&gt; or not) in the first SNIFF_CHARS characters."""
    if filename and filename.lower().endswith(_HTML_NAMES):
        return True
    head = text[:SNIFF_CHARS]
    if _LEADING_TAG.match(head):
        return True
    if "<" in head:
        if _DOCUMENT_TAG.search(head):
            return True
        if _count(_TAG, head, _MIN_TAGS) >= _MIN_TAGS:
            return True
    # & first: a one-character `in` is a memchr, a four-character one ≈ 5 instructions a character (most heads hold no &)
    return "&" in head and "&lt;" in head and _count(_ESCAPED_TAG, head, _MIN_TAGS) >= _MIN_TAGS


def _count(pattern, text: str, enough: int) -> int:
    n = 0
    for _ in pattern.finditer(text):
        n += 1
        if n >= enough:
            break
    return n


def is_fragment(text: str) -> bool:
    """A body stored without its page: no <html>, <head> or <body> in the bounded prefix."""
    return not _DOCUMENT_TAG.search(text[:SNIFF_CHARS])


def unescape_markup(text: str, log) -> str:
    """A body stored entity-escaped (&lt;p&gt;…): its markup, once unescaped, is real markup."""
    if "&lt;" not in text[:SNIFF_CHARS] or _count(_TAG, text[:SNIFF_CHARS], _MIN_TAGS) >= _MIN_TAGS:
        return text
    out = _html.unescape(text)
    log.record(text[:40], out[:40])
    return out


# The HTML parser's time grows with the square of the nesting depth (100,000 nested <div> took
# minutes); real pages nest a few dozen deep. Tags opened deeper than MAX_DEPTH, and their closing
# tags, are dropped before parsing (their text stays), so parsing stays linear in the page's size.
MAX_DEPTH = 256
_VOID_TAGS = frozenset(
    "area base br col embed hr img input link meta param source track wbr "
    "p li dt dd tr td th option optgroup rb rt rp thead tbody tfoot colgroup".split()
)  # void, or closed by their next sibling: they never deepen the tree for long
_ANY_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*+)[^<>]*+>")


def cap_nesting(text: str, log=None) -> str:
    """The page with tags deeper than MAX_DEPTH dropped; the same string when none is (one linear scan)."""
    if text.count("<") <= MAX_DEPTH:
        return text
    open_names: list[str] = []
    open_count: dict[str, int] = {}
    dropped: dict[str, int] = {}
    cuts: list[tuple[int, int]] = []
    for m in _ANY_TAG.finditer(text):
        name = m.group(2).lower()
        if name in _VOID_TAGS or m.group(0).endswith("/>"):
            continue
        if m.group(1):  # a closing tag
            if dropped.get(name):
                dropped[name] -= 1
                cuts.append(m.span())
            elif open_count.get(name):
                while open_names:  # close up to the matching open tag (amortised: each is popped once)
                    top = open_names.pop()
                    open_count[top] -= 1
                    if top == name:
                        break
        elif len(open_names) >= MAX_DEPTH:
            dropped[name] = dropped.get(name, 0) + 1
            cuts.append(m.span())
        else:
            open_names.append(name)
            open_count[name] = open_count.get(name, 0) + 1
    if not cuts:
        return text
    pieces, last = [], 0
    for start, end in cuts:
        pieces.append(text[last:start])
        last = end
    pieces.append(text[last:])
    if log is not None:
        log.warn("deep_nesting", count=len(cuts), depth=MAX_DEPTH)
    return "".join(pieces)


def extract_article(text: str, log) -> tuple[str, dict[str, str]]:
    text = unescape_markup(text, log)
    fragment = is_fragment(text)
    text = cap_nesting(text, log)
    tree = HTMLParser(text)
    meta, page_text, dated = _page_fields(tree)  # before the page's furniture is dropped
    container, how = _article_container(tree, fragment, log)
    if container is None:
        log.warn("no_article")
        return "", meta
    article = _article_text(container, fragment and _text_with_tags(text), fragment, meta.get("title"), log)
    if "附件" in page_text and not fragment and not _holds_attachment_line(article):
        linked = _attachment_links(tree, container)
        if linked:
            meta["attachments"] = linked
    _settle_publish_date(meta, page_text, dated)
    if "公开" in page_text:
        article = _with_disclosure_field(article, page_text)
    first_line = next((line for line in article.split("\n") if line.strip()), "")
    log.record(f"<html {len(text)} chars, article {how}>", first_line[:40])
    return article, meta


def _page_fields(tree) -> tuple[dict[str, str], str, str | None]:
    """The page's fields (meta tags first, then labelled fields and a 文号 under the title), its whole text, and the
    date an element carries when no field names the publish date: all read while the page's furniture is there."""
    meta = _meta(tree)
    for key, value in _labelled_fields(tree).items():
        meta.setdefault(key, value)
    page_text = _page_text(tree)
    if "[发文机构]" in page_text or "[成文日期]" in page_text:
        _bracketed_fields(tree, meta)
    if "|" in page_text and not all(key in meta for key in _PAIRED_KEYS):
        _piped_fields(page_text, meta)
    dated = None if "publish_date" in meta else (_dated_element(tree) or _stamp_under_heading(tree, meta.get("title")))
    if "doc_number" not in meta and meta.get("title"):
        number = _number_under_title(tree, meta["title"])
        if number:
            meta["doc_number"] = number
    return meta, page_text, dated


def _article_container(tree, fragment: bool, log):
    """The element holding the article and how it was found, once the page's furniture is dropped."""
    for node in tree.css(_DROP_TAGS):
        node.decompose()
    if fragment:
        # a stored body has no page furniture around it: all of it is the article
        return tree.body or tree.root, "fragment"
    _drop_hidden_copies(tree, log)
    return _find_container(tree)


def _article_text(container, keep_newlines: bool, fragment: bool, title: str | None, log) -> str:
    """The container rendered as text, entities decoded, the page's title put first when the text does not open on
    it."""
    _drop_noise(container)
    article = _render(container, keep_newlines=keep_newlines, blank_lines_break=fragment)
    article, _decoded = _decode_entities(article, log)
    if title and title not in article[:300]:
        article = f"{title}\n\n{article}" if article else title + "\n"
    return article


def _settle_publish_date(meta: dict[str, str], page_text: str, dated: str | None) -> None:
    """A date printed after a 发布时间 label, or else an element's date, when no meta tag gave one; a printed date
    before a later tagged one wins."""
    if "publish_date" not in meta:
        date = (_date_after_label(page_text) or _generated_date(page_text) or dated or _counted_date(page_text)
                or _stamped_date(page_text))
        if date:
            meta["publish_date"] = date
    else:
        meta["publish_date"] = _printed_before_tagged(meta["publish_date"], page_text)


# ---------------------------------------------------------------- metadata


def _meta(tree) -> dict[str, str]:
    found: dict[str, str] = {}
    for node in tree.css("meta"):
        attrs = node.attributes
        key = (attrs.get("name") or attrs.get("property") or attrs.get("itemprop") or "").strip().lower()
        content = (attrs.get("content") or "").strip()
        if key and content and key not in found:
            found[key] = _html.unescape(content)
    meta: dict[str, str] = {}
    for key in _TITLE_META:
        if found.get(key):
            meta["title"] = _clean_title(found[key], strip_site=key != "articletitle")
            break
    else:
        node = tree.css_first("title")
        if node is not None and node.text(strip=True):
            meta["title"] = _clean_title(node.text(strip=True), strip_site=True)
            if _names_site(meta["title"], found.get("sitename")):
                _take_heading(tree, meta)
            elif _column_and_site(meta["title"]):
                _take_heading(tree, meta, site=None)
    for key in _DATE_META:
        date = _iso_date(found.get(key, ""))
        if date:
            meta["publish_date"] = date
            break
    return meta


# <div class="gab-detail-title">市规划资源局关于印发《…》的通知</div> over the article (wp_03): the heading of a page
# whose <title> is only the site's name (its SiteName meta), outside the article's container
_HEADING_TAGS = 'h1, h2, h3, [class*="title"]'
_HEADING_MAX = 150


def _take_heading(tree, meta: dict[str, str], site: str | None = "") -> None:
    """The page's heading for a <title> that is only the site's name (or a column's and the site's); a heading naming
    its body short, from its level on (市规划资源局关于…), takes the site's name as its issuer field, the body in full
    (天津市规划和自然资源局), which only spells out the short name the title gives."""
    site = meta["title"] if site == "" else site
    node = _titled_heading(tree)
    if node is None:
        return
    meta["title"] = heading = _heading_text(node)
    if site and heading[0] in _LEVEL_FIRST and heading.index("关于") > 2:
        meta["issuer"] = site
    date = _date_beside(node)
    if date:
        meta["publish_date"] = date


def _names_site(title: str, site: str | None) -> bool:
    """<title> the site's name, as its SiteName meta gives it or without the one character (the level's 市) the
    meta adds (南京住房公积金管理中心 / SiteName 南京市住房公积金管理中心, wu_06)."""
    if not site:
        return False
    return title == site or (len(site) == len(title) + 1 and any(site[:i] + site[i + 1:] == title for i in range(len(site))))


def _date_beside(node) -> str | None:
    """<h3>关于…的通知</h3><p>2026-04-16</p> (wu_06): a date alone in the element right after the heading is the
    page's posting date."""
    after = _sibling_past_blanks(node, "next")
    text = after.text(strip=True) if after is not None else ""
    return _iso_date(text) if len(text) <= 24 and _DATE_ALONE.match(text) else None


# 通知公告 - 大理白族自治州住房公积金管理中心 / 政策文件 - 某某中心 (wu_07): a <title> naming the column the page sits in and
# the site, no document's title; a column's name is short and closes on no 文种
_COLUMN_THEN_SITE = re.compile(r"^\p{Han}{2,8}(?:\s-\s|_|\|)\p{Han}{4,30}$")


def _column_and_site(title: str) -> bool:
    return _COLUMN_THEN_SITE.match(title) is not None and not ends_on_title_word(title)


_LEVEL_FIRST = frozenset("省市区县州")


def _titled_heading(tree):
    """The first heading-like element whose text is a notice's title (关于…的通知)."""
    for node in tree.css(_HEADING_TAGS):
        text = _heading_text(node)
        if 6 < len(text) <= _HEADING_MAX and "关于" in text and TITLE_TAIL.search(text):
            return node
    return None


def _heading_text(node) -> str:
    return _WS.sub(" ", node.text(strip=True)).strip()


def clean_page_title(title: str) -> str:
    """A page's <title> without the site's name after it (…的通知_政策_中国政府网 -> …的通知)."""
    return _clean_title(title, strip_site=True)


# 高阳县人民政府网站——高阳县人民政府关于…的意见 (wb_06's ArticleTitle meta): a CMS template that puts the site's name
# before the article's title, parted by a dash; a title itself never opens on a site's name
_SITE_NAME_PREFIX = re.compile(r"^\p{Han}{2,24}?(?:门户网站|政府网站|网站|门户网)[ \u3000]*+(?:——|--|—|－|_|\|)[ \u3000]*+(?=\p{Han})")


def _clean_title(title: str, *, strip_site: bool) -> str:
    title = _WS.sub(" ", title).strip()
    if "网" in title[:30]:
        title = _SITE_NAME_PREFIX.sub("", title, 1)
    if strip_site:
        # 国务院关于…的通知_政策_中国政府网 -> the first part, when it is the long one.
        parts = [p for p in _TITLE_SEPARATORS.split(title) if p]
        if len(parts) > 1 and len(parts[0]) >= max(len(p) for p in parts[1:]):
            title = parts[0]
    if title[:1].isdigit():
        entry = COMPILATION_ENTRY.match(title)
        if entry:
            title = entry.group(1) or entry.group(2)  # 12、…的意见（2024.07.29）: a compilation's list entry
    return title


def _iso_date(value: str) -> str | None:
    m = _DATE.search(value)
    if not m:
        return None
    y, mo, d = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(4), m.group(5), m.group(6))
    try:
        return _dt.date(int(y), int(mo), int(d)).isoformat()
    except ValueError:
        return None


def _printed_before_tagged(tagged: str, page_text: str) -> str:
    """发布时间：2022-10-20 16:09 printed on a page whose PubDate meta says 2023-06-30 (wb_07): the tag a CMS stamps
    again when the page is saved anew; the date the page prints, when it is the earlier, is the one it was published on."""
    printed = _date_after_label(page_text) if "布" in page_text else None
    if printed is None and "公开日期" in page_text:
        printed = _date_after_label(page_text, _DISCLOSED_DATE)
    return printed if printed and printed < tagged else tagged


def _date_after_label(page_text: str, label: re.Pattern = _PAGE_DATE) -> str | None:
    for m in label.finditer(page_text):
        date = _iso_date(page_text[m.end():m.end() + 24])
        if date:
            return date
    return None


# 2023-01-09    浏览次数: (wp_06): the date a page prints with no label on the line its view counter opens
_COUNTED_DATE = re.compile(
    rf"((?:19|20)\d{{2}}[-/.年]\d{{1,2}}[-/.月]\d{{1,2}})日?[\s\xa0\u3000]*+(?:{CLOCK_TIME_TEXT}[\s\xa0\u3000]*+)?"
    r"(?:浏览次数|浏览量|阅读次数|阅读量|点击数|点击量|点击次数|访问量)"
)


def _counted_date(page_text: str) -> str | None:
    """A date right before the page's view counter, when no label or element names the publish date."""
    m = _COUNTED_DATE.search(page_text) if "次数" in page_text or "量" in page_text or "点击" in page_text else None
    return _iso_date(m.group(1)) if m else None


# 时间：2018-01-25 12:46&nbsp;&nbsp;来源：长春市人民政府 (wb_03): a bare 时间 label (no 活动 / 截止 / 发布 word before it)
# over a date stamped with its clock time: the page's publish stamp
_STAMPED_DATE = re.compile(
    r"(?<![\p{Han}])时间[\s\xa0\u3000]*+[:：][\s\xa0\u3000]*+((?:19|20)\d{2}-\d{1,2}-\d{1,2})[\s\xa0\u3000]++\d{1,2}:\d{2}"
)


def _stamped_date(page_text: str) -> str | None:
    """The date of a bare 时间： label stamped with a clock time, when nothing else names the publish date."""
    m = _STAMPED_DATE.search(page_text) if "时间" in page_text else None
    return _iso_date(m.group(1)) if m else None


def _holds_attachment_line(article: str) -> bool:
    return article.startswith("附") or "\n附" in article


def _attachment_links(tree, container) -> list[str]:
    """The names of the page's attachment links (<ul class="fujian"><li><a>附件1：…表</a></li>…, wf_03) that stand
    outside the container kept, for an article naming no attachment on a line of its own: a page field, as the
    page's 索引号 is (the article's text, and so its tree, stays as the container holds it). A link naming its file
    (附件1：…工作方案.doc, wn_11) gives the name without the extension, as an attachment line in the text does."""
    names: list[str] = []
    for link in tree.css("a"):
        text = _WS.sub("", link.text())
        if text.startswith("附") and ATTACHMENT_LINK_TEXT.fullmatch(text) and not _inside(link, container):
            name = FILE_EXTENSION.sub("", ATTACHMENT_LABEL.sub("", text))
            if name not in names:
                names.append(name)
    return names


def _inside(node, container) -> bool:
    while node is not None:
        if node == container:
            return True
        node = node.parent
    return False


def _generated_date(page_text: str) -> str | None:
    return _date_after_label(page_text, _GENERATED_DATE) if "生成日期" in page_text else None


# 公开方式：主动公开 (vw_02, gz.gov.cn): the page's disclosure field, printed below the article in a paragraph the
# container the reader keeps may leave out (the page's Word-exported section holds the notice and most of its forms, the
# field stands after it). The label (lexicons/field_labels.tsv) with one of the values the 政府信息公开 rules give.
_DISCLOSURE_FIELD = re.compile(
    "(?P<label>" + "|".join(field_labels("disclosure")) + r")[\s\u3000\xa0]*+[:：][\s\u3000\xa0]*+"
    r"(?P<value>主动公开|依申请公开|不予公开|免予公开)")


def _with_disclosure_field(article: str, page_text: str) -> str:
    """The article with the page's disclosure field line after it when the kept container left the field out, as
    the page's title goes before an article that lacks it: the metadata reader reads the field after the signature,
    where the page prints it."""
    if _DISCLOSURE_FIELD.search(article):
        return article
    m = _DISCLOSURE_FIELD.search(page_text)
    if m is None:
        return article
    return f"{article.rstrip()}\n\n{m.group('label')}：{m.group('value')}\n"


# <span class="…_date">2020-12-09 20:18</span>: a page that prints its date with no label marks it by the class
# of the element that holds nothing else (not an 更新 / 修改 date: update, modified).
_DATED_CLASSES = '[class*="date"], [class*="time"]'
_UNDATED_CLASS = re.compile(r"update|modif", re.I)
_DATE_ALONE = re.compile(
    rf"^\s*+(?:19|20)\d{{2}}\s*+[-/.年]\s*+\d{{1,2}}\s*+[-/.月]\s*+\d{{1,2}}日?(?:\s++{CLOCK_TIME_TEXT})?\s*+$"
)


def _dated_element(tree) -> str | None:
    """The date of the first element classed as a date or time whose whole text, or whose first child's
    (<div class="…_date"><span>2020-12-09 20:18</span><span>来源：</span></div>), is one date (and a time)."""
    body = tree.body
    if body is None:
        return None
    for node in body.css(_DATED_CLASSES):
        if _UNDATED_CLASS.search(node.attributes.get("class") or ""):
            continue
        first = node.child
        while first is not None and first.tag == "-text" and not first.text(strip=True):
            first = first.next
        for held in (node, first):
            text = held.text(strip=True) if held is not None else ""
            if len(text) <= 24 and _DATE_ALONE.match(text):
                return _iso_date(text)
    return None


_STAMP_HEADINGS = "h1, h2, h3"


def _stamp_under_heading(tree, title: str | None) -> str | None:
    """<h1>嘉兴市建委关于…的通知</h1><div><p><span></span><span>2017-05-23 16:31:23</span></p><div>分享到：…</div></div>
    (wy_06, a policy site's page): the first text in the element right after the page's heading, a date stamped with
    its clock time, is the page's posting stamp (the notice's own date is written 2017年5月20日, without a time)."""
    if not title:
        return None
    for node in tree.css(_STAMP_HEADINGS):
        if _heading_text(node) != title:
            continue
        after = _sibling_past_blanks(node, "next")
        if after is None:
            return None
        first = next((t for t in after.text(separator="\n").split("\n") if t.strip()), "")
        return _iso_date(first) if len(first.strip()) <= 24 and _DATE_ALONE.match(first) and CLOCK_TIME.search(first) else None
    return None


# 信息公开 tables: label cell -> meta key (lexicons/field_labels.tsv, the labels' one table). Dates become ISO.
_FIELD_LABELS = page_field_labels()
_LABEL_NOISE = re.compile(r"[\s\u3000\xa0:：]+")


def _labelled_fields(tree) -> dict[str, str]:
    """索引号 / 发文字号 / 发文机关 / 成文日期 / 主题分类 from a label cell and the cell after it."""
    fields: dict[str, str] = {}
    label_tables: dict[int, bool] = {}
    for cell in tree.css("td, th"):
        text = cell.text()
        key = _FIELD_LABELS.get(_LABEL_NOISE.sub("", text))
        if key is None or key in fields:
            continue
        if "：" not in text and ":" not in text and not _in_label_table(cell, label_tables):
            continue
        value_cell = cell.next
        while value_cell is not None and value_cell.tag not in ("td", "th"):
            value_cell = value_cell.next
        if value_cell is None:
            continue
        value = _WS.sub(" ", value_cell.text()).strip(" \u3000\xa0")
        if key == "issue_date":
            value = _iso_date(value) or ""
        if value:
            fields[key] = value
    _paired_fields(tree, fields)
    return fields


# 索引号 and 文号 in a 信息公开 block laid out without a table: <h1>索引号：</h1><p>11330…/2023-175371</p> (wb_02, a flex
# row), <li>备注/文号：沙政规〔2022〕3号</li> (wb_11, one entry a field). Only these two keys: a block's 发布机构 names the
# office that posted the page as often as the one that signed (wb_02's 市住建局 for two bureaus), and its dates the
# page's _date_after_label reads already.
_PAIRED_KEYS = frozenset({"doc_number", "index_number"})
_PAIR_TAGS = "li, dt, h1, h2, h3, h4, h5, h6, label, strong, b, span"
_LEADING_LABEL = re.compile(r"[\s\u3000\xa0]*+([\p{Han}/][\p{Han}/\s\u3000\xa0]{1,14}?)[\s\u3000\xa0]*+[:：]")
_PAIRED_VALUE_MAX = 60  # a field's value is short; a longer element is a paragraph that opens with a label-like phrase


def _paired_fields(tree, fields: dict[str, str]) -> None:
    """Fill `fields`' 文号 and 索引号 from label elements outside tables: an element that opens with the label and its
    colon, its value after the colon in the same element or, when nothing follows the colon, in the next element."""
    if all(key in fields for key in _PAIRED_KEYS):
        return
    for node in tree.css(_PAIR_TAGS):
        text = node.text()
        if "：" not in text and ":" not in text:
            continue
        text = _WS.sub(" ", text)  # the page's indentation inside the element counts for nothing
        if len(text) > _PAIRED_VALUE_MAX + 20:
            continue
        m = _LEADING_LABEL.match(text)
        if m is None:
            continue
        key = _FIELD_LABELS.get(_LABEL_NOISE.sub("", m.group(1)))
        if key not in _PAIRED_KEYS or key in fields:
            continue
        value = _before_next_label(text[m.end():]).strip(" \u3000\xa0") or _next_element_text(node)
        if value and len(value) <= _PAIRED_VALUE_MAX:
            fields[key] = value


# 首都之窗's field list (xf_06): <li>[发文机构] <span>北京市医疗保障局</span></li> / <li>[联合发文单位] <span>A;B</span></li> /
# <li>[成文日期] <span>2026-06-22</span></li>, each label in square brackets, its value in the entry's <span>. The bodies of
# 联合发文单位 issue the notice with the 发文机构, which the list names first; a page that prints no signature (xf_06)
# names its issuers only here. The issuer, the date and the [主题分类] (劳动、人事、监察/劳动就业, xk_07; the page's only
# topic): the 发文字号 is split over three elements (wy_09).
_BRACKETED_FIELD = re.compile(r"[\s\u3000\xa0]*+\[(?P<label>\p{Han}{2,8})\][\s\u3000\xa0]*+")
_BRACKETED_KEYS = {label: key for key in ("issuer", "issue_date", "topic") for label in field_labels(key)}
_JOINT_ISSUERS = "联合发文单位"
_JOINT_SEPARATOR = re.compile(r"[;；]")


def _bracketed_fields(tree, fields: dict[str, str]) -> None:
    """Fill `fields`' issuer, 成文日期 and 主题分类, when no meta tag or label cell gave them, from a [label] value list."""
    found: dict[str, str] = {}
    joint: list[str] = []
    for node in tree.css("li"):
        text = _WS.sub(" ", node.text())
        m = _BRACKETED_FIELD.match(text)
        if m is None:
            continue
        value = text[m.end():].strip(" \u3000\xa0")
        if m.group("label") == _JOINT_ISSUERS:
            joint = [v.strip() for v in _JOINT_SEPARATOR.split(value) if v.strip()]
            continue
        key = _BRACKETED_KEYS.get(m.group("label"))
        if key and value and key not in found:
            found[key] = (_iso_date(value) or "") if key == "issue_date" else value
    if found.get("issuer") and joint:
        found["issuer"] = "、".join([found["issuer"], *joint])
    for key, value in found.items():
        if value:
            fields.setdefault(key, value)


# <li><span>索引号：42820293-0/2023-98682</span> <span>主题分类：</span></li> (xf_11): an entry holding two fields, the
# second's label (with its colon) ends the first's value, whatever the second holds
_NEXT_FIELD_LABEL = re.compile(r"[\s\u3000\xa0]*+(?:" + field_label_alternation() + r")[\s\u3000\xa0]*+[:：]")


def _before_next_label(value: str) -> str:
    """A field's value up to the label of the next field the same element holds."""
    m = _NEXT_FIELD_LABEL.search(value) if "：" in value or ":" in value else None
    return value[:m.start()] if m else value


# 印发日期：2025-09-16 | 文号：沪财发〔2025〕5号 | 发文机关：… / 是否有效：有效 | 索取号： AB1110000-2025-365 (wj_03): a page
# that prints its fields as a row parted by bars, in elements of no label tag (a <span> opening on another field, a
# bare <div>). A 文号 or 索引号 label whose value a bar closes or whose label a bar opens is such a row's field; a
# label standing alone in a sentence is not.
_PIPED_LABELS = "|".join(sorted((*field_labels("doc_number"), *field_labels("index_number")), key=len, reverse=True))
_PIPED_FIELD = re.compile(
    r"(?P<bar>\|[\s\u3000\xa0]*+)?(?<!\p{Han})(?P<label>" + _PIPED_LABELS + r")[\s\u3000\xa0]*+[:：][\s\u3000\xa0]*+"
    r"(?P<value>[^\s\u3000\xa0|]{2,60})(?P<after>[\s\u3000\xa0]*+\|)?")


def _piped_fields(page_text: str, meta: dict[str, str]) -> None:
    """Fill `meta`'s 文号 and 索引号, when no label cell or label element gave them, from a bar-parted field row."""
    for m in _PIPED_FIELD.finditer(page_text):
        if m.group("bar") is None and m.group("after") is None:
            continue
        key = _PIPED_KEY[m.group("label")]
        if key not in meta:
            meta[key] = m.group("value")


_PIPED_KEY = {label: key for key in _PAIRED_KEYS for label in field_labels(key)}


# <h2>长春市人民政府办公厅关于</br>保持…的通知</h2><h3>长府办发〔2017〕65号</h3> (wb_03): a portal prints the 文号 in an
# element of its own right under the title's, both outside the body it keeps; a 文号 elsewhere on the page (a related
# document's, a list's) stands under no title
_NUMBER_TAGS = "h1, h2, h3, h4, h5, h6, p, font"
_NUMBER_TEXT_MAX = 30


def _number_under_title(tree, title: str) -> str | None:
    """The 文号 an element holds alone when the element before it (its parent's, for the first child) holds the title."""
    want = _BLANKS.sub("", title)
    for node in tree.css(_NUMBER_TAGS):
        text = node.text()
        if "号" not in text or len(text) > _NUMBER_TEXT_MAX or not DOC_NUMBER_ALONE.fullmatch(text):
            continue
        before = _previous_element(node)
        if before is None and node.parent is not None:
            before = _previous_element(node.parent)
        if before is not None and want in _BLANKS.sub("", before.text()):
            return _WS.sub("", text)
    return None


def _sibling_past_blanks(node, step: str):
    """The sibling of `node` one way (step "prev" or "next"), blank text between them passed over, or None."""
    sibling = getattr(node, step)
    while sibling is not None and sibling.tag == "-text" and not (sibling.text() or "").strip():
        sibling = getattr(sibling, step)
    return sibling


def _previous_element(node):
    """The sibling element before `node` (blank text between them passed over), or None."""
    sibling = _sibling_past_blanks(node, "prev")
    return sibling if sibling is not None and sibling.tag != "-text" else None


def _next_element_text(node) -> str:
    """The text of the element after `node` among its siblings (blank text between them passed over), stripped."""
    sibling = _sibling_past_blanks(node, "next")
    if sibling is None:
        return ""
    return _WS.sub(" ", sibling.text()).strip(" \u3000\xa0")


def _in_label_table(cell, seen: dict[int, bool]) -> bool:
    """分类 | 病种名称 | 职工医保 (vw_01's attached table), 序号 | 文件名称 | 文号: a bare word that is a field label heads
    a column of a data table as often as it labels a page field. Without its colon a cell is a label only in a table
    that labels some other field too: a 信息公开 table pairs several fields (索引号 … 主题分类 …), a data table names
    one such word among its column heads. Each table is counted once."""
    table = cell.parent
    while table is not None and table.tag != "table":
        table = table.parent
    if table is None:
        return True  # a label cell outside any table (a stray <td>): nothing to weigh it against
    key = table.mem_id
    if key not in seen:
        labels = {_FIELD_LABELS.get(_LABEL_NOISE.sub("", c.text())) for c in table.css("td, th")}
        labels.discard(None)
        seen[key] = len(labels) >= 2
    return seen[key]


def _page_text(tree) -> str:
    body = tree.body
    return body.text(separator=" ") if body is not None else ""


# ---------------------------------------------------------------- the container


def _han(node) -> int:
    return len(HAN.findall(node.text()))


def _link_han(node) -> int:
    return sum(_han(a) for a in node.css("a"))


def _find_container(tree):
    page_han = None
    for selector in CONTAINER_SELECTORS:
        best, best_han = None, 0
        for node in tree.css(selector):
            n = _han(node)
            if n > best_han:
                best, best_han = node, n
        if best is not None and best_han >= _MIN_CONTAINER_HAN:
            if page_han is None:
                page_han = _own_han(tree.body or tree.root)
            if best_han >= _MIN_CONTAINER_SHARE * page_han:
                return best, selector
    return _densest(tree)


def _own_han(node) -> int:
    """The Chinese characters of a node that are not link text (menus, link lists)."""
    return _han(node) - _link_han(node)


def _densest(tree):
    """The element holding most of the Chinese text that is not link text."""
    node = tree.body or tree.root
    if node is None:
        return None, "none"
    score = _han(node) - _link_han(node)
    while True:
        best, best_score = None, 0
        for child in node.iter():
            s = _han(child) - _link_han(child)
            if s > best_score:
                best, best_score = child, s
        if best is None or best_score < _DESCEND_SHARE * score:
            return node, f"densest <{node.tag}>"
        node, score = best, best_score


_HIDDEN = re.compile(r"(?i)display\s*:\s*none|visibility\s*:\s*hidden")
_COPY_PROBE = 30  # Han characters: a hidden block whose middle this long is shown elsewhere is a copy


def _drop_hidden_copies(tree, log) -> None:
    """<div style="display:none">…the whole notice again…</div>: a page's hidden copy of its article (for
    printing or sharing) splits the text between two blocks, so neither looks like the article and the page's
    menus come along with it. A hidden block whose middle also stands elsewhere in the page goes; a hidden
    block holding text found nowhere else (the only copy, a tab's content) stays."""
    hidden = [node for node in tree.css("[style], [hidden]")
              if "hidden" in node.attributes or _HIDDEN.search(node.attributes.get("style") or "")]
    if not hidden:
        return
    page = tree.body or tree.root
    page_han = "".join(HAN.findall(page.text())) if page is not None else ""
    for node in hidden:
        han = "".join(HAN.findall(node.text()))
        middle = len(han) // 2
        probe = han[middle - _COPY_PROBE // 2: middle + _COPY_PROBE // 2]  # the opening may be laid out differently
        if len(probe) == _COPY_PROBE and page_han.count(probe) >= 2:
            log.record(f"<hidden copy, {len(node.text())} chars>", "")
            node.decompose()


def _drop_noise(container) -> None:
    for node in container.css("[class], [id]"):
        attrs = node.attributes
        label = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
        if _NOISE_ATTR.search(label) and _han(node) <= _NOISE_MAX_HAN:
            node.decompose()


# ---------------------------------------------------------------- rendering


_BLOCK_TAG = re.compile(r"<(?:p|div|br|tr|li|h[1-6]|table|section)(?=[\s/>])", re.I)


def _text_with_tags(text: str) -> bool:
    """Plain text lines with a few tags inside (more line breaks than block tags): its line
    breaks are the document's paragraphs, not source formatting."""
    head = text[:SNIFF_CHARS]
    return head.count("\n") > 2 * _count(_BLOCK_TAG, head, SNIFF_CHARS)


_BLANK_LINE = re.compile(r"[ \t]*+\n[ \t]*+\n[ \t\r\n]*+")
_CELL = "\x02"  # the end of a data cell: cells of a row are joined by a tab
_DATA_CELL_MAX = 500  # characters; a longer cell is page layout (the article inside a <td>)


def _is_data_cell(node) -> bool:
    """A table cell holding data, not a layout cell wrapping the article or a nested table."""
    return node.css_first("table") is None and len(node.text()) <= _DATA_CELL_MAX


_TABLE_FRAME = frozenset({"table", "thead", "tbody", "tfoot", "tr"})


def _in_table_frame(node) -> bool:
    parent = node.parent
    return parent is not None and parent.tag in _TABLE_FRAME


def _table_row(line: str) -> str:
    """Cells of one row, tab-separated, empty cells kept in place (the columns stay aligned)."""
    cells = [" ".join(c.split()) for c in line.split(_CELL)]
    if cells and not cells[-1]:
        cells.pop()
    return "\t".join(cells) if any(cells) else ""


def _span(node, name: str) -> int:
    try:
        return max(1, min(int((node.attributes.get(name) or "1").strip()), _MAX_SPAN))
    except ValueError:
        return 1


_MAX_SPAN = 100  # a rowspan / colspan beyond this is markup noise


_TABLE_BODY = frozenset({"table", "thead", "tbody", "tfoot"})


def _covered_cells(container) -> dict[int, int]:
    """Empty cells to write before each data cell (by mem_id): the positions a merged cell above covers
    (rowspan) and the columns a cell spans to its right (colspan), so each printed row keeps its columns;
    a merged cell is written once, in its first row. Only for plain data tables (no table nested in them)."""
    before: dict[int, int] = {}
    # a page whose text is its table has that table's body for the container (no <table> below it)
    tables = container.css("table") or ([container] if container.tag in _TABLE_BODY else [])
    for table in tables:
        if any(inner.mem_id != table.mem_id for inner in table.css("table")):
            continue  # css() matches the table itself too
        covered: dict[int, set[int]] = {}  # row index -> columns a rowspan from above covers
        for r, tr in enumerate(table.css("tr")):
            taken = covered.pop(r, set())
            col = 0
            pad = 0
            for cell in tr.iter():
                if cell.tag not in _CELL_TAGS:
                    continue
                while col in taken:
                    col += 1
                    pad += 1
                if pad:
                    before[cell.mem_id] = pad
                rows, cols = _span(cell, "rowspan"), _span(cell, "colspan")
                for k in range(1, rows):
                    covered.setdefault(r + k, set()).update(range(col, col + cols))
                col += cols
                pad = cols - 1  # the columns this cell spans are empty cells after it
    return before


def _render(container, *, keep_newlines: bool = False, blank_lines_break: bool = False) -> str:
    """Visible text with line breaks where the page breaks lines (and, for text with a few
    tags inside, where the text breaks them; in a stored fragment, a blank line between
    paragraphs written outside any tag is a paragraph break too)."""
    out: list[str] = []
    stack: list[tuple[object, bool]] = [(container, False)]  # (node, closing?)
    pre_depth = 1 if keep_newlines else 0
    cell_depth = 0  # inside a data cell, block breaks are spaces: a table row stays one line
    pads = _covered_cells(container)
    while stack:
        node, closing = stack.pop()
        tag = node.tag
        if closing:
            if tag in _PRE_TAGS:
                pre_depth -= 1
            if tag in _CELL_TAGS:
                if _is_data_cell(node):
                    cell_depth -= 1
                    out.append(_CELL)
                else:
                    out.append(_BLOCK)
            elif tag in _BLOCK_TAGS:
                out.append(" " if cell_depth else _BLOCK)
            continue
        if tag == "-text":
            out.append(_text_value(node, cell_depth, pre_depth, blank_lines_break))
            continue
        if tag == "br":
            out.append(" " if cell_depth else "\n")
            continue
        if tag.startswith("-"):  # comments, doctype
            continue
        if tag in _CELL_TAGS and _is_data_cell(node):
            out.append(_CELL * pads.get(node.mem_id, 0))  # the cells merged cells cover keep their place
            cell_depth += 1
        elif tag in _BLOCK_TAGS:
            out.append(" " if cell_depth else _BLOCK)
        if tag in _PRE_TAGS:
            pre_depth += 1
        stack.append((node, True))
        children = list(node.iter(include_text=True))
        stack.extend((child, False) for child in reversed(children))
    return _laid_out("".join(out))


def _text_value(node, cell_depth: int, pre_depth: int, blank_lines_break: bool) -> str:
    """A text node as rendered: its source line breaks soft (kept inside <pre>), a blank line a paragraph
    break where `blank_lines_break`, and inside a table one line."""
    value = node.text_content or ""
    if cell_depth or _in_table_frame(node):
        # source formatting inside a table (even in text kept line by line) is no line break
        return " ".join(value.split()) if value.strip() else ""
    if not pre_depth:
        if blank_lines_break and "\n" in value:
            value = _BLANK_LINE.sub(_BLOCK, value)
        value = _WS.sub(" ", _WS_WITH_NEWLINE.sub(_SOFT, value))
    return value


def _laid_out(text: str) -> str:
    """The rendered marks resolved: soft breaks (none between Han), block breaks as line ends, table rows,
    at most one blank line in a row."""
    text = _CJK_SOFT.sub("", text).replace(_SOFT, " ")
    text = _BLOCK_RUN.sub("\n", text)
    lines = [_table_row(line) if _CELL in line else line.strip(" \t") for line in text.split("\n")]
    text = _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip("\n")
    return text + "\n" if text else ""


def decode_stray_entities(text: str, log) -> str:
    """Entities left in a body stored as text, not markup (a database field holding …办法。第一条 &nbsp;本办法…,
    R&amp;D, 印发&lt;关于…&gt;的通知): decoded before any step reads the text, so that &nbsp; runs part
    paragraphs as the spaces they stand for and the ; of an entity is not taken for punctuation."""
    if "&" not in text:
        return text
    return _decode_entities(text, log)[0]


def _decode_entities(text: str, log) -> tuple[str, int]:
    """Entities the CMS escaped twice (&amp;ldquo; reaches the text as &ldquo;)."""
    count = 0

    def one(m):
        nonlocal count
        out = _html.unescape(m.group())
        if out != m.group():
            count += 1
            log.record(m.group(), out)
        return out

    return _ENTITY.sub(one, text), count
