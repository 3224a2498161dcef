#!/usr/bin/env bash
# check-mcs.sh [FILE.cs...]
# Compiles each malformed test with Mono's mcs (as the oracle does: an async Main is first rewritten into
# a synchronous Main, since mcs has no async entry points) and prints, per file, the codes from its
# `// expect:` line next to the error/warning codes mcs reported. Used to fill in README.md; it does not
# judge: where mcs and Roslyn (modern C#) disagree, `// expect:` keeps Roslyn's code.
set -uo pipefail
dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
command -v mcs >/dev/null || { echo "check-mcs: mcs not found (apt-get install -y mono-mcs)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ $# -eq 0 ]; then set -- "$dir"/*.cs; fi
for f in "$@"; do
  name=$(basename "$f" .cs)
  expect=$(sed -n '1s#^// expect: *##p' "$f")
  sed -E \
    -e 's/static async Task Main\((string\[\] args)?\)/static void Main(string[] __a) { MainAsync(__a).GetAwaiter().GetResult(); }    static async Task MainAsync(string[] args)/' \
    -e 's/static async Task<int> Main\((string\[\] args)?\)/static int Main(string[] __a) { return MainAsync(__a).GetAwaiter().GetResult(); }    static async Task<int> MainAsync(string[] args)/' \
    "$f" > "$work/$name.cs"
  (cd "$work" && mcs -langversion:experimental "$name.cs" -out:"$work/x.exe") > "$work/log" 2>&1
  codes=$(grep -oE '(error|warning) CS[0-9]+' "$work/log" | sed -E 's/^error //; s/^warning (CS[0-9]+)/\1(w)/' | paste -sd' ' -)
  printf '%s\t%s\t%s\n' "$name" "$expect" "${codes:-accepted}"
  if [ -n "${VERBOSE:-}" ]; then sed 's/^/    /' "$work/log"; fi
done
