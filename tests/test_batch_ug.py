"""Batch ug (信息公开 pages as the pages corpus stores them: label blocks, bar tables, dash and bullet lists): one test per
rule, each on a real-shaped synthetic snippet."""

from __future__ import annotations

from policyparse.repair import StepLog
from policyparse.repair.noise import remove_web_noise
from policyparse.segment import segment


def _meta(text: str):
    return segment(text, {}).metadata


def test_a_label_block_printing_its_validity_under_the_short_label_shixiao():
    # ug_01: 文号 靖政发〔2018〕53号 时效 有效 — two labels a line, no colon, 时效 for 时效性
    text = ("索引号 012345678/2018-00693 主题分类 城乡建设、环境保护\n发布单位 某某市政府办 发文日期 2018-09-25\n"
            "文号 某政发〔2018〕53号 时效 有效\n\n市政府关于印发某某方案的通知\n\n各镇人民政府，市各相关部门：\n"
            "《某某方案》已经市政府同意，现予印发，请遵照执行。\n\n某某市人民政府\n\n2018年5月14日\n")
    m = _meta(text)
    assert (m.validity, m.doc_number, m.index_number) == ("有效", "某政发〔2018〕53号", "012345678/2018-00693")


def test_a_dash_list_dating_the_text_by_chengwen_shijian_and_fawen_shijian():
    # ug_03: - 成文时间：2023年12月01日 / - 发文时间：… with 时间 for 日期; 发文 names the issuing, as 发文日期 does
    text = ("- 索 引 号:370400/2022-00091\n- 主题分类:基层政务公开规范化标准化\n- 成文时间:2023年12月01日\n- 文 号:无\n"
            "- 发文时间:2023年12月02日\n- 标 题:某某领域基层政务公开标准目录\n- 效力状态:有效\n某某领域基层政务公开标准目录\n"
            "序号 |\n事项名称 |\n")
    m = _meta(text)
    assert (m.issue_date, m.publish_date, m.doc_number) == ("2023-12-01", None, None)
    only_fawen = text.replace("- 成文时间:2023年12月01日\n", "")
    assert _meta(only_fawen).issue_date == "2023-12-02"


def test_a_read_aloud_button_line_goes():
    # ug_06: 朗读 (the page's text-to-speech button) on its own line above the addressees
    out = remove_web_noise("朗读\n各村、社区:\n根据《某某法》规定，现将有关事项通知如下:\n", StepLog("noise"))
    assert out.splitlines()[0] == "各村、社区:"
    kept = "请各村组织朗读比赛。\n"
    assert remove_web_noise(kept, StepLog("noise")) == kept


def test_a_pages_own_item_under_its_label_block_is_answered_for_by_its_publisher():
    # ug_07: 发布机构：某某县人民政府 over a news item titled by what it reports, no 文种 and no signer
    text = ("某某县人民政府 www.example.gov.cn\n\n政府信息公开\n索引号: 750659971-202003-248231 主题分类: 社会救助和社会福利\n"
            "发布机构:  某某县人民政府 发布日期: 2020-03-16 16:35\n名 称: 科学布局巩固提升殡葬改革工作\n文号: 关键字:\n\n"
            "科学布局巩固提升殡葬改革工作\n\n发布时间:2020-03-16 16:35 浏览次数:432\n\n"
            "为进一步提升公墓的合理化、规范化，某某县对农村公益性公墓进行科学布局。\n")
    m = _meta(text)
    assert (m.title, m.issuer, m.publish_date) == ("科学布局巩固提升殡葬改革工作", "某某县人民政府", "2020-03-16")


def test_a_body_only_notice_is_titled_by_its_plans_line_printed_without_the_version_note():
    # ug_09: 现将《某县防洪防台风应急预案（修订）》印发给你们 / … / 某县防洪防台风应急预案 / （2018年修订）
    text = ("- 索 引 号:SM04101-1100-2018-00010\n- 备注/文号:某政办〔2018〕21号\n- 发布机构:县政府办\n"
            "经县政府同意，现将《某县防洪防台风应急预案（修订）》印发给你们，请认真贯彻执行。\n某县人民政府办公室\n"
            "2018年3月16日\n（此件主动公开）\n某县防洪防台风应急预案\n（2018年修订）\n目 录\n1总则……………1\n")
    m = _meta(text)
    assert (m.title, m.plan_title, m.issuer) == ("某县防洪防台风应急预案", "《某县防洪防台风应急预案（修订）》", "某县人民政府办公室")


def test_a_heading_naming_the_government_by_its_place_gives_way_to_the_notices_title_block():
    # ug_10: a repost's heading 某东县关于…的通告 某政通〔2017〕6号 over the notice's 某东县人民政府 / 关于…的通告
    text = ("资讯首页 > 农业快讯\n\n某东县关于禁止露天焚烧秸秆的通告 某政通〔2017〕6号\n\n2017年10月23日 09:24来源：某东县人民政府\n\n"
            "某政通〔2017〕6号\n\n某东县人民政府\n\n关于禁止露天焚烧秸秆的通告\n\n为切实做好秸秆禁烧工作，现将有关事项通告如下：\n\n"
            "一、本县行政区域内禁止任何单位和个人露天焚烧秸秆。\n\n二、本通告自发布之日起施行。\n\n"
            "某东县人民政府办公室2017年5月27日印发\n\n85%的人还看了\n")
    m = _meta(text)
    assert (m.title, m.issuer, m.doc_number) == ("某东县人民政府关于禁止露天焚烧秸秆的通告", "某东县人民政府", "某政通〔2017〕6号")
    assert m.issue_date == "2017-05-27"  # the 版记 dates a notice whose signature prints no date


def test_a_signed_date_wins_over_the_imprint():
    text = ("某县人民政府关于某事的通知\n各乡镇人民政府：\n现将有关事项通知如下。\n某县人民政府\n2017年5月20日\n"
            "某县人民政府办公室2017年5月27日印发\n")
    assert _meta(text).issue_date == "2017-05-20"
