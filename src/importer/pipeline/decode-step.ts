import { isRecord } from '../is-record';
import { allowedStagesFor, stageTypeArticle } from '../../pipeline/compatibility';
import { type Code, lit } from '../code';
import { str } from '../fields';
import type { ImportSession, YamlPath } from '../session';
import { stepDecoderFor } from '../steps';
import { decodeSpec, type PropEntries } from '../steps/step-decoder';
import { construct } from './construct';
import { failureStrategies, timeout, when } from './envelope';

/** Where a step sits: its YAML path (to the `step` node), its expression path and the stage type. */
export interface StepPlace {
  readonly path: YamlPath;
  readonly expressionPath: string;
  readonly stageType?: string;
}

/** The envelope props of a step or step group: identifier, name, description, timeout, when, failureStrategies. */
export function envelope(node: Record<string, unknown>, session: ImportSession, group = false): PropEntries {
  const scope = session.scope();
  const id = node.identifier;
  const identifier = typeof id === 'string' && /^[a-zA-Z_][0-9a-zA-Z_]{0,127}$/.test(id) ? id : 'imported_step';
  return [
    ['identifier', lit(identifier)],
    ['name', typeof node.name === 'string' && node.name !== identifier ? lit(node.name) : undefined],
    ['description', group ? undefined : str(node.description, scope)],
    ['timeout', group ? undefined : timeout(node.timeout, scope)],
    ['when', node.when === undefined ? undefined : when('stageStatus')(node.when, scope)],
    ['failureStrategies', node.failureStrategies === undefined ? undefined : failureStrategies(node.failureStrategies, scope)],
  ];
}

/** The reason a typed step class cannot be used here (the stage/step matrix), if any. */
function placementProblem(type: string, stageType: string | undefined, identifier: string): string | undefined {
  const allowed = allowedStagesFor(type);
  if (stageType === undefined || allowed === undefined || (allowed as readonly string[]).includes(stageType)) return undefined;
  const where = `${stageTypeArticle(stageType)} ${stageType} stage (allowed in: ${allowed.join(', ')})`;
  return `step '${identifier}': type: step type '${type}' is not allowed in ${where}. Fix: move the step to a stage that allows it`;
}

/** Declares one step: its typed class when the library has one, else a `GenericStep` (spec as overrides). */
export function decodeStep(node: Record<string, unknown>, place: StepPlace, session: ImportSession): Code {
  const type = typeof node.type === 'string' ? node.type : 'Unknown';
  const decoder = stepDecoderFor(type);
  const base = envelope(node, session);
  const identifier = String(node.identifier);
  const misplaced = decoder ? placementProblem(type, place.stageType, identifier) : undefined;
  const messages: string[] = misplaced ? [misplaced] : [];
  let code: Code | undefined;
  if (decoder && !misplaced) {
    const spec = isRecord(node.spec) ? node.spec : {};
    const aliases = Object.fromEntries(
      Object.entries(decoder.spec).flatMap(([k, r]) => (typeof r === 'function' ? [] : [[k, r.prop] as const])),
    );
    const built = construct(
      session,
      identifier,
      decoder.className,
      [...base, ...decodeSpec(decoder, spec, session.scope())],
      aliases,
      'Step',
    );
    messages.push(...built.messages);
    code = built.code;
  }
  if (code === undefined) {
    const generic = construct(session, identifier, 'GenericStep', [...base, ['type', lit(type)]], {}, 'Step');
    messages.push(...generic.messages);
    code = generic.code;
    if (code === undefined) throw new Error(`importer: step '${identifier}' cannot be built: ${messages.join('; ')}`);
  }
  for (const m of messages) session.todo(m, code);
  session.owners.push({ path: place.path, name: (code as { name: string }).name, kind: 'step', identifier });
  session.addStep(place.expressionPath, code);
  return code;
}
