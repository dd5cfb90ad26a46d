import { fail, type ValidationProblem } from '../core/errors';
import { clonePlain } from '../core/object';
import type { WorkflowParameter } from './form-field';
import type { ParameterKey } from './ui-field';

/** Page-level keys a HarnessUserGroupPicker on the page follows. */
export interface PickerDependencies {
  /** The HarnessOrgPicker field (`dependencies.orgPickerKey`). @default - none */
  readonly orgPicker?: ParameterKey;
  /** The HarnessProjectPicker field (`dependencies.projectPickerKey`). @default - none */
  readonly projectPicker?: ParameterKey;
}

/** Props of a {@link FormPage}. */
export interface FormPageProps {
  /** Page title (the step label of the form). */
  readonly title: string;
  /** Text under the page title. @default - none */
  readonly description?: string;
  /** Fields in display order; more can be added with {@link FormPage.addInput}. @default [] */
  readonly inputs?: readonly WorkflowParameter[];
  /** Org/project pickers a HarnessUserGroupPicker on this page follows. @default - none */
  readonly pickerDependencies?: PickerDependencies;
  /**
   * JSON-schema `dependencies` of the page (conditional fields with `oneOf`/`allOf`/`anyOf`), keyed by the
   * controlling field. Rendered next to `properties` (docs/rules.md#page-dependencies). @default - none
   */
  readonly dependencies?: Readonly<Record<string, unknown>>;
}

/** JSON-schema keywords that may appear in a `oneOf`/`allOf`/`anyOf` branch of `dependencies`. */
const BRANCH_KEYWORDS: readonly string[] = [
  'properties',
  'required',
  'dependencies',
  'if',
  'then',
  'else',
  'title',
  'description',
  'type',
  'oneOf',
  'allOf',
  'anyOf',
  'not',
];

/**
 * A page of the workflow form: `{ title, description, required, properties, dependencies }`. `required`
 * is computed from the fields' `required`.
 */
export class FormPage {
  /** The page title. */
  public readonly title: string;
  /** The text under the title, if any. */
  public readonly description?: string;
  private readonly fieldList: WorkflowParameter[] = [];
  private readonly props: FormPageProps;

  /** Creates the page; title and inputs are checked at once. */
  constructor(props: FormPageProps) {
    if (typeof props.title !== 'string' || props.title.trim() === '') {
      fail('form page', 'title', 'the page has no title', 'give every page a title; it labels the form step');
    }
    this.title = props.title;
    this.description = props.description;
    this.props = props;
    if (props.inputs) this.addInput(...props.inputs);
  }

  /** Appends fields, in display order. */
  public addInput(...inputs: WorkflowParameter[]): this {
    for (const i of inputs) {
      const dup = this.fieldList.find((f) => f.id === i.id);
      if (dup) fail(this.describe(), `properties.${i.id}`, `property '${i.id}' is declared twice on the page`, 'declare each field once');
      this.fieldList.push(i);
    }
    return this;
  }

  /** The fields of the page, in order. */
  public get inputs(): readonly WorkflowParameter[] {
    return this.fieldList;
  }

  /** The picker dependencies of the page. */
  public get pickerDependencies(): PickerDependencies | undefined {
    return this.props.pickerDependencies;
  }

  /** Where the page is, for messages. */
  public describe(): string {
    return `form page '${this.title}'`;
  }

