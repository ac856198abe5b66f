"""The Dask engine on a real distributed LocalCluster: the same bytes as the local engine.

The cluster has two single-threaded workers in this process (``processes=False``) so the
test stays quick on CI; the driver talks to it through its scheduler address, exactly as
``--scheduler tcp://...`` does with a remote cluster.
"""

from __future__ import annotations

import pytest
from test_parallel import make_corpus, snapshot
from typer.testing import CliRunner

from cleaner.cli import app
from cleaner.driver import RunConfig, run

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as c:
        yield c


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    return make_corpus(tmp_path_factory.mktemp("dask"), 8)


def test_dask_engine_gives_the_local_engines_bytes(cluster, small, tmp_path, cleaner):
    run(RunConfig([small], cleaner, tmp_path / "local", tmp_path / "local.jsonl", jobs=1))
    stats = run(
        RunConfig(
            [small],
            cleaner,
            tmp_path / "dask",
            tmp_path / "dask.jsonl",
            engine="dask",
            scheduler=cluster.scheduler_address,
            chunk_size=3,
        )
    )
    assert stats.docs == 12 + 8 + 10 and stats.errors == 0
    assert snapshot(tmp_path / "dask") == snapshot(tmp_path / "local")
    assert (tmp_path / "dask.jsonl").read_bytes() == (tmp_path / "local.jsonl").read_bytes()


def test_dask_reads_and_writes_fsspec_urls(cluster, small, tmp_path, cleaner):
    run(RunConfig([small], cleaner, tmp_path / "local.jsonl", tmp_path / "local-log.jsonl", jobs=1))
    run(
        RunConfig(
            [f"file://{small}"],
            cleaner,
            f"file://{tmp_path}/dask.jsonl",
            f"file://{tmp_path}/dask-log.jsonl",
            engine="dask",
            scheduler=cluster.scheduler_address,
        )
    )
    assert (tmp_path / "dask.jsonl").read_bytes() == (tmp_path / "local.jsonl").read_bytes()
    assert (tmp_path / "dask-log.jsonl").read_bytes() == (tmp_path / "local-log.jsonl").read_bytes()
    # a mirrored folder on an fsspec filesystem
    run(
        RunConfig(
            [f"file://{small}"],
            cleaner,
            f"file://{tmp_path}/tree",
            None,
            engine="dask",
            scheduler=cluster.scheduler_address,
        )
    )
    run(RunConfig([small], cleaner, tmp_path / "tree-local", None, jobs=1))
    assert snapshot(tmp_path / "tree") == snapshot(tmp_path / "tree-local")


def test_cli_engine_dask_with_a_scheduler_address(cluster, small, tmp_path):
    res = CliRunner().invoke(
        app,
        [
            "clean",
            str(small),
            "-o",
            str(tmp_path / "o"),
            "--log",
            str(tmp_path / "l.jsonl"),
            "--engine",
            "dask",
            "--scheduler",
            cluster.scheduler_address,
            "-q",
        ],
    )
    assert res.exit_code == 0, res.output
    res = CliRunner().invoke(
        app, ["clean", str(small), "-o", str(tmp_path / "o1"), "--log", str(tmp_path / "l1.jsonl"), "--jobs", "1", "-q"]
    )
    assert res.exit_code == 0, res.output
    assert snapshot(tmp_path / "o") == snapshot(tmp_path / "o1")
    assert (tmp_path / "l.jsonl").read_bytes() == (tmp_path / "l1.jsonl").read_bytes()
    bad = CliRunner().invoke(app, ["clean", str(small), "-o", str(tmp_path / "o2"), "--scheduler", "tcp://x:1"])
    assert bad.exit_code == 2 and "--engine dask" in bad.output


def test_a_scheduler_that_cannot_be_reached_is_a_usage_error_not_a_failed_write(small, tmp_path):
    # it said "error: writing output failed: Timed out trying to connect to tcp://...", exit 1
    import dask

    args = ["clean", str(small), "-o", str(tmp_path / "out"), "--engine", "dask", "--scheduler", "tcp://127.0.0.1:1"]
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        res = CliRunner().invoke(app, [*args, "-q"])
    assert res.exit_code == 2, res.output
    assert res.output.startswith("error: cannot reach the Dask scheduler at tcp://127.0.0.1:1")
    assert "writing output failed" not in res.output and len(res.output.strip().splitlines()) == 1
