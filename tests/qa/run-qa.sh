#!/usr/bin/env bash
# run-qa.sh [FILES...]: for each NN-topic.cs, run the oracle (cached in .expected/.expected.code unless a
# hand-written .expected exists with .handchecked marker), run unawait with and without --virtual-time,
# and compare stdout + exit code. Prints PASS/FAIL per file. Results in out/.
cd "$(dirname "$0")"
BIN=${UNAWAIT:-../../target/debug/unawait}
mkdir -p out
files=("$@"); [ ${#files[@]} -eq 0 ] && files=([0-9]*.cs)
for f in "${files[@]}"; do
  b=${f%.cs}
  if [ ! -f "$b.expected" ] || [ "$f" -nt "$b.expected" ] && [ ! -f "$b.handchecked" ]; then
    timeout 60 /work/shared/tools/mono-run "$f" > "$b.expected" 2> "out/$b.mono.err"; echo $? > "$b.expected.code"
  fi
  exp_code=$(cat "$b.expected.code")
  for mode in vt rt; do
    flag=""; [ $mode = vt ] && flag="--virtual-time"
    timeout 60 "$BIN" run $flag "$f" > "out/$b.$mode.out" 2> "out/$b.$mode.err"; echo $? > "out/$b.$mode.code"
    code=$(cat "out/$b.$mode.code")
    st=PASS
    if ! cmp -s "$b.expected" "out/$b.$mode.out"; then st=FAIL-stdout; fi
    if [ "$code" != "$exp_code" ]; then st="$st code:$code(exp $exp_code)"; fi
    echo "$st $f [$mode]"
  done
done
