// One run of the one-stack benchmark in its own process: node scripts/bench-one-stack.js <teams> <workflowsPerTeam>
// A generated GitOps app: <teams> team stacks of <workflowsPerTeam> workflows each (a mix of the patterns), and the
// platform stack that delivers every team stack on Harness IaCM (a workspace, a pipeline and a trigger per team). The
// stacks are registered with StackSelection, so HARNESS_IDP_STACK=<team> builds and writes that team's stack alone,
// as a team's delivery pipeline does; without it every stack is built and written.
// Prints one JSON line: module load, construction, synth and total wall times (ms), stacks written, peak RSS (MiB).
const t0 = performance.now();
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { App } = require('cdktf');
const { lib, addWorkflows } = require('./bench-workload');

const loaded = performance.now();
const [teamsText, perTeamText] = process.argv.slice(2);
const teams = Array.from({ length: Number(teamsText) }, (_, i) => `team_${String(i).padStart(3, '0')}`);
const perTeam = Number(perTeamText);
const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-one-stack-'));
const app = new App({ outdir });
const stacks = lib.StackSelection.of(app);
const account = { accountId: 'ACCOUNT_ID' };

stacks.add('platform', (scope, id) => {
  const platform = new lib.HarnessPlatformStack(scope, id, { orgId: 'default', projectId: 'idp_platform', ...account });
  new lib.IacmStackDelivery(platform, 'delivery', {
    repository: { connectorRef: 'account.github_gitops', name: 'platform-gitops' },
    provisionerVersion: '1.9.1',
    secrets: { harness_platform_api_key: lib.SecretRef.fromIdentifier('account.idp_delivery_api_key') },
    parallelism: 4,
    stacks: teams.map((team) => ({ stack: team, watch: [`stacks/${team}.ts`] })),
  });
  return platform;
});
for (const team of teams) {
  stacks.add(team, (scope, id) => {
    const stack = new lib.HarnessPlatformStack(scope, id, {
      orgId: 'default',
      projectId: id,
      ...account,
      backend: lib.StateBackend.harnessIacm(),
    });
    addWorkflows(stack, perTeam);
    return stack;
  });
}
const built = performance.now();
stacks.synth();
const done = performance.now();
const written = fs.readdirSync(path.join(outdir, 'stacks')).filter((s) => fs.existsSync(path.join(outdir, 'stacks', s, 'cdk.tf.json')));
fs.rmSync(outdir, { recursive: true, force: true });
console.log(
  JSON.stringify({
    selected: process.env.HARNESS_IDP_STACK || null,
    teams: teams.length,
    workflowsPerTeam: perTeam,
    stacksWritten: written.length,
    loadMs: loaded - t0,
    buildMs: built - loaded,
    synthMs: done - built,
    totalMs: done - t0,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
  }),
);
