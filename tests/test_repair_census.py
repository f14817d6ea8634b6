"""repair.census: the rare characters the repair steps look for, found in one shared scan of the text."""

import re

import pytest

from policyparse.repair import census, layout, mojibake, script


def _watched_classes():
    return [layout._PUA_CHAR, layout._WIDE_CHAR, mojibake._ANCHOR, mojibake._CODE_PAGE_CHARS, mojibake._garbled_sign(),
            script._TONE_CLASS, script._script_classes()[0]]


@pytest.mark.parametrize("text", [
    "各有关单位：现将《工作要点》印发给你们，请认真贯彻执行。",  # clean: none of the classes
    "到2025年，覆盖率达到８０％。",  # full-width digits and percent sign
    "關(guān)於做好學校工作的通知",  # Traditional script and ruby pinyin
    "鍏充簬鍗板彂锛氶€氱煡",  # UTF-8 read as GBK
    "重庆市全民\ufffd学素质 1\ue010突破 Ã©",  # a damage mark, a symbol-font stop, Latin-1 letters
    "",
])
def test_holds_answers_as_each_class_searched(text):
    for char_class in _watched_classes():
        assert census.holds(text, char_class) == (char_class.search(text) is not None)
    census.forget()


def test_a_changed_text_is_scanned_again():
    first = "现将方案印发给你们。"
    assert not census.holds(first, layout._WIDE_CHAR)
    changed = first + "３"
    assert census.holds(changed, layout._WIDE_CHAR)  # another text: not answered from the first one's scan
    assert not census.holds(first, layout._WIDE_CHAR)
    census.forget()


def test_an_unwatched_class_is_searched_itself():
    assert census.holds("乙方", re.compile("[乙]"))
    assert not census.holds("甲方", re.compile("[乙]"))


def test_only_one_class_can_be_watched():
    assert census._is_one_class("[a-z\\]]")
    assert not census._is_one_class("[^a]")
    assert not census._is_one_class("[a]|b")
    assert not census._is_one_class("[a]+")
