#!/usr/bin/env bash
# Consumer check (issue 9): packs AsAnalysis and the AsAnalysis.Cli tool with a unique version into the folder feed
# consumer/feed, then
#   1. builds consumer/AsAnalysis.Consumer (not in the solution; a PackageReference to that exact version, restored
#      from the feed through consumer/nuget.config), runs it on data-samples: it checks the package contents, the
#      SourceLink of the symbols and a small load + safety summary against known values;
#   2. installs the tool from the feed into a temporary tool path and runs `as-analysis validate data-samples`,
#      and `as-analysis report data-samples --out DIR` when the tool has a report command (report.html written,
#      ASAS20 week-12 responders in ard.csv).
# Prints "consumer check: passed" or "consumer check: FAILED (...)" as its last line; exit code 0 or 1.
# The version is unique per run (0.1.0-ci.<UTC timestamp>.<short sha>), so no stale copy from the NuGet package
# cache can be used (toolchain pitfall 7); this run's copy is removed from the cache at the end.
# Options: --keep  keep consumer/feed and the temporary folder.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
keep=false
[ "${1:-}" = "--keep" ] && keep=true

start=$(date +%s)
base=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' Directory.Build.props | head -1)
sha=$(git rev-parse HEAD 2>/dev/null || echo "")
version="${base:-0.0.0}-ci.$(date -u +%Y%m%d%H%M%S).${sha:0:7}"
version="${version%.}"
feed="$root/consumer/feed"
work=$(mktemp -d)
packages="${NUGET_PACKAGES:-$HOME/.nuget/packages}"

cleanup() {
  rm -rf "$packages/asanalysis/$version" "$packages/asanalysis.cli/$version"
  if [ "$keep" = true ]; then echo "kept: $feed $work"; else rm -rf "$feed" "$work"; fi
}
trap cleanup EXIT

fail() {
  echo "consumer check: FAILED ($1) after $(( $(date +%s) - start )) s"
  exit 1
}
step() { echo; echo "== $1 ($(( $(date +%s) - start )) s)"; }

rm -rf "$feed" && mkdir -p "$feed"
step "pack AsAnalysis and AsAnalysis.Cli $version into consumer/feed"
for project in src/AsAnalysis src/AsAnalysis.Cli; do
  dotnet pack "$project" -c Release -o "$feed" -p:Version="$version" -nologo -v q ||
    fail "dotnet pack $project"
done
ls -l "$feed"

step "consumer project: restore from the feed, build (net10.0, net8.0), run on data-samples"
dotnet build consumer/AsAnalysis.Consumer -c Release -p:AsAnalysisVersion="$version" -nologo -v q ||
  fail "consumer build"
dotnet consumer/AsAnalysis.Consumer/bin/Release/net10.0/AsAnalysis.Consumer.dll data-samples \
  --feed "$feed" --version "$version" ${sha:+--commit "$sha"} || fail "consumer run"

step "tool: install AsAnalysis.Cli $version from the feed"
# Run from the temporary folder so that only the user's NuGet configuration and the feed are used.
(cd "$work" && dotnet tool install --tool-path "$work/tool" --add-source "$feed" --ignore-failed-sources \
  AsAnalysis.Cli --version "$version") || fail "dotnet tool install"
tool="$work/tool/as-analysis"

step "tool: as-analysis validate data-samples"
"$tool" validate data-samples > "$work/validate.txt" 2>&1
rc=$?
cat "$work/validate.txt"
[ "$rc" -eq 0 ] || fail "as-analysis validate exit code $rc"
grep -q "OK, no problems found" "$work/validate.txt" || fail "as-analysis validate output"

if "$tool" --help 2>/dev/null | grep -qE '^ +report '; then
  step "tool: as-analysis report data-samples --out DIR"
  "$tool" report data-samples --out "$work/report" || fail "as-analysis report exit code $?"
  ls -l "$work/report"
  [ -s "$work/report/report.html" ] || fail "as-analysis report wrote no report.html"
  # ASAS20 at week 12 (NRI) in ard.csv: the consumer project's check above, now through the tool.
  grep -qx 'efficacy_binary,ASAS20,Week 12,MSC,,n,,17' "$work/report/ard.csv" &&
    grep -qx 'efficacy_binary,ASAS20,Week 12,Etanercept,,n,,18' "$work/report/ard.csv" ||
    fail "as-analysis report: ard.csv lacks the ASAS20 week-12 responders 17 (MSC) and 18 (Etanercept)"
else
  echo; echo "== (the tool has no report command yet: skipped)"
fi

echo
echo "consumer check: passed ($version, $(( $(date +%s) - start )) s)"
