#!/usr/bin/env bash
# Proves that a change leaves the synthesized bytes alone: synthesizes the example app (JSON and HCL) at a git
# revision and in the working tree, and compares every file byte for byte.
#   bash scripts/compare-synth.sh [REV]     (default REV: HEAD)
# The revision is checked out in a temporary git worktree that borrows this tree's node_modules.
set -euo pipefail
cd "$(dirname "$0")/.."
rev="${1:-HEAD}"
tmp="$(mktemp -d)"
trap 'git worktree remove --force "$tmp/rev" >/dev/null 2>&1 || true; rm -rf "$tmp"' EXIT

git worktree add --detach "$tmp/rev" "$rev" >/dev/null 2>&1
ln -s "$PWD/node_modules" "$tmp/rev/node_modules"

# The output folder is inside examples/, as with `cdktf synth`: the local backend's state path is relative to it.
rel="cdktf.out.compare-$$"
trap 'git worktree remove --force "$tmp/rev" >/dev/null 2>&1 || true; rm -rf "$tmp" "examples/$rel"' EXIT
synth() { # <project dir> <out dir>
  local dir="$1" out="$2"
  mkdir -p "$dir/examples/$rel/json" "$dir/examples/$rel/hcl"
  (cd "$dir/examples" && CDKTF_OUTDIR="$rel/json" node ../node_modules/tsx/dist/cli.mjs main.ts)
  (cd "$dir/examples" && CDKTF_OUTDIR="$rel/hcl" SYNTH_HCL_OUTPUT=true node ../node_modules/tsx/dist/cli.mjs main.ts)
  mv "$dir/examples/$rel" "$out"
}
synth "$tmp/rev" "$tmp/before"
synth "$PWD" "$tmp/after"
# Before the relative default, the local backend recorded the absolute path of the project: compare it as <project>.
{ grep -rl "$tmp/rev" "$tmp/before" || true; } | xargs -r sed -i "s|$tmp/rev|<project>|g"
{ grep -rl "$PWD" "$tmp/after" || true; } | xargs -r sed -i "s|$PWD|<project>|g"

# manifest.json records the cdktf version and paths only; stacks hold everything the library renders.
if diff -r "$tmp/before" "$tmp/after"; then
  files=$(find "$tmp/after" -type f | wc -l)
  bytes=$(find "$tmp/after" -type f -exec cat {} + | wc -c)
  echo "compare-synth: identical to $rev ($(git rev-parse --short "$rev")): $files files, $bytes bytes (JSON and HCL synth of examples/)"
else
  echo "compare-synth: the synthesized output differs from $rev" >&2
  exit 1
fi
