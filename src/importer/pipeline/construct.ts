import { formatProblem, ValidationError } from '../../core/errors';
import { validateIdentifier } from '../../core/identifier';
import { type Code, newOf, obj, sym } from '../code';
import type { ImportSession } from '../session';
import type { PropEntries } from '../steps/step-decoder';

/** The messages of an error the library threw while the importer built an object. */
export function messagesOf(e: unknown): string[] {
  if (e instanceof ValidationError) return e.problems.map(formatProblem);
  return [e instanceof Error ? e.message : String(e)];
}

/** The prop an error names: the last segment of its field (`spec.repository` → `repository`). */
function fieldOf(e: unknown): string | undefined {
  if (!(e instanceof ValidationError)) return undefined;
  const segments = e.field.replace(/\[\d+\]/g, '').split('.');
  return segments[segments.length - 1];
}

/**
 * Declares `new <className>({...entries})`. When the library rejects a value, the prop it names is left out (the
 * comparison then writes the field as an override) and the message becomes a TODO above the declaration; returns
 * undefined when the object cannot be built at all.
 * @param aliases spec key → prop, for errors that name the spec key
 */
export function construct(
  session: ImportSession,
  hint: string,
  className: string,
  entries: PropEntries,
  aliases: Readonly<Record<string, string>> = {},
  suffix = '',
  wrap: (code: Code) => Code = (c) => c,
): { code?: Code; messages: string[] } {
  const props = entries.filter((e) => e[1] !== undefined);
  const messages: string[] = [];
  for (let attempt = 0; attempt <= props.length; attempt++) {
    try {
      const code = session.body.declare(hint, wrap(newOf(sym(className), obj(props))), [], suffix);
      return { code, messages };
    } catch (e) {
      messages.push(...messagesOf(e));
      const field = fieldOf(e);
      const prop = field === undefined ? undefined : (aliases[field] ?? field);
      const i = props.findIndex(([p]) => p === prop);
      if (i < 0 || prop === 'identifier') return { messages };
      props.splice(i, 1);
    }
  }
  return { messages };
}

/**
 * The identifier to build an object with: the given one when the library accepts it, else a usable one (the
 * comparison then overrides the field with the given text) and the library's message.
 */
export function usableIdentifier(id: string, where: string): { identifier: string; message?: string } {
  try {
    validateIdentifier(id, where);
    return { identifier: id };
  } catch (e) {
    const fixed =
      id
        .replace(/[^0-9a-zA-Z_]/g, '_')
        .replace(/^([0-9])/, '_$1')
        .slice(0, 128) || 'imported';
    return { identifier: fixed, message: messagesOf(e).join('; ') };
  }
}
