#!/bin/sh
# Readers' throughput next to xmllint --noout, in a release build kept apart from the debug one.
# Usage: scripts/bench-readers.sh [PATH…] [--runs N] [--megabytes MB]
set -eu
cd "$(dirname "$0")/.."
command -v xmllint >/dev/null || { echo "xmllint missing: apt-get install -y libxml2-utils" >&2; exit 1; }
swift build -c release --scratch-path .build-release --product navette-bench >&2
exec .build-release/release/navette-bench readers "$@"
