import { fail, type ValidationProblem } from '../core/errors';
import type { Expression } from '../core/expression';
import { compact } from '../core/object';
import { PipelineVariable } from '../pipeline/variable';
import { FieldSchema, type WorkflowParameter } from './form-field';
import type { FieldPlacement } from './form-layout';
import { WorkflowExpression } from './workflow-expression';

/** Page keys a definition cannot take: the keys of the page schema itself. */
const PAGE_KEYS: readonly string[] = [
  'title',
  'description',
  'type',
  'required',
  'properties',
  'dependencies',
  'oneOf',
  'allOf',
  'anyOf',
  'not',
  'if',
  'then',
  'else',
  'items',
  'enum',
  'default',
  '$ref',
];

/**
 * A schema stored on a page and reused with `$ref` (docs/rules.md#form-definitions), e.g. `new FormDefinition(
 * 'myregion/operation', regionObject)` renders the page key `myregion: { operation: {...} }`, referenced as
 * `$ref: '#/myregion/operation'` by a {@link RefField}. A `$ref` resolves within its page: list the definition on
 * the page of every field that references it. It holds form-only fields: read its values with derived inputs.
 */
export class FormDefinition {
  /** The path segments below the page. */
  public readonly segments: readonly string[];

  /**
   * Creates the definition; a path that is not `/`-joined names, that starts with a key of the page schema, or a
   * field that feeds a pipeline variable throws a `ValidationError`.
   */
  constructor(
    /** Where the schema is stored below the page, segments joined with `/`. */
    public readonly path: string,
    /** The schema: a form field (often an `ObjectField`). */
    public readonly field: WorkflowParameter,
  ) {
    const where = `form definition '${path}'`;
    const segments = typeof path === 'string' ? path.split('/') : [];
    if (segments.length === 0 || segments.some((s) => !/^[A-Za-z_][A-Za-z0-9_-]*$/.test(s))) {
      fail(where, 'path', `'${path}' is not a definition path`, "use names joined by '/', e.g. 'myregion/operation'");
    }
    if (PAGE_KEYS.includes(segments[0]) || segments[0].startsWith('ui')) {
      fail(
        where,
        'path',
        `'${segments[0]}' is a key of the page schema itself`,
        "store definitions under a key of their own, e.g. 'definitions/operation'",
      );
    }
    if (field === null || typeof field !== 'object' || !field.schema)
      fail(where, 'field', `${String(field)} is not a form field`, 'pass a FormField or ObjectField');
    const input = feedsPipeline(field);
    if (input) {
      fail(
        where,
        'field',
        `${input.describe()} feeds a pipeline variable, but a definition has no parameter path of its own`,
        'use FormFields in definitions, and derived inputs to send their values',
      );
    }
    this.segments = segments;
  }

  /** The `$ref` text: `#/<path>`. */
  public get ref(): string {
    return `#/${this.path}`;
  }
}

/** Props of a {@link RefField}. */
export interface RefFieldProps {
  /** A label next to `$ref` (react-jsonschema-form shows it over the definition's). @default - the definition's title */
  readonly title?: string;
  /** A description next to `$ref`. @default - the definition's */
  readonly description?: string;
  /** Listed in `required`. @default true */
  readonly required?: boolean;
}

/** A field whose schema is a {@link FormDefinition} of its page: `{ $ref: '#/<path>' }`. Form-only. */
export class RefField implements WorkflowParameter {
  public readonly schema: FieldSchema;

  /** Creates a form-only field whose schema is `{ $ref: '#/<definition path>' }`. */
  constructor(
    /** Property key of the field. */
    public readonly id: string,
    /** The definition the field references; list it in the `definitions` of the field's page. */
    public readonly definition: FormDefinition,
    props: RefFieldProps = {},
  ) {
    const where = `form field '${id}'`;
    if (!(definition instanceof FormDefinition))
      fail(where, '$ref', `${String(definition)} is not a FormDefinition`, 'pass new FormDefinition(path, field)');
    const own = { title: props.title ?? definition.field.schema.title, description: props.description, required: props.required };
    const render = () => compact({ $ref: definition.ref, title: props.title, description: props.description });
    this.schema = new FieldSchema(id, definition.field.schema.type, own, where, { fields: [], conditions: [], render });
  }

  /** `${{ parameters.<path> }}`. */
  public get parameter(): Expression {
    return new WorkflowExpression(this.schema.parameterText());
  }

  public describe(): string {
    return `form field '${this.id}'`;
  }
}

/** Definitions of one page: no two at one path, none below another. */
export function checkDefinitions(where: string, definitions: readonly FormDefinition[] | undefined): readonly FormDefinition[] {
  const list = definitions ?? [];
  for (const d of list) {
    if (!(d instanceof FormDefinition))
      fail(where, 'definitions', `${String(d)} is not a FormDefinition`, 'pass new FormDefinition(path, field)');
    const clash = list.find((o) => o !== d && (o.path === d.path || o.path.startsWith(`${d.path}/`)));
    if (clash)
      fail(where, `definitions`, `definitions '${d.path}' and '${clash.path}' overlap`, 'store each definition at a path of its own');
  }
  return [...list];
}

/** Writes the definitions into a rendered page. */
export function renderDefinitions(page: Record<string, unknown>, definitions: readonly FormDefinition[]): void {
  for (const d of definitions) {
    let node = page;
    for (const s of d.segments.slice(0, -1)) {
      if (node[s] === undefined) node[s] = {};
      node = node[s] as Record<string, unknown>;
    }
    node[d.segments[d.segments.length - 1]] = d.field.schema.toProperty();
  }
}

/** A `$ref` resolves within its page: the definition is listed on the page of the field (docs/rules.md#form-definitions). */
export function refProblems(
  path: string,
  placements: readonly FieldPlacement[],
  definitionsOf: (page: number) => readonly FormDefinition[],
  pageName: (page: number) => string,
): ValidationProblem[] {
  return placements
    .filter((p) => p.field instanceof RefField && !definitionsOf(p.page).includes((p.field as RefField).definition))
    .map((p) => ({
      path,
      field: `${p.at}.$ref`,
      problem:
        `'${(p.field as RefField).definition.ref}' points at a definition that ${pageName(p.page)} does not hold; ` +
        'a $ref resolves within its page',
      fix: `add the FormDefinition to the definitions of ${pageName(p.page)}`,
    }));
}

/** The first field in `field` (or itself) that feeds a pipeline variable. */
function feedsPipeline(field: WorkflowParameter): WorkflowParameter | undefined {
  if (field instanceof PipelineVariable) return field;
  const content = field.schema.content;
  if (!content) return undefined;
  for (const f of [...content.fields, ...content.conditions.flatMap((c) => c.branches.flatMap((b) => b.fields))]) {
    const found = feedsPipeline(f);
    if (found) return found;
  }
  return undefined;
}
