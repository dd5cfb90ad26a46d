import { fail } from '../core/errors';
import { decimalText } from '../core/number-text';
import type { WorkflowParameter } from './form-field';
import { FormValueType } from './ui-field';

/** What a value sent in the inputset is, as far as the library can tell. */
export enum InputsetValueKind {
  /** A text (a string field, a fixed text, or the result of a text filter, `join` or `pick`). */
  TEXT = 'text',
  /** A number (a number field or a fixed number). */
  NUMBER = 'number',
  /** A boolean (a boolean field or a fixed boolean). */
  BOOLEAN = 'boolean',
  /** A list (an array field not joined yet). */
  LIST = 'list',
  /** An object (an object field, or what `parseRepoUrl`/`parseEntityRef` return). */
  OBJECT = 'object',
}

/** A literal a filter takes. */
export type FilterArgument = string | number | boolean | readonly (string | number | boolean)[];

/** The parts `pick` reads of `parseRepoUrl` and `parseEntityRef`. */
const PICKABLE: Readonly<Record<string, readonly string[]>> = {
  parseRepoUrl: ['host', 'owner', 'repo', 'organization', 'workspace', 'project'],
  parseEntityRef: ['kind', 'namespace', 'name'],
};

interface Filter {
  readonly name: string;
  readonly args: readonly FilterArgument[];
}

const WHERE = 'inputset value';

/**
 * A value the trigger sends in its `inputset`, as typed Nunjucks: a form field passed through filters
 * (`InputsetValue.of(repoUrl).parseRepoUrl().pick('repo')` → `${{ parameters.repoUrl | parseRepoUrl | pick('repo') }}`)
 * or a fixed text. The contract reads it: what kind of value it is and, where the field has a fixed set of values,
 * every value it can take (docs/rules.md#contract-derived-inputs). Filters apply to the kind of value they take
 * (docs/rules.md#inputset-value-filters). Immutable: each filter returns a new value.
 * @see https://developer.harness.io/docs/internal-developer-portal/flows/create-workflow/flows-input
 */
export class InputsetValue {
  /** The value of a form field: `${{ parameters.<path> }}` (`${{ secrets.<id> }}` for a Secret field). */
  public static of(field: WorkflowParameter): InputsetValue {
    if (field === null || typeof field !== 'object' || !field.schema) {
      fail(WHERE, 'field', `${String(field)} is not a form field`, 'pass a FormField, WorkflowInput or ObjectField');
    }
    return new InputsetValue(field, undefined, [], kindOf(field.schema.type));
  }

  /** A fixed text the trigger always sends, e.g. the name of the workflow that runs a shared pipeline. */
  public static fixed(value: string | number | boolean): InputsetValue {
    if (!['string', 'number', 'boolean'].includes(typeof value) || (typeof value === 'number' && !Number.isFinite(value))) {
      fail(WHERE, 'fixed', `${JSON.stringify(value)} is not a text, number or boolean`, 'pass the text to send');
    }
    if (typeof value === 'string' && (value.includes('${{') || value.includes('<+'))) {
      fail(
        WHERE,
        'fixed',
        `'${value}' holds an expression; a fixed value is sent as it is`,
        'use InputsetValue.of(field) to send a form value',
      );
    }
    const kind =
      typeof value === 'number'
        ? InputsetValueKind.NUMBER
        : typeof value === 'boolean'
          ? InputsetValueKind.BOOLEAN
          : InputsetValueKind.TEXT;
    return new InputsetValue(undefined, text(value), [], kind);
  }

  private constructor(
    /** The form field read, if any. */
    public readonly field: WorkflowParameter | undefined,
    /** The fixed text, for a fixed value. */
    public readonly fixedText: string | undefined,
    private readonly filters: readonly Filter[],
    /** What the value is after the filters. */
    public readonly kind: InputsetValueKind,
  ) {}

  /** `| lower`. */
  public lower(): InputsetValue {
    return this.textFilter('lower', []);
  }

  /** `| upper`. */
  public upper(): InputsetValue {
    return this.textFilter('upper', []);
  }

  /** `| trim`. */
  public trim(): InputsetValue {
    return this.textFilter('trim', []);
  }