  /**
   * Checks the raw `dependencies` (docs/rules.md#page-dependencies): each key is a field of this page, and each `oneOf`/`allOf`/`anyOf`
   * branch holds only schema keywords (`properties`, `required`, ...), i.e. is indented correctly.
   * @param at field path of this page in the document, e.g. `spec.parameters[1]`
   */
  public validate(path: string, at: string): ValidationProblem[] {
    const problems: ValidationProblem[] = [];
    const deps = this.props.dependencies ?? {};
    const ids = this.fieldList.map((f) => f.id);
    for (const [key, value] of Object.entries(deps)) {
      const field = `${at}.dependencies.${key}`;
      if (key === 'orgPickerKey' || key === 'projectPickerKey') {
        problems.push({
          path,
          field,
          problem: `'${key}' is a picker dependency`,
          fix: 'set it with pickerDependencies, which checks the picker field',
        });
        continue;
      }
      if (!ids.includes(key)) {
        problems.push({
          path,
          field,
          problem: `dependencies key '${key}' is not a field of this page (dependencies are keyed by the controlling field and sit next to properties)`,
          fix: `use one of: ${ids.join(', ') || '(no fields)'}, or move the dependency to the page that has '${key}'`,
        });
      }
      if (Array.isArray(value)) {
        for (const v of value) {
          if (typeof v !== 'string' || !ids.includes(v)) {
            problems.push({
              path,
              field,
              problem: `'${String(v)}' is not a field of this page`,
              fix: `list fields of this page: ${ids.join(', ')}`,
            });
          }
        }
        continue;
      }
      if (value === null || typeof value !== 'object') {
        problems.push({
          path,
          field,
          problem: 'a dependency must be a list of field names or a schema (oneOf/allOf/anyOf)',
          fix: 'give a list or an object',
        });
        continue;
      }
      for (const kw of ['oneOf', 'allOf', 'anyOf']) {
        const branches = (value as Record<string, unknown>)[kw];
        if (branches === undefined) continue;
        if (!Array.isArray(branches)) {
          problems.push({
            path,
            field: `${field}.${kw}`,
            problem: `${kw} must be a list of branches`,
            fix: `write ${kw}: [ { properties: {...}, required: [...] } ]`,
          });
          continue;
        }
        branches.forEach((b, i) => problems.push(...checkBranch(path, `${field}.${kw}[${i}]`, b)));
      }
    }
    return problems;
  }

  /**
   * Renders the page. `leading` fields (the session token) are placed first.
   */
  public toObject(leading: readonly WorkflowParameter[] = []): Record<string, unknown> {
    const fields = [...leading, ...this.fieldList];
    const required = fields.filter((f) => f.schema.required).map((f) => f.id);
    const pickers = this.props.pickerDependencies;
    const dependencies: Record<string, unknown> = {
      ...(pickers?.orgPicker ? { orgPickerKey: pickers.orgPicker.id } : {}),
      ...(pickers?.projectPicker ? { projectPickerKey: pickers.projectPicker.id } : {}),
      ...(this.props.dependencies ? clonePlain(this.props.dependencies) : {}),
    };
    const out: Record<string, unknown> = { title: this.title };
    if (this.description !== undefined) out.description = this.description;
    if (required.length > 0) out.required = required;
    out.properties = Object.fromEntries(fields.map((f) => [f.id, f.schema.toProperty()]));
    if (Object.keys(dependencies).length > 0) out.dependencies = dependencies;
    return out;
  }
}

function checkBranch(path: string, field: string, branch: unknown): ValidationProblem[] {
  if (branch === null || typeof branch !== 'object' || Array.isArray(branch)) {
    return [
      { path, field, problem: 'a branch must be an object with properties/required', fix: 'write { properties: {...}, required: [...] }' },
    ];
  }
  const problems: ValidationProblem[] = [];
  for (const [k, v] of Object.entries(branch as Record<string, unknown>)) {
    if (!BRANCH_KEYWORDS.includes(k)) {
      problems.push({
        path,
        field: `${field}.${k}`,
        problem: `'${k}' is not a schema keyword; a field definition at this level is mis-indented`,
        fix: `move '${k}' under the branch's properties (oneOf: [ { properties: { ${k}: ... } } ])`,
      });
    }
    if (k === 'required' && (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))) {
      problems.push({
        path,
        field: `${field}.required`,
        problem: 'required must be a list of field names',
        fix: 'write required: [name, ...] at the level of properties',
      });
    }
    if (k === 'properties' && (v === null || typeof v !== 'object' || Array.isArray(v))) {
      problems.push({
        path,
        field: `${field}.properties`,
        problem: 'properties must be a map of fields',
        fix: 'write properties: { name: { type: string } }',
      });
    }
  }
  return problems;
}
