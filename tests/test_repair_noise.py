"""Web-page furniture removal (repair.noise) and its lexicon, lexicons/web_noise.tsv."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policyparse.repair import TEXT_STEPS, StepLog
from policyparse.repair.noise import remove_web_noise

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "layout"
LEXICON = ROOT / "lexicons" / "web_noise.tsv"


def clean(text: str) -> tuple[str, StepLog]:
    log = StepLog("web_noise")
    return remove_web_noise(text, log), log


def lines_of(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def test_web_page_furniture_goes_and_the_notice_stays():
    text = (FIXTURES / "web_page.txt").read_text(encoding="utf-8")
    out, log = clean(text)
    got = lines_of(out)
    for furniture in (
        "免费网站在线观看人数在哪电视剧，蜜桃欧美日韩，精品人妻av区乱码，亚洲精品在线免费观看",
        "无障碍阅读 关怀版 返回首页",
        "字号：",
        "打印整页 打印内容 分享",
        "扫码使用手机浏览本页内容",
        "单位概况",
        "县政府办公室",
        "2094",
        "信息发布总数",
        "389",
        "点击量",
        "发",
        "态",
    ):
        assert furniture not in got, furniture
    # label-less metadata values stay, in order
    assert got[:9] == [
        "政府信息公开",
        "平阴县人民政府关于印发平阴县“十四五”全民科学素质行动规划纲要实施方案的通知",
        "11370124004209020U/2022-3815517",
        "教育、其他",
        "平政字〔2022〕21号",
        "平阴县人民政府办公室",
        "2022-11-07",
        "2022-11-08",
        "有效",
    ]
    # the notice itself, including a sentence that mentions 打印 and 分享
    assert "现将《平阴县“十四五”全民科学素质行动规划纲要实施方案》印发给你们，请认真组织实施。各单位要打印本通知并分享给相关科室。" in got
    assert got[-1].startswith("（三）统筹协调推进。")
    assert "平阴县人民政府" in got and "2022年11月7日" in got and "（此件公开发布）" in got
    assert log.changes == 14  # the 14 lines listed above
    assert ("无障碍阅读 关怀版 返回首页", "") in log.examples


def test_sample_002_breadcrumb_and_byline():
    raw = (ROOT / "samples" / "002_d1be8f63f2575b76.txt").read_text(encoding="utf-8")
    text = raw
    for name, step in TEXT_STEPS:
        if name == "web_noise":
            break
        text = step(text, StepLog(name))
    out, log = clean(text)
    got = lines_of(out)
    assert got[0] == "关于印发《2020年重庆市全民科学素质行动工作要点》的通知"
    assert got[1] == "发布时间:2020-06-01"  # the punctuation step makes the colon full width later
    assert not any("作者" in line or "编辑" in line or "当前位置" in line for line in got[:3])
    assert len(got) == len(lines_of(text)) - 1
    assert ("发布时间:2020-06-01 | 作者:  | 编辑:重庆科协数据迁移", "发布时间:2020-06-01") in log.examples


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("发布时间：2024-03-18 09:30    来源：宜昌市科协    浏览次数：123", "发布时间：2024-03-18 09:30 来源：宜昌市科协"),
        ("发布日期：2023-05-06 【打印】【关闭】", "发布日期：2023-05-06"),
    ],
)
def test_byline_fields(line, kept):
    out, _ = clean(f"标题\n{line}\n正文内容。\n")
    assert out == f"标题\n{kept}\n正文内容。\n"


@pytest.mark.parametrize(
    "line",
    [
        "当前位置：首页 > 通知公告>",
        "您现在的位置：首页 > 政务公开",
        "【字体：大 中 小】   打印本页   关闭窗口",
        "【打印本页】 【关闭窗口】",
        "字号：大 中 小",
        "浏览次数：123",
        "网站标识码：4205000012    鄂ICP备05012345号-1    鄂公网安备42050202000123号",
        "版权所有：平阴县人民政府办公室",
        # batch td: a forum (Discuz) prompt above the post a county notice was copied into
        "您需要 登录 才可以下载或查看,没有账号?注册会员",
        # tt_118: a magazine site's prompt to follow its WeChat account, closed by a bar under a table's last row
        "扫描关注人民之友微信 |",
        "扫码关注“城关发布”公众号",
        # vq_02: a law database's pointer to related articles, between a code's articles
        "法宝联想：法学期刊 3 篇",
    ],
)
def test_furniture_lines_anywhere(line):
    out, log = clean(f"关于开展科普活动的通知\n{line}\n各单位：请认真贯彻落实。\n")
    assert out.replace("\n\n", "\n") == "关于开展科普活动的通知\n各单位：请认真贯彻落实。\n"
    assert log.changes >= 1


@pytest.mark.parametrize(
    "text",
    [
        # sentences that mention furniture words
        "一、各单位要打印本页所附表格，分享给基层科普工作者。\n",
        "请关闭窗口前保存填报内容。\n",
        # an event notice's own 主办单位 line, with no page footer around it
        "一、活动名称：全国科普日\n二、主办单位：市科协、市教育局\n三、活动时间：9月15日\n联系人：张伟\n",
        "三、活动安排\n主办单位：市科协\n2023年9月1日\n",
        # a line of a notice that happens to be short and numeric
        "（二）工作目标\n2025\n年全市公民具备科学素质的比例超过16%。\n",
        # a one-character line outside a metadata block
        "市科协\n发\n2023年\n",
    ],
)
def test_notice_text_is_never_removed(text):
    out, log = clean(text)
    assert out == text
    assert log.changes == 0


def test_footer_lines_go_only_with_a_real_footer():
    text = "正文内容，请认真贯彻落实。\n\n主办单位：宜昌市科学技术协会\n网站标识码：4205000012\n"
    out, _ = clean(text)
    assert lines_of(out) == ["正文内容，请认真贯彻落实。"]


def test_counter_values_go_with_their_labels():
    out, _ = clean("正文内容，请认真贯彻落实。\n扫码使用手机浏览本页内容\n12345\n点击量\n")
    assert lines_of(out) == ["正文内容，请认真贯彻落实。"]


def test_lexicon_file_is_headed_sorted_and_unique():
    raw = LEXICON.read_text(encoding="utf-8").split("\n")
    assert raw[0].startswith("#")
    data = [line for line in raw if line and not line.startswith("#")]
    assert data[0] == "pattern\tmatch\tscope"
    rows = [tuple(line.split("\t")) for line in data[1:]]
    assert rows == sorted(rows)
    assert len({(r[0], r[1]) for r in rows}) == len(rows)
    for pattern, match, scope in rows:
        assert pattern == pattern.strip() and pattern
        assert match in {"line", "prefix", "contains", "field", "spam", "advert"}
        assert scope in {"any", "tail", "counter"}


@pytest.mark.parametrize("path", sorted((ROOT / "samples").glob("*.txt")) + [FIXTURES / "web_page.txt"])
def test_idempotent_on_documents(path):
    once, _ = clean(path.read_text(encoding="utf-8", errors="replace"))
    twice, log = clean(once)
    assert twice == once
    assert log.changes == 0


PIECES = st.sampled_from(
    [
        "关于印发方案的通知", "各单位：", "请认真贯彻落实。", "打印", "分享", "点击量", "2094", "发", "态", "2022-11-07",
        "有效", "单位概况", "县政府办公室", "扫码使用手机浏览本页内容", "当前位置：首页>", "发布时间：2020-06-01 | 作者：张三",
        "主办单位：市科协", "网站标识码：1", "【打印】", " ", "",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=25).map("\n".join))
def test_idempotent(text):
    once, _ = clean(text)
    assert clean(once)[0] == once


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["全民科学素质行动", "各单位要加强组织领导", "（一）指导思想", "2025年目标"]), min_size=1, max_size=10))
def test_clean_text_unchanged(paragraphs):
    text = "\n".join(p + "。" for p in paragraphs) + "\n"
    assert clean(text)[0] == text


@pytest.mark.parametrize("furniture", [
    "首页 > 信息公开 > 国务院文件 > 工业、交通 > 机械制造与重工业收藏留言",  # a breadcrumb with its widgets' words
    "首页 -> 政务公开 -> 其他政府信息 -> 公告",
    "首页",  # a site menu's first entry, a line of its own
    "相关文档", "最新文档", "扫一扫分享本页", "分享到微信朋友圈×", "字号：默认 超大 | 打印 |",
    "搜索热词：社保医保高质量发展居住证",
])
def test_breadcrumbs_menus_and_widgets_go(furniture):
    text = f"某某市人民政府关于印发某某办法的通知\n{furniture}\n各区人民政府：\n现将办法印发给你们。首页设计要简洁。\n"
    out, log = clean(text)
    assert furniture not in lines_of(out) and "现将办法印发给你们。首页设计要简洁。" in out
    assert (furniture, "") in log.examples  # the removal said


@pytest.mark.parametrize(
    "text",
    [
        # a menu-like run printed once: a notice's list of 各区 above its first sentence
        "关于做好防汛工作的通知\n越秀区\n海珠区\n荔湾区\n天河区\n各区要做好防汛准备。\n",
        # the same four names twice, but below the first sentence: a table printed one cell a line, on two pages
        "各单位：现将任务分解如下。\n项目\n类别\n牵头单位\n完成时间\n第一项任务。\n项目\n类别\n牵头单位\n完成时间\n第二项任务。\n",
        # repeated above the first sentence, but with blank lines between the cells
        "任务分解表\n\n项目\n\n类别\n\n牵头单位\n\n完成时间\n\n项目\n\n类别\n\n牵头单位\n\n完成时间\n\n第一项任务。\n",
        # the signatures of a joint notice and an 附件 list: printed once
        "现将方案印发给你们，请认真贯彻执行。\n工业和信息化部\n教育部\n科学技术部\n交通运输部\n附件\n附件1\n附件2\n附件3\n附件4\n",
    ],
)
def test_notice_short_lines_of_menu_shape_stay(text):
    # short lines of a site menu's shape are left alone: a notice prints such lists of its own
    out, log = clean(text)
    assert out == text
    assert log.changes == 0


@pytest.mark.parametrize("line", [
    "联系我们：020-12345", "更新时间： 2026-01-26 11:25:32", "收藏本站| 设为首页| 首页", "即时分享",
    "• 无障碍浏览", "- 浏览次数：", "【字体：打印", "[字体： ] 打印",  # a menu's bullets; a widget cut by the crawl
    "正在阅读:两会新华视点丨哪些指标已提前完成?",  # tl_05, as stored (ASCII ? and :): a news site's bar naming the page read
    "更多信息请关注官方微信“河北人社”",  # uh_06: a site's plug below the signature
])
def test_page_furniture_lines_added_to_the_lexicon(line):
    out, log = clean(f"关于开展科普活动的通知\n{line}\n各单位：请认真贯彻落实。\n")
    assert lines_of(out) == ["关于开展科普活动的通知", "各单位：请认真贯彻落实。"]
    assert log.changes == 1


def test_a_download_box_label_stays():
    # 【原文下载】 parts the notice's own file from the attachments listed under 【相关附件】: a label, not furniture
    text = "【相关附件】\n- 空间布局图.pdf\n\n【原文下载】\n- 关于印发建设方案的通知.pdf\n"
    out, log = clean(text)
    assert out == text and log.changes == 0


def test_an_update_time_inside_a_header_line_stays():
    line = "来源:电子政务网 更新时间:2023-09-04"
    out, _ = clean(f"{line}\n各单位：请认真贯彻落实。\n")
    assert lines_of(out)[0] == line


@pytest.mark.parametrize("line", ["欢迎访问甘肃经济信息网!", "欢迎访问某某县人民政府网站", "首页 / 文件汇编/ 正文",
                                  "欢迎来到EHS平台! 设为首页 收藏"])  # wy_02, as stored: the greeting and its widgets on one line
def test_welcome_banner_and_slash_breadcrumb_go(line):
    # batch sx: a site's greeting and a breadcrumb parted by slashes above the notice's title
    out, log = clean(f"{line}\n关于开展科普活动的通知\n各单位：请认真贯彻落实。\n")
    assert out.replace("\n\n", "\n").lstrip("\n") == "关于开展科普活动的通知\n各单位：请认真贯彻落实。\n"
    assert log.changes >= 1


def test_a_sentence_welcoming_visitors_stays():
    text = "一、活动安排\n欢迎访问者提出意见建议，请于3月1日前反馈。\n"
    assert clean(text)[0] == text


def test_a_sharing_site_s_read_more_line_and_a_page_s_report_error_widget_go():
    # sw_13: 剩余1页未读，查看更多内容需下载; sw_03: 我要纠错 关闭窗口, and 相关文件 in the footer beside it
    out, _ = clean("剩余1页未读，查看更多内容需下载\n某某意见\n为加快推进建设，制定本意见。\n扫一扫在手机上查看当前页面\n我要纠错 关闭窗口\n相关文件\n")
    assert lines_of(out) == ["某某意见", "为加快推进建设，制定本意见。"]


def test_the_tail_of_a_meta_description_left_on_a_line_goes():
    # tb_10: a page's text opens on the cut end of its <meta name="description" content="…申" />
    text = '根据某某局《关于做好2015年示范单位申" />\n某办函〔2016〕18号\n各有关单位：根据通知要求，现予公示。\n'
    out, _ = clean(text)
    assert lines_of(out) == ["某办函〔2016〕18号", "各有关单位：根据通知要求，现予公示。"]


def test_a_sites_advert_goes_though_it_ends_as_a_sentence():
    text = ("今年某市将新增学位1万个\n2023-03-08 08:34 来源：某某网\n"
            "发送短信 abc 10650000 即可订阅《某某手机报》，每天1毛钱，无GPRS流量费。\n"
            "某某网讯 3月7日上午，某市召开新闻发布会。\n")
    out, _log = clean(text)
    assert "即可订阅" not in out
    assert "某某网讯 3月7日上午，某市召开新闻发布会。" in out


def test_a_sites_ticker_calling_to_try_its_app_goes():
    # tg_10: 最新消息: 大屏互动软件全新升级为 6.0 啦,…但有更多惊喜。点击立即体验 above a news story
    text = ("最新消息: 某某软件全新升级为 6.0 啦,启用了新的网址,还是永久免费,但有更多惊喜。点击立即体验\n"
            "今天，某区创建全国文明城区三年实施方案对外发布。\n")
    out, _log = clean(text)
    assert lines_of(out) == ["今天，某区创建全国文明城区三年实施方案对外发布。"]


def _classify_general(line: str, lex) -> str | None:
    """_classify as it read before its gates (every short line through both subs; spam set built, adverts by any())."""
    from policyparse.repair import noise as nz

    s = line.strip(" \t\r\xa0\u3000")
    if s.startswith(nz._MENU_BULLET_STARTS):
        s = s.lstrip(nz._MENU_BULLETS).lstrip(" \t\xa0\u3000")
    if not s:
        return None
    if lex.spam_re is not None and len(s) <= nz.MAX_SPAM and "。" not in s:
        if len({m.group().casefold() for m in lex.spam_re.finditer(s)}) >= 2:
            return "any"
    if len(s) <= nz.MAX_SHORT and any(p in s for p in lex.adverts):
        return "any"
    if lex.sentence_free and nz._has_sentence_end(s):
        return None
    c = nz._canon(s)
    if len(c) > nz.MAX_SHORT:
        return None
    bare = nz._SEPARATORS.sub("", s).replace(":", "：")
    if lex.line_re is not None and bare and lex.line_re.fullmatch(bare):
        scopes = {lex.line_scope[m.group()] for m in lex.word_re.finditer(bare)}
        return "counter" if "counter" in scopes else ("any" if "any" in scopes else "tail")
    if nz._has_sentence_end(c):
        return None
    for p, scope in lex.prefixes:
        if c.startswith(p):
            return scope
    low = c.casefold()
    for p, scope in lex.contains:
        if p in low:
            return scope
    return None


_NOISE_PIECES = ["打印", "关闭", "【", "】", "[", "]", "|", "｜", " ", "\u3000", "\xa0", "\t", "\u2028", ":", "：",
                 "浏览次数", "当前位置", "首页", "版权所有", "ICP备", "无码", "在线观看", "即可订阅", "科学", "行动", "。", "1",
                 "上一篇", "主办", "承办单位", "您的位置", "分享到", "扫一扫", "Copyright", "上"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_NOISE_PIECES), min_size=1, max_size=12))
def test_a_line_classified_through_the_blank_and_bracket_gates_as_through_both_subs(pieces):
    # a line with no str.isspace blank skips _canon's and _SEPARATORS' subs (nothing for them to take but bars and
    # brackets, asked by `in`), the spam set is built only on a hit, adverts asked by a loop: the same scope
    from policyparse.repair import noise as nz

    lex = nz._lexicon()
    line = "".join(pieces)
    assert nz._classify(line, lex) == _classify_general(line, lex)


def test_a_forum_jammer_goes_and_the_paragraphs_stay():
    # tl_10: a Discuz page's anti-copy runs glued to paragraph ends, opening a line, or filling one
    page = ("本帖最后由 某网友 于 2019-2-12 16:07 编辑 3 ?* @6 v* L0 Z) `5 {6 Y\n"
            "一是推进交通建设。新建停车场2处。& w$ a& I! d3 \\\n"
            ") z: I( K( ]2 D2 P( x' @# H. Z\n"
            ". o# \\( Y# v! S4 c- @; L! k. w8 ~二是推进生态优化。")
    out, _ = clean(page)
    assert lines_of(out) == ["一是推进交通建设。新建停车场2处。", "二是推进生态优化。"]
    # not on a page that is no forum's, nor a run of plain initials or numbers
    plain = "附表：A B C D E F\n一是推进交通建设。"
    assert clean(plain)[0] == plain


def test_a_paged_sites_continued_mark_opening_a_line_goes():
    # tq_02: [接上页] 五、责任分工 … — the site's mark that the page goes on from the one before, on a line of any length
    log = StepLog("web_noise")
    text = "[接上页]\n五、责任分工\n交通部门：一是负责整治办日常工作。" + "组织协调专项整治有关工作。" * 10
    out = remove_web_noise(text, log)
    assert out.startswith("五、责任分工") and log.changes == 1
    kept = "请参阅[接上页]所列事项。"
    assert remove_web_noise(kept, StepLog("web_noise")) == kept

def test_question_mark_runs_standing_for_lost_blanks_are_dropped():
    # tp_10: ? on a line of its own, and ??????? after the signer and the date (the copy's lost non-breaking spaces)
    text = "现印发给你们，请认真贯彻执行。\n?\n某县人民政府办公室 ???????\n2025年7月8日 ?????????\n（此件公开发布）\n"
    out, _log = clean(text)
    assert lines_of(out) == ["现印发给你们，请认真贯彻执行。", "某县人民政府办公室", "2025年7月8日", "（此件公开发布）"]
    # a single ? after text is a question mark
    assert "为什么 ?" in clean("请问这是为什么 ?\n")[0]


def test_a_page_stored_from_its_footer_loses_the_footer_lines_above_the_body():
    # tp_10: 主办：… 版权所有 / 承办：… / …ICP备… / 涉密文件严禁上网 / 提示：…获得最佳浏览效果！ above the addressees
    text = ("主办：某省某市某县人民政府 版权所有 2018\n承办：某县人民政府办公室\n某ICP备19003694号 网站标识码：1410270002\n"
            "涉密文件严禁上网\n某县人民政府门户网站提示：使用大于1366*768分辨率浏览器可以获得最佳浏览效果！\n"
            "各乡（镇）人民政府，县直有关部门：\n新修订的《某县应急预案》已经县人民政府同意，现印发给你们。\n")
    assert lines_of(clean(text)[0]) == ["各乡（镇）人民政府，县直有关部门：", "新修订的《某县应急预案》已经县人民政府同意，现印发给你们。"]


def test_a_pages_excerpt_of_its_own_text_goes():
    # tq_07: below the body the copying site prints its description, the text from 四、工作保障 on (blanks aside) across
    # two lines, cut mid-sentence; a line repeating part of one earlier line stays (tf_13: the excerpt above the body
    # holds the title line that follows it)
    body = ("四、工作保障\n(一)明确责任。县把乡村教师队伍建设纳入重要议事日程,每年至少专题研究解决一次重大问题。\n"
            "(二)落实经费。县财政局要切实加大财政投入。\n")
    excerpt = "四、工作保障 (一)明确责任。县把乡村教师队伍建设纳入重要议事日程,每年至少专题研究"
    out, _ = clean(body + "教案网\n" + excerpt + "\n让爱传递下去\n")
    assert excerpt not in out and lines_of(out)[:3] == lines_of(body)
    title = "武威市人民政府关于统筹推进县域内城乡义务教育一体化改革发展的实施意见武政发[2017]52号"
    above = title + "各县、区人民政府,市政府有关部门、单位:为贯彻落实《甘肃省人民政府关于统筹推进"
    out, _ = clean(above + "\n" + title + "\n各县、区人民政府,市政府有关部门、单位:\n")
    assert title in lines_of(out)


def test_a_document_sharing_sites_upload_blurb_goes():
    # tq_03: 《市容环境综合整治百日行动方案_页2》由会员上传分享，免费在线阅读，更多相关内容在工程资料-天天文库。 — the site's
    # own blurb, a sentence ending 。, above the notice; a sentence of the notice that mentions 分享 stays
    blurb = "《市容环境综合整治百日行动方案_页2》由会员上传分享，免费在线阅读，更多相关内容在工程资料-天天文库。"
    body = "牵头单位：区建设局。责任单位：区房产局、园林局。\n推动数据资源共享共用，分享典型经验。\n"
    out, _ = clean("时间：2019-10-18\n" + blurb + "\n" + body)
    assert blurb not in out and lines_of(body) == lines_of(out)[-2:]


def test_a_document_sharing_sites_numbered_notices_go():
    # ua_07: - 1、本文档由用户上传,淘文库整理发布,可阅读全部内容。 / - 2、本文档内容版权归属内容提供方,… — the site's own
    # notices above the document, numbered like items; the document's own numbered items stay
    site = ["- 1、本文档由用户上传，淘文库整理发布，可阅读全部内容。",
            "- 2、本文档内容版权归属内容提供方，所产生的收益全部归内容提供方所有。如果您对本文有版权争议，请立即联系网站客服。",
            "- 3、本文档由用户上传，本站不保证质量和数量令人满意，可能有诸多瑕疵，付费之前，请仔细阅读内容确认后进行付费下载。"]
    body = "为进一步加强组织领导，决定成立领导小组。\n一、领导小组人员及职责\n1、办公室设在县卫生健康局。\n"
    out, _ = clean("\n".join(site) + "\n" + body)
    assert lines_of(out) == lines_of(body)
    # tk_14: another site's notices of the same kind, all four numbered lines go (one left would read as an item)
    site = ["1. 部分包含数学公式或PPT动画的文件，查看预览时可能会显示错乱或异常，文件下载后无此问题，请放心下载。",
            "2. 本文档由用户上传，版权归属用户，汇文网负责整理代发布。如果您对本文档版权有争议请及时联系客服。",
            "3. 下载前请仔细阅读文档内容，确认文档内容符合您的需求后进行下载，若出现内容与标题不符可向本站投诉处理。",
            "4. 下载文档时可能由于网络波动等原因无法下载或下载错误，付费完成后未能成功下载的用户请联系客服处理。"]
    out, _ = clean("\n".join(site) + "\n" + body)
    assert lines_of(out) == lines_of(body)


def test_a_pages_excerpt_is_found_among_many_lines_opening_alike():
    # tq_07's excerpt below a body of note lines that all open alike (（牵头单位：… ）: the earlier lines of one opening
    # are filed by their text, and the repeat still starts from the one it reads whole; a line repeating an earlier
    # one whole, or a line that only shares its opening, stays
    notes = ["（牵头单位：市教育局，配合单位：市财政局）推进第%d项重点工作任务落实到位，确保按期完成。" % n for n in range(1, 40)]
    body = "\n".join(notes) + "\n"
    excerpt = notes[20] + notes[21][:12]
    out, _ = clean(body + notes[5] + "\n" + excerpt + "\n让爱传递下去\n")
    assert lines_of(out) == notes + [notes[5], "让爱传递下去"]


def test_a_mirrors_follow_us_lines_above_the_title_go():
    # va_05: 关注微信 / 小程序 (a site's follow-us links, one a line) above the notice's title, which took them in
    text = "关注微信\n小程序\n\n某部印发《某补贴额一览表》的通知\n\n各省农业农村厅：\n现予印发。\n"
    assert lines_of(clean(text)[0]) == ["某部印发《某补贴额一览表》的通知", "各省农业农村厅：", "现予印发。"]


def test_forum_page_test_answers_as_the_plain_words():
    # _on_forum_page looks for a character of each word first (a memchr): the same answer as the words' `in` tests
    from policyparse.repair.noise import _FORUM_PAGE, _on_forum_page

    for text in ("本帖最后由 admin 于 2023-5-1 编辑", "发表于 2023-5-1 10:00", "帖子", "本文发表", "各地区各部门：", ""):
        assert _on_forum_page(text) == any(word in text for word in _FORUM_PAGE), text


def test_kept_lines_skip_only_lines_furniture_cannot_touch():
    # _may_hold_furniture spares a kept line _without_furniture's calls: where it says no, the line comes back as it is
    # (002's byline 发布时间:… | 作者: …, a 【打印】 token, a body sentence, a heading with ：)
    from policyparse.repair.noise import _lexicon, _may_hold_furniture, _without_furniture

    lex = _lexicon()
    for line in ("发布时间:2020-06-01 | 作者:  | 编辑:重庆科协", "  通知全文【打印】【关闭】", "一、强化政治引领，厚植创新沃土",
                 "各区县人民政府，市政府各部门：", "（一）实施行动（牵头部门：市教育局）", "[打印本页]", "现予印发，请认真贯彻执行。"):
        if not _may_hold_furniture(line):
            assert _without_furniture(line, lex) == line, line
    assert not _may_hold_furniture("一、强化政治引领，厚植创新沃土")


def test_spam_marks_gate_answers_as_the_pattern():
    # _may_hold_spam asks a line for one caseless character of each spam word before the case-blind search: wherever
    # it says no, the pattern finds nothing either (a heading, an AV区 keyword list, a body line with 地区 / 产品)
    from policyparse.repair.noise import _caseless_marks, _lexicon, _may_hold_spam

    lex = _lexicon()
    assert _caseless_marks(["av区", "乱码"]) == ("区", "码") and _caseless_marks(["ab"]) is None
    for s in ("一、强化政治引领，厚植创新沃土", "AV区 乱码 无码 在线观看", "AV 乱 码", "各地区产品质量提升行动", "蜜桃视频", ""):
        if not _may_hold_spam(s, lex.spam_marks):
            assert lex.spam_re.search(s) is None, s
    assert _may_hold_spam("AV区 乱码", lex.spam_marks) and not _may_hold_spam("一、强化政治引领", lex.spam_marks)


def _stray_removals_plain(page) -> list[bool]:
    """_remove_stray_characters as it read before its date gate: every block of four lines or more asked for a date."""
    from policyparse.grammar import HAN
    from policyparse.repair import noise as nz

    lines, remove = page.lines, list(page.remove)
    block: list[int] = []
    for i in range(len(lines) + 1):
        if i < len(lines) and lines[i].strip(" \t\r\xa0\u3000"):
            block.append(i)
            continue
        if len(block) >= 4 and any(nz._ISO_DATE.fullmatch(lines[j].strip()) and not remove[j] for j in block):
            for j in block:
                if HAN.fullmatch(lines[j].strip()):
                    remove[j] = True
        block = []
    return remove


_STRAY_PIECES = ["2020-06-01", "2020-6-1 ", "发", "态", " 发", "\u3000", "", "  ", "来源：某某网", "作者", "打印", "1-2-3",
                 "浏览次数：", "二〇二〇年六月一日", "-", "某某网讯 3月7日上午，某市召开新闻发布会。"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_STRAY_PIECES), max_size=16))
def test_stray_characters_found_from_the_date_lines_as_block_by_block(lines):
    # _remove_stray_characters finds the ISO date lines first (by their '-') and reads only the blocks holding one:
    # the lines it removes are the ones the block-by-block walk removed
    from policyparse.repair import noise as nz

    page = nz._Page(lines, nz._lexicon())
    expected = _stray_removals_plain(page)
    nz._remove_stray_characters(page)
    assert page.remove == expected


_FIELD_PIECES = ["发布时间", "作者", "编辑", "来源", "点击数", "浏览次数", ":", "：", " ", "|", "｜", "【", "[", "2020-06-01",
                 "某某网", "当前位置", "首页 > 通知公告>", "各有关单位", "\u3000"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_FIELD_PIECES), max_size=12).map("".join))
def test_field_lines_with_one_colon_are_passed_over_as_the_label_scan_does(line):
    # _strip_fields asks for two colons before its label scan: wherever it says no, the scan finds fewer than two labels
    from policyparse.repair import noise as nz

    if nz._strip_fields(line, nz._lexicon()) is None and line.count("：") + line.count(":") < 2:
        assert len(list(nz._FIELD_LABEL.finditer(line))) < 2, line
    assert nz._strip_fields("发布时间:2020-06-01 | 作者:  | 编辑:某某", nz._lexicon()) == "发布时间:2020-06-01"


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([" ", "\u3000", "\xa0", "\t", "\u2028", "一", "、", "总体要求", "a", "（一）"]), max_size=30).map("".join))
def test_an_indented_lines_opening_is_read_from_a_piece_as_from_its_whole_blank_free_text(line):
    # _opening reads the first characters without blanks from a piece of the line, not a sub over all of it
    from policyparse.repair import noise as nz

    assert nz._opening(nz._Flats([line]), 0) == nz._SPACES.sub("", line)[: nz._EXCERPT_KEY]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_NOISE_PIECES + ["", "\r", "\u2028"]), max_size=8).map("".join))
def test_a_page_classifies_only_its_nonblank_lines_as_every_line(line):
    # _Page asks _classify of the nonblank lines only: a blank one (the same strip) is no furniture
    from policyparse.repair import noise as nz

    lex = nz._lexicon()
    page = nz._Page([line, "正文。"], lex)
    assert page.scope == [nz._classify(line, lex), nz._classify("正文。", lex)]
    assert page.remove == [s in ("any", "counter") for s in page.scope]


def _kept_lines_plain(page, lex, log) -> list[str]:
    """_kept_lines as it read before it asked only the nonblank lines: every line walked, its offset kept running."""
    from policyparse.repair import noise as nz

    out: list[str] = []
    shown = offset = 0
    for i, line in enumerate(page.lines):
        if page.remove[i]:
            if shown < 5:
                log.record(line.strip(), "")
                shown += 1
            else:
                log.count()
            continue
        if page.scope[i] is None and nz._may_hold_furniture(line) and line.strip():
            new = nz._without_furniture(line, lex)
            if new != line:
                log.record(line.strip(), new.strip(), at=offset + len(new) - len(new.lstrip()))
                line = new
        out.append(line)
        offset += len(line) + 1
    return out


_KEPT_PIECES = ["发布时间:2020-06-01 | 作者:  | 编辑:某某", "  通知全文【打印】【关闭】", "打印", "浏览次数：", "2094", "", " ",
                "\u2028", "各区县人民政府，市政府各部门：", "现予印发，请认真贯彻执行。", "AV区 乱码 无码", "版权所有", "[打印本页]"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_KEPT_PIECES), max_size=14))
def test_kept_lines_from_the_nonblank_lines_as_from_every_line(lines):
    # _kept_lines asks only the nonblank lines what goes or changes: the same lines kept, the same edits logged where
    # they stand
    from policyparse.repair import noise as nz

    lex = nz._lexicon()
    page = nz._Page(lines, lex)
    plain_log, log = StepLog("web_noise"), StepLog("web_noise")
    expected = _kept_lines_plain(page, lex, plain_log)
    assert nz._kept_lines(page, lex, log) == expected
    assert (log.changes, log.examples, log.at) == (plain_log.changes, plain_log.examples, plain_log.at)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_FIELD_PIECES + ["。", "！", "？", "【打印】", "[关闭]", "]", "现予印发"]), max_size=12).map("".join))
def test_a_line_passed_over_by_the_furniture_gate_comes_back_as_it_is(line):
    # _may_hold_furniture says no to a sentence with a colon and no bracket: _without_furniture leaves it as it is
    from policyparse.repair import noise as nz

    if not nz._may_hold_furniture(line):
        assert nz._without_furniture(line, nz._lexicon()) == line


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([" ", "\u3000", "\xa0", "\t", "\u2028", "\x1c", "\x85", "\u200b", "一、总体要求", "a", "。"]),
                max_size=12).map("".join))
def test_a_lines_text_without_blanks_is_the_subs(line):
    # _without_blanks hands back a line str.split finds no blank in as it is: the sub's text, every time
    from policyparse.repair import noise as nz

    assert nz._without_blanks(line) == nz._SPACES.sub("", line)


def test_every_blank_the_noise_patterns_take_is_a_str_isspace_blank():
    # what _without_blanks and _short_forms rest on, asked of every code point
    from policyparse.repair import noise as nz

    assert all(chr(c).isspace() for c in range(0x110000) if nz._SPACES.fullmatch(chr(c)))


def test_a_column_banner_over_the_breadcrumb_ending_on_it_goes_with_the_breadcrumb():
    # wu_11 (lnlh.gov.cn): 政府文件 / 您的位置:首页>>政务公开>>政府文件 / the notice's heading
    text = "无标题文档\n政府文件\n您的位置:首页>>政务公开>>政府文件\n某政办发[2020]35号某市推进某项工作实施细则的通知\n"
    out, _log = clean(text)
    assert lines_of(out) == ["某政办发[2020]35号某市推进某项工作实施细则的通知"]
    # a line below the breadcrumb naming its last crumb is the document's own heading, and stays
    below = "您的位置：首页 > 政务公开 > 某县人民政府工作规则\n某县人民政府工作规则\n第一章 总则\n"
    out, _log = clean(below)
    assert lines_of(out)[0] == "某县人民政府工作规则"
