"""Script repair: ruby pinyin, Traditional -> Simplified, regional wording."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
import regex as re
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from policyparse.lexicons import lexicon_dir, rows
from policyparse.repair import StepLog
from policyparse.repair.script import _script_classes, mainland_terms, remove_ruby_pinyin, to_simplified, unify_glyph_variants

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures" / "script"


def ruby(text: str) -> str:
    return remove_ruby_pinyin(text, StepLog("ruby_pinyin"))


def t2s(text: str) -> str:
    return to_simplified(text, StepLog("t2s"))


def terms(text: str) -> str:
    return mainland_terms(text, StepLog("regional_terms"))


def all_steps(text: str) -> str:
    return terms(t2s(ruby(text)))


# ---------------------------------------------------------------- ruby pinyin


@pytest.mark.parametrize(
    ("flat", "clean"),
    [
        ("平陰縣人民政府關(guān)於印發(fā)", "平陰縣人民政府關於印發"),
        ("全民科學(xué)素質(zhì)", "全民科學素質"),
        ("全民科学（xué）素质（zhì）", "全民科学素质"),
        ("發(fà)展", "發展"),  # 發 alone reads fā/bō; fà is the reading of its Simplified form 发
        ("關(gua\u0304n)懷", "關懷"),  # decomposed tone mark
        ("關(ɡuān)懷", "關懷"),  # the pinyin-font ɡ
        ("關(guān)(guān)於", "關於"),
        ("科學(xué)的(de)普及", "科學的普及"),  # toneless only beside tone-marked ruby
    ],
)
def test_ruby_removed(flat, clean):
    log = StepLog("ruby_pinyin")
    assert remove_ruby_pinyin(flat, log) == clean
    assert log.changes >= 1


@pytest.mark.parametrize(
    "text",
    [
        "全民科学素质行动规划纲要(2021—2035年)",
        "（一）指导思想",
        "(一)指导思想",
        "推出科普(H5)作品",
        "建设科普(e站)",
        "开展科学教育(STEAM)课程",
        "乡镇综合文化服务中心(所、站)",
        "下列情形(a)",
        "下列情形（b）",
        "关(fā)于",  # not a reading of 关
        "的(de)",  # toneless alone: no evidence of ruby
        "Word(a)",
    ],
)
def test_genuine_brackets_stay(text):
    assert ruby(text) == text


def test_ruby_on_sample():
    sample = (ROOT / "samples" / "000_86d2b4903a47c6ba.txt").read_text(encoding="utf-8")
    out = ruby(sample)
    assert "關(guān)" not in out and "發(fā)" not in out and "學(xué)" not in out
    assert "(2021—2035年)" in out
    assert not re.search(r"\p{Han}[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{1,7}[)）]", out)


# ---------------------------------------------------------------- Traditional -> Simplified


def test_traditional_paragraph():
    trad = "為深入貫徹落實黨中央、國務院關於科普和科學素質建設的重要部署，結合我縣實際，制定本實施方案。"
    assert t2s(trad) == "为深入贯彻落实党中央、国务院关于科普和科学素质建设的重要部署，结合我县实际，制定本实施方案。"


def test_t2s_records_phrases():
    log = StepLog("t2s")
    to_simplified("平陰縣人民政府關於印發通知\n各鎮人民政府：", log)
    assert log.changes == 6  # 陰 縣 關 於 發 鎮
    assert log.examples[0] == ("平陰縣人民政府關於", "平阴县人民政府关于")


def test_simplified_text_untouched():
    simp = "乾安县人民政府关于印发乾隆文化旅游规划的通知。于是著名的瞭望台、慰藉人心的後花园都保留了。"
    log = StepLog("t2s")
    assert to_simplified(simp, log) == simp
    assert log.changes == 0


def test_mixed_line_converts_only_the_traditional_sentence():
    mixed = "各单位要认真贯彻落实。請各單位於本月底前報送。乾坤未定。"
    assert t2s(mixed) == "各单位要认真贯彻落实。请各单位于本月底前报送。乾坤未定。"


def test_neutral_lines_convert_in_traditional_context_only():
    assert t2s("一、總體要求\n於是\n二、工作目標\n") == "一、总体要求\n于是\n二、工作目标\n"
    assert t2s("一、总体要求\n於是\n二、工作目标\n") == "一、总体要求\n於是\n二、工作目标\n"


def test_sample_000_fully_simplified():
    sample = (ROOT / "samples" / "000_86d2b4903a47c6ba.txt").read_text(encoding="utf-8")
    out = all_steps(sample)
    trad, _ = _script_classes()
    assert not trad.search(out)
    assert "平阴县人民政府关于印发平阴县“十四五”全民科学素质行动规划纲要实施方案的通知" in out


def test_other_samples_pass_through_unchanged():
    for path in sorted((ROOT / "samples").glob("00[1-4]_*.txt")):
        text = path.read_text(encoding="utf-8")
        assert all_steps(text) == text, path.name


EXCEPTIONS = rows("t2s_exceptions.tsv")


@pytest.mark.parametrize(("trad", "simp"), [(r[0], r[1]) for r in EXCEPTIONS])
def test_t2s_exception_holds(trad, simp):
    # In a Traditional sentence, and at the edges of one.
    assert t2s(f"關於{trad}歷史文化資源調查的報告") == f"关于{simp}历史文化资源调查的报告"
    assert t2s(f"{trad}縣域發展") .startswith(simp)
    assert t2s(f"請參閱{trad}") == f"请参阅{simp}"


@pytest.mark.parametrize(
    ("trad", "simp"),
    [("吉林省乾安縣人民政府", "吉林省乾安县人民政府"), ("乾安經濟開發區", "乾安经济开发区"), ("清乾隆年間", "清乾隆年间"),
     ("杭州市臨安區於潛鎮", "杭州市临安区於潜镇"), ("陝西省乾縣", "陕西省乾县"), ("柞水縣乾佑街道", "柞水县乾佑街道"),
     ("按照國家、陜西省和西安市有關規定", "按照国家、陕西省和西安市有关规定")],
)
def test_place_names(trad, simp):
    assert t2s(trad) == simp


def lexicon_lines(name: str) -> list[str]:
    return (lexicon_dir() / name).read_text(encoding="utf-8").splitlines()


@pytest.mark.parametrize("name", ["t2s_exceptions.tsv", "regional_terms.tsv"])
def test_lexicon_headed_sorted_unique(name):
    lines = lexicon_lines(name)
    assert lines[0].startswith("# ")
    keys = [r[0] for r in rows(name)]
    assert keys == sorted(keys)
    assert len(keys) == len(set(keys))


def test_exception_outputs_hold_no_traditional_only_characters():
    trad, _ = _script_classes()
    for row in EXCEPTIONS:
        assert not trad.search(row[1]), row


# ---------------------------------------------------------------- regional wording


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("推动网际网路与实体经济深度融合", "推动互联网与实体经济深度融合"),
        ("持续最佳化营商环境", "持续优化营商环境"),
        ("开发应用程式和软体", "开发应用程序和软件"),
        ("加强网路安全", "加强网络安全"),
        ("提升资讯安全水平", "提升信息安全水平"),
        ("上传短影片", "上传短视频"),
        ("推进数位转型", "推进数字化转型"),
        ("搭的士去开发软体", "搭出租车去开发软件"),  # a term led by a common character (的) with the others
    ],
)
def test_regional_terms_in_simplified_text(before, after):
    log = StepLog("regional_terms")
    assert mainland_terms(before, log) == after
    assert log.changes >= 1


@pytest.mark.parametrize(
    "text",
    [
        "软体动物和软体家具",
        "京剧表演的程式化",
        "发展资讯业",
        "新闻资讯",
        "国产影片展映",
        "公路路网路况信息",
        "供水管网路由优化",
        "程式与格式",
        "互联网",
        "网络安全",
    ],
)
def test_regional_terms_leave_mainland_usage(text):
    assert terms(text) == text


def test_taiwan_repost():
    text = (FIXTURES / "taiwan_repost.txt").read_text(encoding="utf-8")
    assert all_steps(text) == (
        "台北讯　为加速数字化转型，将推动互联网与人工智能应用，持续优化公共服务。\n"
        "各机关应盘点应用程序与软件资产，并强化信息安全。\n"
        "相关视频平台上的短视频，请一并上传至网络，看着办理。\n"
    )


def test_regional_outputs_are_stable():
    for row in rows("regional_terms.tsv"):
        assert terms(row[1]) == row[1], row


# ---------------------------------------------------------------- idempotence


def test_idempotent_on_samples():
    for path in sorted((ROOT / "samples").glob("*.txt")):
        once = all_steps(path.read_text(encoding="utf-8"))
        assert all_steps(once) == once, path.name


# Common Simplified characters (GB 2312 level 1), punctuation, digits, Latin letters, brackets.
LEVEL1 = "".join(bytes([hi, lo]).decode("gb2312") for hi in range(0xB0, 0xD8) for lo in range(0xA1, 0xFF) if not (hi == 0xD7 and lo > 0xF9))
ALPHABET = LEVEL1 + "，。、；：？！“”《》（）()〔〕0123456789abcdeH \n"
REGIONAL_KEYS = [r[0] for r in rows("regional_terms.tsv")]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=ALPHABET, min_size=0, max_size=300))
def test_clean_simplified_text_passes_through(text):
    assume(not any(k in text for k in REGIONAL_KEYS))
    assert all_steps(text) == text


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=ALPHABET + "關於發學國務業為數據網際路體資訊(guānfāxué)", min_size=0, max_size=200))
def test_steps_idempotent(text):
    once = all_steps(text)
    assert all_steps(once) == once


def test_hong_kong_repost_back_to_mainland_wording():
    from policyparse.repair import repair

    hk = "市民可透過電郵或短訊查詢，寬頻服務質素持續提升，流動電話用戶可致電熱線。"
    assert repair(hk).text.strip() == "市民可透过电子邮件或短信查询，宽带服务质量持续提升，移动电话用户可致电热线。"
    # mainland words that contain the same characters stay
    for mainland in ("各单位要提高教师素质。", "请发送电子邮件至本局。", "加快宽带网络建设。", "提升人口素质。"):
        assert repair(mainland).text.strip() == mainland


# ---------------------------------------------------------------- look-alike glyphs


def glyphs(text: str) -> tuple[str, StepLog]:
    log = StepLog("glyph_variants")
    return unify_glyph_variants(text, log), log


def test_kangxi_radicals_and_radical_forms_become_the_ideographs_they_show():
    # a PDF whose font maps 工, 长, 民 to radicals: the words read alike and match nothing until swapped back
    out, log = glyphs("关于加强⼯作的通知\n各⻓期⺠营企业要落实。\n")
    assert out == "关于加强工作的通知\n各长期民营企业要落实。\n"
    assert log.changes == 3
    assert log.examples[0] == ("于加强⼯作的通", "于加强工作的通")


def test_a_compatibility_ideograph_becomes_its_unified_ideograph():
    assert glyphs("\uf9a8\u65b9")[0] == "\u4ee4\u65b9"  # U+F9A8 is canonically 令


def test_gb_codes_read_as_code_points_become_their_punctuation():
    # U+A3AC is a Yi syllable, and GB 2312's A3AC is ，: a font that maps its glyphs by their GB codes
    out, log = glyphs("各市自治州人民政府\ua3ac省政府各委办厅局\ua3ac请认真贯彻执行\ua1a3")
    assert out == "各市自治州人民政府，省政府各委办厅局，请认真贯彻执行。"
    assert log.changes == 3


def test_a_yi_language_text_keeps_its_syllables():
    text = "\ua188\ua320 \ua3ac \ua3ae 彝文"  # syllables outside GB's symbol rows stand beside them: Yi writing
    assert glyphs(text) == (text, glyphs(text)[1])
    assert glyphs(text)[1].changes == 0


def test_glyph_swaps_keep_every_offset():
    text = "第⼀条 ⻓江⼤桥\ua3ac由⻔户⽹站发布\ua1a3\n"
    assert len(glyphs(text)[0]) == len(text)


def test_glyph_variant_rows_are_radical_forms_of_one_ideograph():
    for variant, standard, note in rows("glyph_variants.tsv"):
        assert unicodedata.name(variant).startswith("CJK RADICAL"), variant
        assert note == unicodedata.name(variant)
        assert len(standard) == 1 and unicodedata.name(standard).startswith("CJK UNIFIED IDEOGRAPH"), standard
    test_lexicon_headed_sorted_unique("glyph_variants.tsv")
