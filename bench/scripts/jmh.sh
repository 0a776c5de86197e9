#!/usr/bin/env bash
# JMH suites (kernels vs the FMA peak, encoder vs ONNX Runtime) and the Markdown report for
# BENCHMARKS.md. Usage: bench/scripts/jmh.sh [kernels] [encoder] [-i ITERATIONS]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
cd "$ROOT"
mvn -B -q -DskipTests -pl bench -am package >/dev/null
exec "$JAVA_HOME/bin/java" --add-modules jdk.incubator.vector \
  -Dstarling.datasets="${STARLING_DATASETS:-$ROOT/../shared/datasets}" \
  -cp "bench/target/starling-bench.jar:$(cat bench/target/classpath.txt)" dev.starling.bench.BenchReport "$@"
