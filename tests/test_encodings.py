"""Encodings a batch meets that used to be misread: UTF-8 with a few stray bytes (read whole
as a legacy encoding, every curly quote mojibake, exit 0) and UTF-16 without a BOM of
non-Latin text (refused as binary). Each is now read as what it is, through the CLI, and
the log gives the decoded input back."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from cleaner.cli import app
from cleaner.decode import decode_bytes

from conftest import doc_records

runner = CliRunner()

ARTICLE = (
    "\u201cWe will rebuild the bridge,\u201d the mayor said on Tuesday. The council\u2019s plan \u2014 "
    "approved in March after two years of talks \u2014 costs \u20ac4m and closes the road until June.\n\n"
) * 6
CHINESE = "市议会周二投票决定关闭旧桥进行维修。市长说，我们会重建这座桥。工程将于六月完成。\n\n" * 12
RUSSIAN = "Городской совет во вторник проголосовал за закрытие старого моста на ремонт.\n\n" * 12


def _stray(text: str) -> bytes:
    """``text`` as UTF-8 with three cp1252 bytes dropped in (a smart quote, a dash, a no-break space)."""
    data = text.encode("utf-8")
    return data[:150] + b"\x92" + data[150:400] + b"\x97" + data[400:700] + b"\xa0" + data[700:]


def _run(tmp_path, files: dict[str, bytes]) -> tuple[int, dict[str, dict]]:
    src, out, log = tmp_path / "in", tmp_path / "out", tmp_path / "log.jsonl"
    src.mkdir()
    for name, data in files.items():
        (src / name).write_bytes(data)
    res = runner.invoke(app, ["clean", str(src), "-o", str(out), "--log", str(log), "--no-judge"])
    docs = doc_records(log)
    back = runner.invoke(app, ["restore", str(out), "--log", str(log), "-o", str(tmp_path / "back")])
    assert back.exit_code == 0, back.output
    return res.exit_code, docs


def test_utf8_with_three_stray_bytes_stays_utf8_with_a_warning(tmp_path):
    code, docs = _run(tmp_path, {"article.txt": _stray(ARTICLE)})
    rec = docs["article.txt"]
    assert code == 0 and rec["status"] == "ok" and rec["encoding"] == "utf-8"
    assert "invalid UTF-8 at byte 150: 3 byte sequence(s) replaced by U+FFFD" in rec["warnings"]
    out = (tmp_path / "out" / "article.txt").read_text(encoding="utf-8")
    assert "\u201cWe will rebuild the bridge,\u201d" in out and "council\u2019s" in out
    assert out.count("\ufffd") == 3
    # the log gives back the input as decoded: the text, each stray byte as U+FFFD
    back = (tmp_path / "back" / "article.txt").read_text(encoding="utf-8")
    assert back == _stray(ARTICLE).decode("utf-8", errors="replace")


def test_legacy_text_is_still_read_as_legacy():
    # cp1252 with its own curly quotes: no valid UTF-8 character in it, so not "mostly UTF-8"
    data = ARTICLE.encode("cp1252")
    decoded = decode_bytes(data)
    assert decoded.text == ARTICLE and decoded.encoding == "cp1252"


@pytest.mark.parametrize("text", [CHINESE, RUSSIAN], ids=["chinese", "russian"])
@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_of_non_latin_text_is_read(tmp_path, text, encoding):
    code, docs = _run(tmp_path, {"a.txt": text.encode(encoding), "noname": text.encode(encoding)})
    for name in ("a.txt", "noname"):
        rec = docs[name]
        assert rec["status"] == "ok" and rec["encoding"] == encoding, rec
        assert (tmp_path / "back" / (name if name == "a.txt" else "noname")).read_text(encoding="utf-8") == text
    assert code == 0
    assert text.split("\n")[0] in (tmp_path / "out" / "a.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "text",
    [
        "El niño comió una manzana en España.\n",
        "Le café est très bon et la crème brûlée aussi.\n",
        "Café\n",
    ],
)
def test_short_latin_1_text_is_read_as_cp1252(tmp_path, text):
    # charset-normalizer finds cp1250 (or cp1006) and cp1252 equally good on a short Western
    # text and breaks the tie by name: "niño" came out "nińo", "très" "trčs", exit 0
    code, docs = _run(tmp_path, {"short.txt": text.encode("latin-1")})
    rec = docs["short.txt"]
    assert code == 0 and rec["encoding"] == "cp1252"
    assert (tmp_path / "out" / "short.txt").read_text(encoding="utf-8") == text


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Příliš žluťoučký kůň úpěl ďábelské ódy. Zpráva z Prahy.\n", "cp1250"),
        ("Zażółć gęślą jaźń. Wiadomości z Polski.\n", "cp1250"),
        ("Привет, как дела? Это тест.\n", "cp1251"),
    ],
)
def test_text_only_another_legacy_encoding_fits_keeps_it(text, encoding):
    decoded = decode_bytes(text.encode(encoding))
    assert decoded.text == text and decoded.encoding == encoding
