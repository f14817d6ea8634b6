"""The realignment's document evidence: pair counts read from one count of the document equal str.count."""

from policyparse.repair import mojibake


def test_pair_counts_equal_str_count_doubled_characters_included():
    doc = "哈哈哈，科普工作。科普品牌，科普人才哈哈。"
    pairs = mojibake._pair_counts(doc)
    for pair in ("科普", "普工", "哈哈", "，科", "品人", "。", "科普品"):
        assert mojibake._occurrences(doc, pairs, pair) == doc.count(pair)


def test_pair_counts_follow_the_document():
    first = mojibake._pair_counts("科普科普")
    assert first["科普"] == 2
    assert mojibake._pair_counts("普科")["科普"] == 0  # another document: counted afresh
