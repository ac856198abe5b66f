"""Decoding, markdown, whitespace, joins and language: with/without cases."""

from __future__ import annotations

import pytest

from cleaner import clean_text
from cleaner.decode import DecodeError, decode_bytes
from cleaner.language import detect

BODY = "Das ist ein Artikel über die Wahlen in Belarus. Die Proteste gehen weiter, sagen Beobachter.\n"


def test_utf16_without_bom():
    d = decode_bytes(BODY.encode("utf-16-le"))
    assert d.text == BODY and d.encoding == "utf-16-le"


def test_invalid_utf8_in_the_middle_is_marked_not_guessed():
    data = ("Grüße aus München. " * 20).encode() + b"\xff\xfe bad " + ("Schöne Grüße. " * 20).encode()
    d = decode_bytes(data)
    assert d.encoding == "utf-8" and "\ufffd" in d.text and d.warnings
    assert "München" in d.text and "Schöne" in d.text


def test_latin1_text_is_detected():
    d = decode_bytes(BODY.encode("cp1252"))
    assert d.text == BODY


@pytest.mark.parametrize("data", [b"\x89PNG\r\n\x1a\n\x00\x00", b"PK\x03\x04rest", b"abc\x00\x01\x02\x03def" * 10])
def test_binary_is_refused(data):
    with pytest.raises(DecodeError, match="binary"):
        decode_bytes(data)


def test_language_is_deterministic_and_right():
    assert detect(BODY * 3)[0] == "de"
    assert detect(BODY * 3) == detect(BODY * 3)
    assert detect("12 34 !!") == (None, None)


def test_lang_condition_rules_use_detected_language(tmp_path):
    from cleaner import Cleaner, load_rulebook

    rule = tmp_path / "de.yaml"
    rule.write_text(
        """scope: generic
rules:
  - id: german-newsletter
    kind: block
    category: newsletter
    description: German newsletter prompt
    languages: [de]
    pattern: '^Newsletter abonnieren'
    examples:
      remove: ['Newsletter abonnieren und informiert bleiben']
""",
        encoding="utf-8",
    )
    c = Cleaner(load_rulebook([rule]))
    german = BODY + "\nNewsletter abonnieren und informiert bleiben\n"
    english = (
        "This is an article about the elections, and the protests go on, observers say.\n\n"
        "Newsletter abonnieren und informiert bleiben\n"
    )
    assert "Newsletter" not in c.clean(german).text
    assert "Newsletter" in c.clean(english).text


def test_join_does_not_join_headings_or_signatures():
    text = (
        "For free elections and against repression in Belarus\n\n"
        "August 9, presidential elections will be held in Belarus. The authorities respond with threats.\n\n"
        "Russian Socialist Movement\n\n4 August 2020\n"
    )
    result = clean_text(text, url="https://example.com/x")
    assert not [e for e in result.edits if e.rule == "join-broken-paragraph"]


def test_markdown_is_plain_text_afterwards():
    text = "Some **bold** and *em* text with a [link](https://x.org/a_b) and \\$5.\n\n![pic](a.jpg)\n"
    result = clean_text(text)
    assert result.text == "Some bold and em text with a link and $5.\n"
    assert any(e.category == "media" for e in result.edits)


# Simplified Chinese, as a Chinese news site writes it: langdetect calls it zh-cn.
CHINESE = (
    "广州地铁十八号线北延段于十二月五日上午正式开通运营，全长约三十九公里，共设八座车站。"
    "开通后，从花都区到珠江新城的通勤时间将缩短到半小时以内。\n\n"
    "交通专家指出，该线路的开通将带动沿线区域的发展，但也需要同步完善公交接驳。\n"
)


def test_a_language_without_its_region_takes_the_detected_regions():
    """``--lang zh`` keeps a page langdetect calls ``zh-cn`` (a user naming the language, as
    ``--lang en,de`` does, had every Chinese page skipped); ``--lang zh-tw`` still names one."""
    from cleaner import Cleaner, Options

    assert detect(CHINESE)[0] == "zh-cn"
    assert Cleaner(options=Options(languages=("zh",))).clean(CHINESE).skipped is None
    assert Cleaner(options=Options(languages=("zh-cn",))).clean(CHINESE).skipped is None
    assert Cleaner(options=Options(languages=("zh-tw",))).clean(CHINESE).skipped == "language zh-cn not in zh-tw"
    assert Cleaner(options=Options(languages=("ja",))).clean(CHINESE).skipped == "language zh-cn not in ja"


def test_a_rule_for_a_language_runs_on_its_regions(tmp_path):
    from cleaner import Cleaner, load_rulebook

    rule = tmp_path / "zh.yaml"
    rule.write_text(
        """scope: generic
rules:
  - id: chinese-newsletter
    kind: line
    category: newsletter
    description: A Chinese newsletter prompt
    languages: [zh]
    pattern: '^订阅我们的新闻简报$'
    examples:
      remove: ['订阅我们的新闻简报']
""",
        encoding="utf-8",
    )
    result = Cleaner(load_rulebook([rule])).clean(CHINESE + "\n订阅我们的新闻简报\n")
    assert "订阅" not in result.text and "广州地铁" in result.text