  /** `| replace('<from>', '<to>')`: every occurrence of `from`. */
  public replace(from: string, to: string): InputsetValue {
    if (typeof from !== 'string' || from === '') fail(WHERE, 'replace', 'the text to replace is empty', 'give the text to replace');
    if (typeof to !== 'string') fail(WHERE, 'replace', `${JSON.stringify(to)} is not a text`, "give the replacement text ('' to remove)");
    return this.textFilter('replace', [from, to]);
  }

  /** `| parseRepoUrl`: the parts of a RepoUrlPicker value (read one with {@link pick}). */
  public parseRepoUrl(): InputsetValue {
    return this.chain('parseRepoUrl', [], InputsetValueKind.TEXT, InputsetValueKind.OBJECT);
  }

  /** `| parseEntityRef`: the parts of an entity reference such as `group:default/sre` (read one with {@link pick}). */
  public parseEntityRef(): InputsetValue {
    return this.chain('parseEntityRef', [], InputsetValueKind.TEXT, InputsetValueKind.OBJECT);
  }

  /** `| pick('<part>')`: one part of what `parseRepoUrl` or `parseEntityRef` returned. */
  public pick(part: string): InputsetValue {
    const parser = this.filters[this.filters.length - 1]?.name;
    const parts = parser === undefined ? undefined : PICKABLE[parser];
    if (parts === undefined) {
      fail(
        WHERE,
        'pick',
        `pick reads a part of parseRepoUrl or parseEntityRef, but ${this.describe()} is not parsed`,
        'call .parseRepoUrl() or .parseEntityRef() first',
      );
    }
    if (!parts.includes(part)) fail(WHERE, 'pick', `${parser} has no part '${part}'`, `pick one of: ${parts.join(', ')}`);
    return this.chain('pick', [part], InputsetValueKind.OBJECT, InputsetValueKind.TEXT);
  }

  /** `| join('<separator>')` (`.join(',')` right after the field): a list as one text. */
  public join(separator = ','): InputsetValue {
    if (typeof separator !== 'string') fail(WHERE, 'join', `${JSON.stringify(separator)} is not a text`, "give the separator, e.g. ','");
    return this.chain('join', [separator], InputsetValueKind.LIST, InputsetValueKind.TEXT);
  }

  /** `| default(<value>)`: sent when the field has no value (left empty, or hidden by a condition). */
  public default(value: string | number | boolean): InputsetValue {
    if (!['string', 'number', 'boolean'].includes(typeof value))
      fail(WHERE, 'default', `${JSON.stringify(value)} is not a text, number or boolean`, 'pass the value to send');
    if (this.field === undefined) fail(WHERE, 'default', 'a fixed value always has a value', 'drop .default()');
    return new InputsetValue(this.field, undefined, [...this.filters, { name: 'default', args: [value] }], this.kind);
  }

  /**
   * The Nunjucks text sent.
   * @param whenAbsent value sent while the field is hidden by a condition; inserted as the first filter
   */
  public render(whenAbsent?: string | number | boolean): string {
    if (this.field === undefined) return this.fixedText!;
    let text = this.field.schema.reference();
    let filters = this.filters;
    if (whenAbsent !== undefined) {
      const list = this.field.schema.type === FormValueType.ARRAY;
      const fallback: FilterArgument = list ? (whenAbsent === '' ? [] : [whenAbsent]) : whenAbsent;
      filters = [{ name: 'default', args: [fallback] }, ...filters];
    } else if (filters[0]?.name === 'join') {
      text += `.join(${literal(filters[0].args[0])})`; // the form the Harness docs write
      filters = filters.slice(1);
    }
    for (const f of filters) text += ` | ${f.name}${f.args.length > 0 ? `(${f.args.map(literal).join(', ')})` : ''}`;
    return `\${{ ${text} }}`;
  }

  /**
   * Every text the value can be, when the field has a fixed set of values (an enum, a boolean) or the value is
   * fixed; `undefined` when it can be anything.
   * @param whenAbsent value sent while the field is hidden by a condition
   */
  public possibleValues(whenAbsent?: string | number | boolean): string[] | undefined {
    let values: string[] | undefined;
    if (this.field === undefined) values = [this.fixedText!];
    else if (this.field.schema.type === FormValueType.BOOLEAN) values = ['true', 'false'];
    else if (this.field.schema.type === FormValueType.ARRAY) values = undefined;
    else values = this.field.schema.enum?.map(text);
    if (values !== undefined && whenAbsent !== undefined) values = [...values, text(whenAbsent)];
    for (const f of this.filters) {
      if (values === undefined) return undefined;
      values = applyFilter(f, values);
    }
    return values === undefined ? undefined : [...new Set(values)];
  }

