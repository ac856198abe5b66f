#!/usr/bin/env bash
# Installs Debian's chromium for the report's browser test (tests/test_report.py).
# Called by `make test` (Makefile prerequisite). Does nothing when chromium is already
# there. Needs root (CI runs as root); elsewhere it says what to do and leaves the
# decision to the test, which fails under CI=true and skips with a reason locally.
set -uo pipefail
if [ -x /usr/bin/chromium ]; then
    exit 0
fi
if [ "$(id -u)" != 0 ]; then
    echo "install-browser: not root; install chromium yourself (apt-get install chromium) to run the browser test" >&2
    exit 0
fi
echo "install-browser: installing Debian's chromium (one time)" >&2
export DEBIAN_FRONTEND=noninteractive
if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null; }; then
    echo "install-browser: could not install chromium; the browser test will fail under CI=true" >&2
fi
exit 0
