"""A large run made from a small one, for the report at scale (tests and scripts/bench_report.py).

The documents of a real run's log are repeated under new ids (``<id>#<k>``) until there
are ``n``, with a JSONL output holding each copy's clean text, so every record is a real
record of the cleaner and the output and log still restore each other exactly.

Also the browser both open the report in: ``CHROMIUM`` (installed by
``scripts/install-browser.sh``) started with ``CHROMIUM_ARGS``.
"""

from __future__ import annotations

import json
from pathlib import Path

from cleaner.runlog import dumps, iter_documents
from cleaner.runlog.restore import OutputReader

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def replicate(log: Path, run_output: Path, n: int, dest: Path) -> tuple[Path, Path]:
    """Write ``dest/big.log.jsonl`` and ``dest/big.jsonl`` with ``n`` documents; return both paths."""
    reader = OutputReader(run_output)
    # Each document's records serialised once, with markers where the copy's id and line go.
    templates = []
    for e in iter_documents(log):
        lines = [dumps({**x, "doc": "@ID@"}) for x in e.edits]
        lines += [dumps({**x, "doc": "@ID@", "source": "big.jsonl"}) for x in e.errors]
        lines.append(dumps({**e.record, "doc": "@ID@", "source": "big.jsonl", "line": -999}))
        out = json.dumps({"id": "@ID@", "text": reader.text(e.record)}, ensure_ascii=False) if e.ok else None
        templates.append((e.id, "\n".join(lines) + "\n", out))
    dest.mkdir(parents=True, exist_ok=True)
    big_log, big_out = dest / "big.log.jsonl", dest / "big.jsonl"
    with big_log.open("w", encoding="utf-8") as lf, big_out.open("w", encoding="utf-8") as of:
        for k in range(n):
            original_id, records, out = templates[k % len(templates)]
            doc_id = json.dumps(f"{original_id}#{k}", ensure_ascii=False)
            lf.write(records.replace('"@ID@"', doc_id).replace('"line":-999', f'"line":{k + 1}'))
            if out is not None:
                of.write(out.replace('"@ID@"', doc_id) + "\n")
    return big_log, big_out
