"""The units lexicon (lexicons/units.tsv): canonical names, aliases, level and kind, plus structural guesses."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

import regex as re

from policyparse.errors import LexiconError
from policyparse import lexicons

LEVELS = ("国家", "省", "市", "县", "镇")
KINDS = ("government", "party", "mass_organisation", "university", "enterprise", "institution", "collective", "other")


@dataclass(frozen=True)
class UnitInfo:
    canonical: str
    level: str | None
    kind: str | None
    in_lexicon: bool


@cache
def _index() -> dict[str, UnitInfo]:
    index: dict[str, UnitInfo] = {}
    for row in lexicons.rows("units.tsv"):
        if len(row) < 1 or not row[0]:
            continue
        canonical = row[0]
        aliases = [a for a in (row[1].split("|") if len(row) > 1 else []) if a]
        level = row[2] if len(row) > 2 and row[2] else None
        kind = row[3] if len(row) > 3 and row[3] else None
        if level is not None and level not in LEVELS:
            raise LexiconError(f"units.tsv: {canonical}: level {level!r} is not one of {', '.join(LEVELS)}")
        if kind is not None and kind not in KINDS:
            raise LexiconError(f"units.tsv: {canonical}: kind {kind!r} is not one of {', '.join(KINDS)}")
        info = UnitInfo(canonical, level, kind, True)
        for name in (canonical, *aliases):
            index.setdefault(_key(name), info)
    return index


_WS = re.compile(r"\s+")
_FULLWIDTH = str.maketrans("()〔〕", "（）（）")


@lru_cache(maxsize=65536)
def _key(name: str) -> str:
    key = _WS.sub("", name).translate(_FULLWIDTH)
    if "下同" in key:
        return _ASIDE.sub("", key)
    return _COVERS.sub("", key) if "含" in key else key


# 各市（含定州、辛集市，下同）政府: an aside a note writes inside the name the first time (what the name covers, 下同 for
# the notes after it) is no part of the name: the unit is 各市政府, as the later notes write it. One naming the lead
# (县发改局（首位单位为牵头单位，下同）) is the lead mark extract reads (grammar.LEAD_MARK), not an aside.
_ASIDE = re.compile(r"[（(](?![^（）()]*牵头)[^（）()]{0,30}下同[）)]")
# 各市（含定州、辛集市）政府 with no 下同 (ui_01: 责任单位：各市（含定州、辛集市）政府、雄安新区管委会…): the bracket opening on
# 含 says what the name covers, no part of it either
_COVERS = re.compile(r"(?<=\p{Han})[（(]含[^（）()]{1,30}[）)](?=\p{Han})")


# 鞍山市教育局 -> 市教育局; 平阴县教体局 -> 县教体局: a place name before the level word.
_PLACE_CUT = re.compile(r"(?<=^\p{Han}{2,6}?)(?<!自治)(?=[省市县区])")  # 自治区 is a level, not a place + 区
_NOT_PLACE = re.compile(r"[局委办厅部院会和及与各团社站馆台心、，]")
# The government of a named place is named by its place: the place name is the unit's identity.
_PLACE_GOVERNMENT = re.compile(r"^\p{Han}{2,6}?[省市州县区旗](?:人民)?政府$")
_LEAGUE = re.compile(r"^共青团(?:\p{Han}{1,6}?)?([省市县区])委(?:员会)?$")
_PARTY = re.compile(r"^中共(\p{Han}{1,6}?)([省市县区])委(\p{Han}*)$")
# 市发改委（代建办）: one of a unit's offices named in brackets after it — the task is the unit's (not 各县（市、区）,
# whose brackets list the tiers a collective covers)
_OFFICE_OF = re.compile(r"^(?P<unit>\p{Han}{2,20}?)（\p{Han}{1,8}?(?:办公室|办|室|中心|科|处)）$")

# The words a unit's name ends with (lexicons/unit_suffixes.tsv), longest first. Both patterns built from it only
# ask whether a name ends with one, so the order of the words changes no answer.
UNIT_SUFFIX = f"(?:{'|'.join(re.escape(w) for w in sorted(lexicons.entries('unit_suffixes.tsv'), key=len, reverse=True))})"
_STRUCTURAL = re.compile(
    r"^(?:各(?:[省市州县区盟旗乡镇](?:（[^（）]{1,12}）)?、){0,4}\p{Han}{1,12}(?:（[^（）]{1,12}）\p{Han}{0,6})?"
    r"|(?:有关|相关)\p{Han}{0,12}?(?:部门|单位|地区|机构)|\p{Han}{1,24}(?:有关|相关)(?:部门|单位|机构)"
    # 省“十强产业”协调推进机制牵头部门: the lead departments of a named mechanism, whoever they are
    r"|\p{Han}{1,12}(?:“[^“”]{1,12}”)?\p{Han}{2,16}?(?:机制|小组|专班)牵头(?:部门|单位)"
    # 省推进“三地一区”建设领导小组, 中国（上海）自由贸易试验区临港新片区管理委员会, 长三角G60科创走廊联席会议办公室
    r"|(?:\p{Han}|[A-Za-z0-9]|“[^“”]{1,12}”|（[^（）]{1,8}）){1,24}?" + UNIT_SUFFIX + r"(?:（[^（）]{1,12}）)?"
    # 交通运输部门, 省卫生健康部门: a sector's departments, read as the carrier of a task in a note (sj_03); short,
    # so a sentence ending in 部门 (…是全市…工作主管部门) is none
    r"|[省市县区]?\p{Han}{2,6}部门)$"
)
# Words of a clause, never of a name: 市人民政府确定的其他公共场所, 只能登记一个住所或者主要经营场所.
_CLAUSE_WORD = re.compile(r"的|或者|应当|可以|只能|不得")
# A unit named by structure alone must say where it stands (level word, 各, a known institution word).
_ANCHORED = re.compile(
    r"^(?:各|省|市|县|区|镇|乡|团|中共|共青团|中国|国家|全国|国务院)|(?:大学|学院|公司|集团|研究院|科学院)$"
    r"|各\p{Han}{0,6}(?:单位|部门)$"  # 局属各单位, 市消安委各成员单位: a collective of some body's members
    # 雄安新区管委会, 曹妃甸开发区管理委员会: a zone's committee is its government, the zone word its level (uz_10:
    # （各市政府、雄安新区管委会） closing a task as a bare list)
    r"|(?:新|开发|高新|管理)区(?:管委会|管理委员会)$"
)


@lru_cache(maxsize=65536)  # one cache hit for a name asked again, not two (_key's and _lookup's); pure in the name
def lookup(name: str) -> UnitInfo:
    """Canonical form, level and kind of a unit name; names outside the lexicon get structural guesses."""
    return _lookup(_key(name))


@lru_cache(maxsize=65536)  # bounded: keyed by names read from documents, which a long batch never runs out of
def _lookup(key: str) -> UnitInfo:
    index = _index()
    hit = index.get(key)
    if hit:
        return hit
    if key.startswith(("各", "有关", "相关")):
        return UnitInfo(key, None, "collective", False)
    if _PLACE_GOVERNMENT.match(key):
        return UnitInfo(key, guess_level(key), "government", False)  # 崂山区政府 is that district, not 区政府
    m = _LEAGUE.match(key)
    if m and (hit := index.get(f"团{m.group(1)}委")):
        return hit
    m = _PARTY.match(key)
    if m and (hit := index.get(f"{m.group(2)}委{m.group(3)}")):
        return hit
    m = _OFFICE_OF.match(key)
    if m and (hit := _lookup(m.group("unit"))).in_lexicon:
        return hit
    for cut in _PLACE_CUT.finditer(key):
        if _NOT_PLACE.search(key, 0, cut.start()):
            break  # 市教育局和市科协: what comes first is a unit, not a place name
        hit = index.get(key[cut.start():])
        if hit:
            return hit
    return UnitInfo(key, guess_level(key), guess_kind(key), False)


@lru_cache(maxsize=65536)  # asked of the same pieces many times per note; pure in the name
def is_unit(name: str) -> bool:
    """Does `name` read as one responsible unit (lexicon entry, or level word + institution suffix)?"""
    key = _key(name)
    if not key or len(key) > 40:
        return False
    if lookup(key).in_lexicon:
        return True
    return bool(_STRUCTURAL.match(key)) and len(key) >= 3 and not _CLAUSE_WORD.search(key)


@lru_cache(maxsize=65536)  # asked of the same pieces many times per note; pure in the name
def is_anchored_unit(name: str) -> bool:
    """A unit that can stand alone in a bare parenthetical list: known, or anchored by level word / 各."""
    key = _key(name)
    return lookup(key).in_lexicon or (is_unit(key) and bool(_ANCHORED.search(key)))


_LEVEL_PREFIX = (("国家", "国家"), ("自治区", "省"), ("全国", "国家"), ("中国", "国家"), ("国务院", "国家"), ("省", "省"), ("团省委", "省"), ("市", "市"),
                 ("团市委", "市"), ("县", "县"), ("区", "县"), ("团县委", "县"), ("团区委", "县"), ("镇", "镇"), ("乡", "镇"), ("街道", "镇"))

_PLACE_LEVEL_WORD = re.compile(r"^\p{Han}{2,6}?([省市县区])")


# words that open with a level word but name no level: 市场监管局 is a market regulator of some tier, not a 市 one
_NO_LEVEL_WORDS = ("市场",)


def guess_level(key: str) -> str | None:
    if key.startswith(_NO_LEVEL_WORDS):
        return None
    for prefix, level in _LEVEL_PREFIX:
        if key.startswith(prefix):
            return level
    cut = _PLACE_LEVEL_WORD.search(key)
    if cut and is_unit(key[cut.start(1):]) and key[cut.start(1):] != key:
        return {"省": "省", "市": "市", "县": "县", "区": "县"}[cut.group(1)]
    return None


_KIND_RULES = (
    (re.compile(r"^各"), "collective"),
    (re.compile(r"(?:大学|学院)$"), "university"),
    (re.compile(r"(?:公司|集团)$"), "enterprise"),
    (re.compile(r"^(?:中共)?\p{Han}{0,6}?[省市县区]委(?:宣传部|组织部|统战部|政法委|党校|办公室|老干部局|网信办|文明办|编办)|党校$|工委$"), "party"),
    (re.compile(r"(?:科协|工会|妇联|团\p{Han}?委|联合会|协会|学会|社科联|工商联|残联|文联|侨联|红十字会)$"), "mass_organisation"),
    (re.compile(r"(?:中心|馆|台|站|研究院|科学院|医院|学校|所)$"), "institution"),
    (re.compile(r"(?:局|委|办|厅|部|政府|办事处|管委会|署)$"), "government"),
)


def guess_kind(key: str) -> str | None:
    for pattern, kind in _KIND_RULES:
        if pattern.search(key):
            return kind
    return None


@cache
def national_short_names() -> dict[str, UnitInfo]:
    """Key of a national body's name written without its 国家 (发展改革委, 发改委) -> the body (国家发展改革委).

    National documents write these short forms throughout (（发展改革委、财政部负责）); a provincial or city
    document means its own 发展改革委 by them, so the caller decides where the mapping applies.
    """
    # only the forms lexicons/national_short_forms.tsv lists: gold keeps a national document's 旅游局, 林业局 as
    # written, though units.tsv knows 国家旅游局, 国家林业局
    out: dict[str, UnitInfo] = {}
    for form in lexicons.entries("national_short_forms.tsv"):
        info = _index().get(_key("国家" + form))
        if info is not None and info.level == "国家" and not _index().get(_key(form)):
            out[_key(form)] = info
    return out


def is_national_body(name: str) -> bool:
    """Does `name` name a body of the central government or party (国务院办公厅, 财政部, 国家发展改革委)?"""
    return lookup(name).level == "国家"
