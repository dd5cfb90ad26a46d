import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { importDocuments, type ImportSource } from '../../importer/project';
import { reportLines } from '../../importer/report';
import { type CliCommand, type CliIo, CliUsageError, parseCommandArgs } from '../command';
import { fetchFromHarness } from '../import/harness-api';
import { readSources } from '../import/read-sources';

const HELP = `Usage:
  cdktf-harness-idp import <file.yaml | dir>... [--out dir] [--stack Name]
  cdktf-harness-idp import --from-harness --org X --project Y [--pipeline id | --all] [--out dir] [--stack Name]

Turns existing Harness v0 pipelines, IDP 2.0 workflows (harness.io/v1, kind Workflow) and IDP 1.0 templates
(scaffolder.backstage.io/v1beta3) into TypeScript: one module per document (typed stages and steps, runtime inputs,
secret references, step outputs as typed references) and a stack module that creates them all. A workflow that
triggers a pipeline of the same run becomes one SelfServiceWorkflow whose form fields are the pipeline's inputs.
Fields the library does not type yet are written as addOverride(...) lines, so the code renders exactly the YAML
it was made from; defects are reported with the library's messages and marked TODO in the code.

  --out dir        where to write the modules (default: ./imported)
  --stack Name     name of the stack class, NameStack (default: Imported)
  --from-harness   fetch the YAML through the Harness API with the key in $HARNESS_PLATFORM_API_KEY
                   (never stored or printed); $HARNESS_ENDPOINT overrides https://app.harness.io,
                   $HARNESS_ACCOUNT_ID the account in the key. At most 1,000 requests a minute.
    --org X          organization identifier
    --project Y      project identifier
    --pipeline id    only this pipeline and the workflows that trigger it
    --all            every pipeline and workflow of the project

For each document it prints the share of fields it typed and the overrides it wrote.
`;

const OPTIONS = Object.freeze({
  out: { type: 'string' },
  stack: { type: 'string' },
  'from-harness': { type: 'boolean', default: false },
  org: { type: 'string' },
  project: { type: 'string' },
  pipeline: { type: 'string' },
  all: { type: 'boolean', default: false },
} as const);

async function sources(values: Record<string, string | boolean | undefined>, positionals: string[], io: CliIo): Promise<ImportSource[]> {
  if (!values['from-harness']) {
    if (positionals.length === 0) throw new CliUsageError('give the YAML files or folders to import, or --from-harness');
    return readSources(positionals, io.cwd);
  }
  if (positionals.length > 0) throw new CliUsageError('--from-harness takes no files');
  if (typeof values.org !== 'string' || typeof values.project !== 'string')
    throw new CliUsageError('--from-harness needs --org and --project');
  if ((values.pipeline === undefined) === !values.all) throw new CliUsageError('say --pipeline <id> or --all');
  const apiKey = process.env.HARNESS_PLATFORM_API_KEY;
  if (!apiKey) throw new CliUsageError('set HARNESS_PLATFORM_API_KEY to a Harness API key');
  return fetchFromHarness({
    endpoint: process.env.HARNESS_ENDPOINT ?? 'https://app.harness.io',
    apiKey,
    accountId: process.env.HARNESS_ACCOUNT_ID,
    orgId: values.org,
    projectId: values.project,
    pipelineId: values.pipeline as string | undefined,
  });
}

export const command: Readonly<CliCommand> = {
  name: 'import',
  usage: 'import <file.yaml | dir>...',
  summary: 'turn existing pipeline and workflow YAML into typed TypeScript modules and a stack',
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, OPTIONS, true);
    if (values.stack !== undefined && !/^[A-Za-z][A-Za-z0-9]*$/.test(values.stack))
      throw new CliUsageError(`'${values.stack}' is not a class name`);
    const input = await sources(values, positionals, io);
    const result = importDocuments(input, { stackName: values.stack });
    const out = resolve(io.cwd, values.out ?? 'imported');
    mkdirSync(out, { recursive: true });
    for (const f of result.files) writeFileSync(join(out, f.fileName), f.text);
    for (const r of result.reports) io.out(`${reportLines(r.report, r.fileName).join('\n')}\n`);
    for (const s of result.skipped) io.err(`skipped ${s}: neither a pipeline nor a workflow\n`);
    io.out(`Wrote ${result.files.length} files to ${out}\n`);
    return result.reports.some((r) => r.report.unresolved.length > 0) ? 1 : 0;
  },
};
