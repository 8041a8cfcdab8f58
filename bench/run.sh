#!/bin/sh
# Builds the classes, then runs the scan benchmark in a JVM limited to a 512 MB heap.
#   bench/run.sh                      4000 flows, 3 warm-up and 5 measured rounds
#   bench/run.sh --flows 1000 --rounds 3
#   BENCH_CLASS=RuleCosts bench/run.sh --rounds 9    what each rule costs, in units of the parse
# Extra JVM options go in BENCH_JAVA_OPTS (default -Xmx512m). See docs/performance.md.
set -e
cd "$(dirname "$0")/.."
if [ -z "$BENCH_SKIP_BUILD" ]; then
    mvn -B -q -Dstyle.color=never test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
        -Dmdep.includeScope=runtime
fi
exec java ${BENCH_JAVA_OPTS:--Xmx512m} \
    -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
    "dev.flowguard.bench.${BENCH_CLASS:-ScanBenchmark}" "$@"