  /** `value` (the field's value) through the filters, or `undefined` when a filter cannot be computed here. */
  public apply(value: string): string | undefined {
    let values: string[] | undefined = [value];
    for (const f of this.filters) {
      if (values === undefined || f.name === 'default') continue;
      values = applyFilter(f, values);
    }
    return values?.[0];
  }

  /** The Nunjucks text, for messages. */
  public describe(): string {
    return this.field === undefined ? `the fixed value '${this.fixedText}'` : this.render();
  }

  private textFilter(name: string, args: readonly FilterArgument[]): InputsetValue {
    return this.chain(name, args, InputsetValueKind.TEXT, InputsetValueKind.TEXT);
  }

  private chain(name: string, args: readonly FilterArgument[], input: InputsetValueKind, output: InputsetValueKind): InputsetValue {
    if (this.kind !== input) {
      fail(WHERE, name, `${name} takes ${article(input)}, but ${this.describe()} is ${article(this.kind)}`, hint(name, this.kind));
    }
    for (const a of args) {
      if (typeof a === 'string' && (a.includes('}}') || a.includes('${{'))) {
        fail(WHERE, name, `'${a}' holds '}}' or '\${{', which would end or open the template`, 'use other text');
      }
    }
    return new InputsetValue(this.field, this.fixedText, [...this.filters, { name, args }], output);
  }
}

/**
 * What the trigger sends for a field hidden by a condition, unless told otherwise: its default, else `false` for a
 * boolean, else '' (an empty list for an array).
 */
export function absentFallback(field: WorkflowParameter): string | number | boolean {
  const d = field.schema.default;
  if (field.schema.type !== FormValueType.ARRAY && (typeof d === 'string' || typeof d === 'number' || typeof d === 'boolean')) return d;
  return field.schema.type === FormValueType.BOOLEAN ? false : '';
}

/** A value as the pipeline reads it: numbers without an exponent. */
function text(value: string | number | boolean): string {
  return typeof value === 'number' ? decimalText(value) : String(value);
}

function kindOf(type: FormValueType): InputsetValueKind {
  if (type === FormValueType.NUMBER) return InputsetValueKind.NUMBER;
  if (type === FormValueType.BOOLEAN) return InputsetValueKind.BOOLEAN;
  if (type === FormValueType.ARRAY) return InputsetValueKind.LIST;
  if (type === FormValueType.OBJECT) return InputsetValueKind.OBJECT;
  return InputsetValueKind.TEXT;
}

function applyFilter(f: Filter, values: string[]): string[] | undefined {
  switch (f.name) {
    case 'lower':
      return values.map((v) => v.toLowerCase());
    case 'upper':
      return values.map((v) => v.toUpperCase());
    case 'trim':
      return values.map((v) => v.trim());
    case 'replace':
      return values.map((v) => v.split(String(f.args[0])).join(String(f.args[1])));
    case 'default':
      return [...values, text(f.args[0] as string | number | boolean)];
    default:
      return undefined;
  }
}

function article(kind: InputsetValueKind): string {
  return kind === InputsetValueKind.OBJECT ? 'an object' : kind === InputsetValueKind.LIST ? 'a list' : `a ${kind}`;
}

function hint(name: string, kind: InputsetValueKind): string {
  if (kind === InputsetValueKind.LIST) return `join the list first: .join(',').${name}()`;
  if (kind === InputsetValueKind.OBJECT) return `pick a part first: .pick('...')`;
  return name === 'join' ? 'join reads an array field' : `apply ${name} to a text field`;
}

/** A Nunjucks literal: quoted text (with `\` and `'` escaped), a number, a boolean, or a list of them. */
function literal(value: FilterArgument): string {
  if (Array.isArray(value)) return `[${value.map((v) => literal(v)).join(', ')}]`;
  if (typeof value === 'number') return decimalText(value);
  return typeof value === 'string' ? `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'` : String(value);
}
