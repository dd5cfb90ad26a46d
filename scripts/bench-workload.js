// The benchmark workload: a mix of the seven patterns, built from the compiled library (lib/).
// Shared by scripts/bench-synth.js (library mode) and scripts/bench.js (baseline fixtures).
const path = require('node:path');

const lib = require(path.join(__dirname, '..', 'lib', 'src'));

const sre = () => lib.ApprovalGate.required({ userGroups: ['account.sre_approvers'] });
const secret = (id) => lib.SecretRef.fromIdentifier(id);

/** One factory per pattern; `i` makes identifiers unique. */
const PATTERNS = [
  (s, i) =>
    new lib.ServiceOnboarding(s, `onboard_${i}`, {
      identifier: `onboard_${i}`,
      connectorRef: 'account.github_org_connector',
      slackBotToken: secret('account.slack_bot_token'),
      harnessApiKey: secret('account.idp_onboarding_pat'),
    }),
  (s, i) =>
    new lib.InfraProvisioning(s, `infra_${i}`, {
      identifier: `infra_${i}`,
      jiraConnectorRef: 'account.jira_connector',
      policySets: ['account.terraform_compliance'],
    }),
  (s, i) => new lib.K8sRollback(s, `rollback_${i}`, { identifier: `rollback_${i}`, approval: sre() }),
  (s, i) => new lib.K8sScale(s, `scale_${i}`, { identifier: `scale_${i}`, approval: sre() }),
  (s, i) => new lib.K8sRestart(s, `restart_${i}`, { identifier: `restart_${i}`, approval: sre(), method: lib.RestartMethod.USER_CHOICE }),
  (s, i) =>
    new lib.TokenRotation(s, `rotate_${i}`, {
      identifier: `rotate_${i}`,
      approval: sre(),
      harnessApiKey: secret('account.token_rotation_admin_pat'),
    }),
  (s, i) => new lib.FeatureFlagToggle(s, `flag_${i}`, { identifier: `flag_${i}`, policySets: ['account.fme_flag_change_guardrails'] }),
];

/** Adds `n` workflows to `stack`, cycling through the patterns. */
function addWorkflows(stack, n) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(PATTERNS[i % PATTERNS.length](stack, i));
  return out;
}

module.exports = { lib, addWorkflows, PATTERN_COUNT: PATTERNS.length };
