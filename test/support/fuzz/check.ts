// Test support (not a test): the properties every random configuration must have.
import { Testing } from 'cdktf';
import { parse } from 'yaml';
import { documentsFromJson } from '../../../src/testing/synth-documents';
import { validateHarnessPipeline } from '../../../src/testing/harness-schema';
import { at, buildConfiguration, type Configuration } from './configurations';

/** What one configuration synthesizes to: the JSON text, its documents, and the escaped string attributes. */
export interface Synthesized {
  readonly json: string;
  readonly documents: Record<string, string>;
}

/** Synthesizes a configuration with validations on. */
export function synthesize(c: Configuration): Synthesized {
  const { stack } = buildConfiguration(c);
  const json = Testing.synth(stack, true);
  return { json, documents: documentsFromJson('fuzz', JSON.parse(json)) };
}

/**
 * The properties of one configuration, as a list of failures (empty when it holds): it synthesizes; a second,
 * independently built app gives the same bytes; every pipeline validates against the official schema; every text
 * the configuration gave lands in its document, in NFC. (Terraform's evaluation of every escaped string is checked
 * by the caller: the jest suite's global round trip, or the fuzz script's own batches.)
 */
export function propertiesOf(c: Configuration): { failures: string[]; synthesized?: Synthesized } {
  let first: Synthesized;
  try {
    first = synthesize(c);
  } catch (e) {
    return { failures: [`synth threw: ${(e as Error).message}`] };
  }
  const failures: string[] = [];
  if (synthesize(c).json !== first.json) failures.push('two builds of the same configuration synthesize different bytes');
  for (const [key, yaml] of Object.entries(first.documents)) {
    if (!key.includes('/pipelines/')) continue;
    const result = validateHarnessPipeline(yaml);
    if (!result.valid) failures.push(`${key} is not schema-valid: ${result.errors.slice(0, 3).join('; ')}`);
  }
  const { intended } = buildConfiguration(c);
  for (const { document, path, text } of intended) {
    const yaml = first.documents[document];
    const found = yaml === undefined ? undefined : at(parse(yaml, { version: '1.1' }), path);
    if (found !== text) failures.push(`${document} ${path.join('.')}: expected ${JSON.stringify(text)}, found ${JSON.stringify(found)}`);
  }
  return { failures, synthesized: first };
}
