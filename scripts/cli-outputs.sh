#!/usr/bin/env bash
# Every CLI output a refactoring must keep, written to OUTDIR (one file per command and vault), so two trees can
# be compared with `diff -r`:
#   npm run build && scripts/cli-outputs.sh /tmp/before [VAULT…]    # on the old tree
#   npm run build && scripts/cli-outputs.sh /tmp/after  [VAULT…]    # on the new tree
#   diff -r /tmp/before /tmp/after                                   # nothing: behaviour unchanged
# VAULT defaults to examples/vault and, when present, ../shared/fixtures/seed and every folder of ../shared/corpus.
# Per vault: timeline and quotes (text and --json, published and --all --any-note), problems --json,
# garden --dry-run, and quiz --json --seed 7 for every note.
set -u
out=${1:?usage: scripts/cli-outputs.sh OUTDIR [VAULT...]}
shift
if [ $# -gt 0 ]; then vaults=("$@"); else
	vaults=(examples/vault)
	[ -d ../shared/fixtures/seed ] && vaults+=(../shared/fixtures/seed)
	for d in ../shared/corpus/*/; do [ -d "$d" ] && vaults+=("${d%/}"); done
fi
rm -rf "$out" && mkdir -p "$out"
garden_out=$(mktemp -d)
run() {
	local name=$1
	shift
	node dist/cli.js "$@" >"$out/$name.out" 2>"$out/$name.err"
	echo "rc=$?" >>"$out/$name.err"
}
for v in "${vaults[@]}"; do
	n=$(basename "$v")
	for a in "" "--all --any-note"; do
		k=$(echo "$a" | tr -d ' -')
		run "$n.timeline$k" timeline "$v" $a
		run "$n.timeline-json$k" timeline "$v" --json $a
		run "$n.quotes$k" quotes "$v" $a
		run "$n.quotes-json$k" quotes "$v" --json $a
	done
	run "$n.problems" problems "$v" --json --all --any-note
	# The dry run names its output folder: always the same placeholder, so two runs compare.
	run "$n.garden" garden "$v" --out "$garden_out" --dry-run
	sed -i "s|$garden_out|OUT|g" "$out/$n.garden.out" "$out/$n.garden.err"
	(cd "$v" && find . -name '*.md' -not -path './.obsidian/*' | sort) | while read -r f; do
		run "$n.quiz.$(echo "$f" | tr '/ ' '__')" quiz "$f" --vault "$v" --seed 7 --json --any-note
	done
done
rm -rf "$garden_out"
echo "wrote $(ls "$out" | wc -l) files to $out"
