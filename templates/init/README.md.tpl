# {{text packageName}}

The Harness IDP self-service workflows of the `{{text projectId}}` project (organization `{{text orgId}}`), as code:
[cdktf-harness-idp](https://github.com/acme-platform/cdktf-harness-idp) on CDK for Terraform.

```bash
npm install && npx cdktf synth   # install, then synthesize the stack into cdktf.out/stacks/{{text stackId}}/
npm test                         # YAML snapshots of every pipeline and workflow + Harness schema validation
```

Prerequisites: Node.js 20.6 or later (`cdktf.json` runs the app with `node --import tsx`); Terraform 1.5 or later
to deploy. The first `npm test` downloads the official Harness pipeline schema (pinned, SHA-256 checked) into
`~/.cache/cdktf-harness-idp` (`npx cdktf-harness-idp schema fetch` does the same on its own). Without internet access, copy that file from a machine that has it
(`npx cdktf-harness-idp schema path` prints where it is) or set `HARNESS_PIPELINE_SCHEMA` to a copy of it.

| file | what it holds |
|---|---|
| `main.ts` | the app: the `{{text stackId}}` stack (a `HarnessPlatformStack`) and its self-service workflows |
| `state.ts` | where Terraform keeps state: a local file to start with, and `s3State()`, the remote example |
| `main.test.ts` | the tests; `__snapshots__/` holds the rendered YAML: commit it, and review its diff in pull requests |
| `cdktf.json` | how `cdktf` runs the app; no `cdktf get` is needed (the Harness bindings come with the library) |

## Deploy

Credentials are sensitive Terraform variables, never literals in code:

```bash
{{#if account}}
export TF_VAR_harness_platform_api_key=...    # pat.* / sat.* with rights on the project
{{else}}
export TF_VAR_harness_account_id=...          # not a secret: it appears in workflow trigger URLs
export TF_VAR_harness_platform_api_key=...    # pat.* / sat.* with rights on the project
{{/if}}
{{#if gitops}}
export TF_VAR_github_token=...                # contents:write on {{text githubOwner}}/{{text gitopsRepo}}
{{/if}}
npx cdktf deploy {{text stackId}}
```

{{#if gitops}}
The workflow is registered through GitOps: its YAML is committed to `{{text githubOwner}}/{{text gitopsRepo}}` and the IDP
catalog imports it with the Harness connector `{{text gitopsConnector}}`, which must exist and be able to read the repository.

{{/if}}
## Remote state

`main.ts` starts with local state (`terraform.{{text stackId}}.tfstate` in this folder, ignored by Git). Before a
second person or a CI job deploys, switch to a remote backend with locking: fill in `s3State()` in `state.ts` (or use
`StateBackend.gcs`, `azurerm`, `remote`, `cloud` or `http`), set `backend: s3State('{{text stackId}}')` in `main.ts`,
and run `npx cdktf deploy {{text stackId}}` once; Terraform offers to copy the local state over.

## In CI

Run `npx jest --ci`: it fails on a snapshot that is missing or differs, so a change to the rendered YAML is always
reviewed. Then `npx cdktf synth` (and `npx cdktf deploy {{text stackId}} --auto-approve` on the main branch).
