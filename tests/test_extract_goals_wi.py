"""Targets and deadlines: batch wi's rules (issue 10, goal-bearing plans outside Shanghai), on snippets shaped as the
real documents' sentences (tests/real/docs/wi_*: 河北 plans and opinions, 生态环境部 opinions)."""

from __future__ import annotations

from policyparse.extract.deadlines import find_deadlines
from policyparse.extract.targets import find_targets


def targets(text: str) -> list[tuple[float, str, str]]:
    return [(t.value, t.unit, t.comparator) for t in find_targets(text, 0, len(text), None, None)]


def deadlines(text: str, year: int = 2016) -> list[tuple]:
    return [(d.year, d.month, d.kind) for d in find_deadlines(text, 0, len(text), year, year)]


def test_a_count_of_as_many_names_parted_by_commas_restates_the_list():
    # wi_01's shape: six fields named, then 6个 naming what they are
    assert targets("推动新型显示、现代通信、半导体器件、太阳能光伏、大数据、软件与信息技术服务6个产业攻坚行动。") == []
    assert targets("聚焦钢铁、建材、石化、食品4个行业，推广工业互联网应用。") == []
    # a verb of making before the list counts the work to do; a count not matching the list is its own
    assert (3.0, "个", "eq") in targets("新建东区、西区、南区3个消防站。")
    assert (10.0, "家", "eq") in targets("培育钢铁、建材、食品10家龙头企业。")


def test_a_count_whose_set_is_covered_whole_is_no_goal():
    # wi_01's shape (vk_06, vq_09 too): the places the coverage reaches, all of them
    assert targets("形成工业互联网平台体系，实现7大主导产业和14个地区全覆盖，提升协同能力。") == []
    assert targets("实现107个重点产业集群全覆盖。") == []
    # a share or a bound covered stays a goal
    assert (90.0, "%", "gte") in targets("到2025年，实现90%以上村庄全覆盖。")


def test_places_counted_before_another_count_frame_it():
    # wi_05's shape: 10个深度贫困县 says where the 126 kindergartens are built
    assert targets("抓好10个深度贫困县126个农村幼儿园建设。") == [(126.0, "个", "eq")]
    assert (10.0, "个", "eq") not in targets("支持10个深度贫困县每县建设好一所中等职业学校。")
    assert (10.0, "个", "eq") in targets("到2025年，建成10个示范县。")
    # up_03's shape: all the schools within the counted counties reach the standard
    assert targets("国家级扶贫县和22个连片县内所有义务教育学校达到基本办学条件底线要求。") == []
    assert (5.0, "个", "eq") in targets("建设5个县内物流中心。")


def test_counts_listed_after_a_comma_share_the_verb_before():
    # wi_02's shape: 培养 governs the three counts of trainees
    assert targets("“十四五”期间要培养100名优秀执法培训教师，1000名执法领军人才，10000名执法骨干人员。") == [
        (100.0, "名", "eq"), (1000.0, "名", "eq"), (10000.0, "名", "eq")]
    # staff counted with no verb of making: no list of goals; shares listed split a sum
    assert targets("全市现有医生100名，护士1000名，管理人员50名。") == []
    assert 20.0 not in [t[0] for t in targets("将服务费的80%用于薪酬分配，20%用于统筹。")]


def test_a_condition_inside_an_aside_does_not_make_the_number_a_condition():
    # wi_07's shape: the aside excepts leaders, the training days stay a standard
    text = "行政机关公务员每人每年参加培训累计不少于12天或者90学时（对担任领导职务的公务员有其他规定的，按有关规定执行）。"
    assert (12.0, "天", "gte") in targets(text)
    # a condition in the number's own clause still is one
    assert targets("面积在300平方米以内的，按规定执行。") == []


def test_a_goal_the_work_is_steered_by_dates_no_task():
    # wi_07's shape: 围绕 a wider goal's year, then the training named
    assert deadlines("（四）依法行政培训。围绕到2020年基本建成法治政府的奋斗目标，加强法治理论培训。") == []
    assert deadlines("紧扣到2022年底的目标，各地要抓紧推进。") == []
    # a year the work itself is due by stays one
    assert deadlines("围绕重点任务，到2020年基本建成法治政府。") == [(2020, None, "by")]
