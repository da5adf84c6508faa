#!/usr/bin/env bash
# Output-identity check for refactors: runs a fixed set of CLI invocations (reports of the sample, a 3-visit report,
# the column-mapped export, every data-samples/bad folder, a generated 10k export, the CDISC pilot when available, help
# and error paths) and stores each one's stdout, stderr, exit code and output folder. Compare two captures with
# `diff -r`. Not part of CI (the 10k report takes a few seconds, the build about a minute).
#
#   tools/golden.sh capture <dir>            build the CLI of the working tree (Release) and capture into <dir>
#   tools/golden.sh compare <dir1> <dir2>    diff -r of two captures; exit 1 on any difference
#
# Environment: GOLDEN_EXPORT_10K (default $TMPDIR/asanalysis-golden/export-10k) is generated once, by the first
# capture, and reused so that every capture reads the same bytes; GOLDEN_PILOT (default ../shared/data/cdiscpilot01
# beside the repository) is used when it exists.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
mode=${1:-}
case "$mode" in
  compare)
    [ $# -eq 3 ] || { echo "usage: tools/golden.sh compare <dir1> <dir2>" >&2; exit 2; }
    if diff -r "$2" "$3" >/dev/null; then echo "identical: $(find "$2" -type f | wc -l) files"; exit 0; fi
    diff -r "$2" "$3" | head -40; echo "DIFFERENT" >&2; exit 1 ;;
  capture)
    [ $# -eq 2 ] || { echo "usage: tools/golden.sh capture <dir>" >&2; exit 2; } ;;
  *) echo "usage: tools/golden.sh capture <dir> | compare <dir1> <dir2>" >&2; exit 2 ;;
esac
out=$(mkdir -p "$2" && cd "$2" && pwd)
rm -rf "${out:?}"/*
bin=$(mktemp -d)
trap 'rm -rf "$bin"' EXIT
dotnet build src/AsAnalysis.Cli -c Release -o "$bin" -v q -nologo >/dev/null
cli="$bin/as-analysis"
export10k=${GOLDEN_EXPORT_10K:-${TMPDIR:-/tmp}/asanalysis-golden/export-10k}
if [ ! -f "$export10k/adeff.csv" ]; then
  mkdir -p "$export10k"
  "$cli" generate --seed 20160620 --subjects-per-arm 5000 --out "$export10k" >/dev/null 2>&1
fi
pilot=${GOLDEN_PILOT:-$root/../shared/data/cdiscpilot01}

n=0
# run NAME ARGS...: one invocation; "@OUT" in ARGS becomes the case's output folder.
run() {
  local name=$1; shift
  local dir="$out/$name"; mkdir -p "$dir"
  local args=()
  for a in "$@"; do args+=("${a//@OUT/$dir/out}"); done
  set +e
  (cd "$root" && "$cli" "${args[@]}") >"$dir/stdout" 2>"$dir/stderr"
  echo $? >"$dir/exit"
  set -e
  # the capture folder and elapsed times differ from one capture to the next: replaced by placeholders
  sed -i -E -e "s#$out#<OUT>#g" -e 's/done in [0-9.]+ s\./done in <T> s./' "$dir/stdout" "$dir/stderr"
  n=$((n + 1))
}

run sample-report report data-samples --out @OUT
run sample-report-visits report data-samples --out @OUT --visits 12,24,48 --control Etanercept
run sample-report-vas report data-samples --out @OUT --vas PTGLOBAL
run sample-validate validate data-samples
run mapped-validate validate data-samples/column-mapped --map SUBJECT_ID=USUBJID --map ARM=TRT01P --map ITT=ITTFL \
  --map SAFETY=SAFFL --map PARAMETER=PARAMCD --map WEEK=AVISITN --map RESULT=AVAL --map BODY_SYSTEM=AEBODSYS \
  --map PREFERRED_TERM=AEDECOD --map SEVERITY=AESEV --map SERIOUS=AESER
run mapped-report report data-samples/column-mapped --out @OUT --map SUBJECT_ID=USUBJID --map ARM=TRT01P \
  --map ITT=ITTFL --map SAFETY=SAFFL --map PARAMETER=PARAMCD --map WEEK=AVISITN --map RESULT=AVAL \
  --map BODY_SYSTEM=AEBODSYS --map PREFERRED_TERM=AEDECOD --map SEVERITY=AESEV --map SERIOUS=AESER
for b in data-samples/bad/*/; do
  b=${b%/}; name=$(basename "$b")
  run "bad-$name-validate" validate "$b"
  run "bad-$name-report" report "$b" --out @OUT
done
run bad-three-arms-any validate data-samples/bad/three-arms --arms any
run export10k-report report "$export10k" --out @OUT
run export10k-validate validate "$export10k"
if [ -f "$pilot/adsl.xpt" ]; then
  run pilot-validate validate "$pilot" --arms 3
  run pilot-report report "$pilot" --out @OUT --arms 3 --control Placebo
fi
run generate generate --seed 7 --subjects-per-arm 12 --out @OUT
run help --help
run help-report report --help
run help-validate validate --help
run err-no-args
run err-unknown-command frobnicate
run err-unknown-option report data-samples --out @OUT --frob
run err-missing-folder report no-such-folder --out @OUT
run err-bad-control report data-samples --out @OUT --control Placebo
run err-bad-visits report data-samples --out @OUT --visits 12,x
echo "captured $n invocations into $out ($(find "$out" -type f | wc -l) files)"
