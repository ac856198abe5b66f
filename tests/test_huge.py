"""A huge document (a concatenated dump, a book, a forum export) is cleaned as its parts would
be in one piece, with memory and work in proportion to its size: the judge scores it in parts
of rows whose scores are the whole's bit for bit. Sizes here are relative (no timing)."""

from __future__ import annotations

import numpy as np
import pytest

from cleaner.judge import models
from cleaner.judge.trees import ROWS, row_parts


def test_row_parts_cover_the_rows_and_leave_no_row_alone():
    for n in (0, 1, 2, ROWS - 1, ROWS, ROWS + 1, ROWS + 2, 3 * ROWS + 1, 3 * ROWS + 7):
        parts = row_parts(n)
        assert [lo for lo, _ in parts] == sorted(lo for lo, _ in parts)
        assert sum(hi - lo for lo, hi in parts) == n and (not parts or (parts[0][0] == 0 and parts[-1][1] == n))
        assert all(b[0] == a[1] for a, b in zip(parts, parts[1:], strict=False))
        assert n < 2 or all(hi - lo >= 2 for lo, hi in parts)


def _rows(model, n: int, seed: int = 5) -> np.ndarray:
    rng = np.random.default_rng(seed)
    X = rng.random((n, len(model.features))) * rng.choice([1.0, 10.0, 1000.0], size=len(model.features))
    X[rng.random(X.shape) < 0.3] = 0.0
    return X


@pytest.mark.parametrize("form", ["markdown", "text"])
def test_scores_and_terms_in_parts_are_the_whole_blocks_bit_for_bit(form):
    stage1 = models(form)["stage1"]
    n = 2 * ROWS + 1  # three parts, the last of two rows and more
    X = _rows(stage1, n)
    if form == "markdown":  # trees: every row's leaves at once, as before the parts
        fast = stage1._fast
        whole = stage1.baseline + np.take(fast["value"], stage1._leaves(X)).sum(axis=1)
        terms = stage1._terms(stage1._leaves(X))
    else:  # pair tables: every row's terms at once
        whole = stage1.bias + stage1._term_rows(X).sum(axis=0)
        terms = stage1._term_rows(X).T
    assert stage1.score(X).tobytes() == whole.tobytes()
    assert stage1.terms(X).tobytes() == np.ascontiguousarray(terms).tobytes()
    rows = np.array([0, 7, ROWS + 3, n - 1])
    assert stage1.terms(X[rows], **({} if form == "markdown" else {"alone": False})).tobytes() == (
        np.ascontiguousarray(terms[rows]).tobytes()
    )


def test_character_classes_in_pieces_are_the_whole_pages(monkeypatch):
    from cleaner.judge import text as textf

    rng = np.random.default_rng(7)
    alphabet = list("abc DEF 12 .,!?\u00e9\u00c9\u0416\u0436\u4e2d\U0001f600_-")
    texts = ["".join(rng.choice(alphabet, size=int(k))) for k in rng.integers(0, 40, size=300)]
    texts[5] = "x" * 500  # a text across several pieces
    joined = "\x00".join(texts)
    starts = np.cumsum([0] + [len(t) + 1 for t in texts[:-1]])
    whole = textf._char_classes(joined, texts, starts)
    for piece in (7, 64, 101):
        monkeypatch.setattr(textf, "PIECE", piece)
        assert textf._char_classes(joined, texts, starts).tobytes() == whole.tobytes()


@pytest.mark.parametrize("form", ["text", "markdown"])
def test_a_document_of_several_parts_is_judged_as_in_one(form, monkeypatch):
    import cleaner.judge as judge
    from cleaner.judge import model as model_module
    from cleaner.judge import prepare, score
    from cleaner.judge import trees as trees_module

    lines = []
    for k in range(ROWS // 2 + 200):  # some 2,500 units
        lines += [f"[Home](/) [Page {k}](/p/{k})", f"Some prose of part {k}, in a sentence of the page.", ""]
    page = "\n".join(lines)
    prepared = prepare(form, page)
    assert len(prepared.X1) > ROWS
    parts = score(prepared)
    assert parts.terms is None and parts.leaves is None  # neither kept for a huge document
    for module in (judge, model_module, trees_module):
        monkeypatch.setattr(module, "ROWS", 10**9)  # one part: every row's terms or leaves kept
    whole = score(prepared)
    assert whole.terms is not None or whole.leaves is not None
    assert parts.first.tobytes() == whole.first.tobytes() and parts.final.tobytes() == whole.final.tobytes()
    assert (parts.keep == whole.keep).all()
    rows = np.arange(0, len(prepared.X1), 7)
    assert len(rows) and parts.terms_of(rows).tobytes() == whole.terms_of(rows).tobytes()
