import { fetchHarnessSchema } from '../../testing/schema-download';
import { harnessSchemaUrl, PINNED_HARNESS_SCHEMA, resolveHarnessSchemaPath } from '../../testing/schema-source';
import { type CliCommand, type CliIo, CliUsageError, parseCommandArgs } from '../command';

const HELP = `Usage:
  cdktf-harness-idp schema fetch [--force]
  cdktf-harness-idp schema path

The official Harness v0 pipeline JSON schema, which toBeValidHarnessPipeline() (cdktf-harness-idp/testing)
validates against. It is pinned: ${PINNED_HARNESS_SCHEMA.path} of ${PINNED_HARNESS_SCHEMA.repository} at commit
${PINNED_HARNESS_SCHEMA.commit}, SHA-256 ${PINNED_HARNESS_SCHEMA.sha256}.

  fetch   Download the pinned file into the user cache ($XDG_CACHE_HOME/cdktf-harness-idp, else ~/.cache/...),
          checking its SHA-256; does nothing if the cache already holds it.
            --force   download again
          The URL's host part comes from $HARNESS_SCHEMA_BASE_URL (default https://raw.githubusercontent.com).
  path    Print the schema file the tests use: $HARNESS_PIPELINE_SCHEMA if set, else the user cache.
          Exits with 1, saying what to do, if there is none.
`;

async function fetchSchema(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs(args, { force: { type: 'boolean', default: false } }, false);
  const location = await fetchHarnessSchema({ force: values.force });
  io.out(
    location.source === 'cache'
      ? `Already cached: ${location.path}\n`
      : `Downloaded ${harnessSchemaUrl()}\n  SHA-256 ${PINNED_HARNESS_SCHEMA.sha256} (as pinned)\n  -> ${location.path}\n`,
  );
  return 0;
}

async function schemaPath(args: readonly string[], io: CliIo): Promise<number> {
  parseCommandArgs(args, {}, false);
  io.out(`${resolveHarnessSchemaPath()}\n`);
  return 0;
}

export const command: Readonly<CliCommand> = {
  name: 'schema',
  usage: 'schema fetch|path',
  summary: 'download the pinned Harness pipeline schema into the user cache, or print where it resolves',
  help: HELP,
  async run(args, io) {
    const [action, ...rest] = args;
    if (action === 'fetch') return fetchSchema(rest, io);
    if (action === 'path') return schemaPath(rest, io);
    throw new CliUsageError(action === undefined ? "say 'fetch' or 'path'" : `unknown action '${action}'; say 'fetch' or 'path'`);
  },
};
