"""The fast writers of the log and the manifest give exactly what the general ones give."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.edits import Edit
from cleaner.manifest import pack, unpack
from cleaner.pipeline import clean_text
from cleaner.runlog import records as logfmt

# Every character class json escapes or passes through: quotes, backslashes, controls,
# line separators, non-BMP characters and lone surrogates.
TEXT = st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x10FFFF), max_size=40)


@settings(max_examples=200, deadline=None)
@given(doc=TEXT, original=TEXT, data=st.data())
def test_edit_lines_equal_json_dumps_of_each_record(doc, original, data):
    edits = []
    pos = 0
    for _ in range(data.draw(st.integers(0, 4))):
        start = data.draw(st.integers(pos, len(original)))
        end = data.draw(st.integers(start, len(original)))
        edits.append(
            Edit(
                start,
                end,
                data.draw(TEXT),
                data.draw(TEXT),
                data.draw(TEXT),
                data.draw(TEXT),
                data.draw(TEXT),
                data.draw(TEXT),
            )
        )
        pos = end
    records = [logfmt.edit_record(doc, e, original) for e in edits]
    expected = "".join(logfmt.dumps(r) + "\n" for r in records)
    written = logfmt.edit_lines(doc, edits, original)
    assert written == expected
    # json.dumps's bytes but for the line separators, escaped: one record a line for any reader.
    plain = "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in records)
    assert written == plain.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029").replace("\x85", "\\u0085")
    assert [json.loads(line) for line in written.splitlines()] == records


def test_document_log_equals_the_records_of_a_real_document():
    text = (
        'Home | News | About\n\n**Rain** fell on [the city](https://example.org/a) today, "again".\n\n'
        "\u00a9 2024 Example Media. All rights reserved.\n"
    )
    result = clean_text(text)
    assert result.edits  # the test needs edits to compare
    args = ('doc "1"', "in/a.md", None, "rules-digest", result, "utf-8", ["a warning"])
    records = logfmt.document_records(*args)
    assert logfmt.document_log(*args) == "".join(
        json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in records
    )


# What is stored is UTF-8: inputs with lone surrogates (a non-UTF-8 file name, a JSONL
# escape without its pair) are error records before anything is cleaned (tests/test_bad_input.py).
STORABLE = st.text(
    alphabet=st.characters(min_codepoint=0, max_codepoint=0x10FFFF, exclude_categories=("Cs",)), max_size=40
)


@settings(max_examples=100, deadline=None)
@given(log=STORABLE, output=st.none() | STORABLE, written=st.booleans())
def test_manifest_payload_round_trips(log, output, written):
    # Log and output are JSON lines in a real run, which never hold a raw NUL.
    log, output = log.replace("\0", ""), None if output is None else output.replace("\0", "")
    payload = {"error": None, "log": log, "output": output, "summary": {"chars_in": 3}, "written": written}
    assert unpack(pack(payload)) == payload
