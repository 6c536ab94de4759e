#!/bin/sh
# Runs each fuzz target of a fuzzing build (`make fuzz`) for SECONDS on its corpus: a work
# corpus in BUILD/fuzz/NAME/corpus, which the run extends, and the seeds CMake named in
# BUILD/tests/fuzz/NAME.args (the committed seeds and regressions, the example data directory,
# a dictionary). A crash, a broken property, a leak, an input that takes more than 10 s
# (-timeout) or more than 2 GB (-rss_limit_mb) stops the target, keeps the input in
# BUILD/fuzz/NAME/ and makes the run fail after the other targets have run.
#
# usage: run.sh BUILD SECONDS [TARGET...]   (no TARGET: every target of the build)
set -u
build=$1
seconds=$2
shift 2
if [ $# -eq 0 ]; then
    set -- $(cd "$build/tests/fuzz" && ls *.args | sed 's/\.args$//')
fi
failed=""
for target in "$@"; do
    dir="$build/fuzz/$target"
    mkdir -p "$dir/corpus"
    # One argument per line: seed folders, seed files and -dict=FILE. libFuzzer takes a file
    # for an input to run once, not to fuzz from, so seed files go into a folder of their own.
    rm -rf "$dir/seeds"
    mkdir "$dir/seeds"
    args=""
    for arg in $(cat "$build/tests/fuzz/$target.args"); do
        if [ -f "$arg" ]; then
            cp "$arg" "$dir/seeds/$(echo "$arg" | tr / _)"
        else
            args="$args
$arg"
        fi
    done
    args="$args
$dir/seeds"
    start=$(date +%s)
    # shellcheck disable=SC2086 # the args are paths without blanks, one per line
    if (IFS='
'; exec "$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=10 \
        -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$dir/" \
        "$dir/corpus" $args) >"$dir/log" 2>&1; then
        result=ok
    else
        result=FAILED
        failed="$failed $target"
    fi
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$dir/log")
    corpus=$(ls "$dir/corpus" | wc -l)
    echo "fuzz $target: $result after $(($(date +%s) - start)) s, ${runs:-?} inputs run," \
        "$corpus in its work corpus"
    if [ $result = FAILED ]; then
        grep -v '^#\|^INFO\|^stat::\|NEW_FUNC' "$dir/log" | tail -40
        ls "$dir" | grep -v '^corpus$\|^seeds$\|^log$' | sed "s|^|  kept: $dir/|"
    fi
done
if [ -n "$failed" ]; then
    echo "fuzz targets that failed:$failed (see $build/fuzz/NAME/log)"
    exit 1
fi
