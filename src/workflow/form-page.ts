import { describeValue, optionalArray, requireProps } from '../core/arguments';
import { fail, type ValidationProblem } from '../core/errors';
import { clonePlain } from '../core/object';
import { type FormCondition, checkConditionKeys, conditionProblems } from './form-condition';
import { checkDefinitions, type FormDefinition, renderDefinitions } from './form-definition';
import { renderFieldList, type WorkflowParameter } from './form-field';
import type { ParameterKey } from './parameter-key';

/** Page-level keys a HarnessUserGroupPicker on the page follows. */
export interface PickerDependencies {
  /** The HarnessOrgPicker field (`dependencies.orgPickerKey`). @default - none */
  readonly orgPicker?: ParameterKey;
  /** The HarnessProjectPicker field (`dependencies.projectPickerKey`). @default - none */
  readonly projectPicker?: ParameterKey;
}

/** `type` of a page: a page is a JSON-schema object. */
export enum FormPageType {
  /** `object`: the only type a page has. */
  OBJECT = 'object',
}

/** Props of a {@link FormPage}. */
export interface FormPageProps {
  /** Page title (the step label of the form). */
  readonly title: string;
  /** Text under the page title. @default - none */
  readonly description?: string;
  /** `type: object`, as many Harness examples write it (react-jsonschema-form assumes it). @default - not written */
  readonly type?: FormPageType;
  /** Fields in display order; more can be added with {@link FormPage.addInput}. @default [] */
  readonly inputs?: readonly WorkflowParameter[];
  /** Org/project pickers a HarnessUserGroupPicker on this page follows. @default - none */
  readonly pickerDependencies?: PickerDependencies;
  /**
   * Fields that appear only while another field of the page has a value (`dependencies.<field>`, typed), e.g.
   * `FormCondition.oneOf(environment, [...])` (docs/rules.md#form-conditions). @default - none
   */
  readonly conditions?: readonly FormCondition[];
  /**
   * Schemas stored on the page for `$ref` (`new RefField(id, definition)`), e.g. `myregion/operation`
   * (docs/rules.md#form-definitions). @default - none
   */
  readonly definitions?: readonly FormDefinition[];
  /**
   * JSON-schema `dependencies` of the page (conditional fields with `oneOf`/`allOf`/`anyOf`), keyed by the
   * controlling field. Rendered next to `properties` (docs/rules.md#page-dependencies). @default - none
   */
  readonly dependencies?: Readonly<Record<string, unknown>>;
  /**
   * Escape hatch: further JSON-schema or `ui:*` keys of the page, rendered last (they win over typed keys),
   * e.g. `{ 'ui:order': ['name', '*'] }`. @default - none
   */
  readonly extraProperties?: Readonly<Record<string, unknown>>;
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
  private readonly conditionList: readonly FormCondition[];
  private readonly definitionList: readonly FormDefinition[];
  private readonly props: FormPageProps;

  /** Creates the page; title and inputs are checked at once. */
  constructor(props: FormPageProps) {
    requireProps(props, 'new FormPage', "new FormPage({ title: 'Service', inputs: [name, owner] })");
    if (typeof props.title !== 'string' || props.title.trim() === '') {
      fail('form page', 'title', 'the page has no title', 'give every page a title; it labels the form step');
    }
    if (props.type !== undefined && !Object.values(FormPageType).includes(props.type)) {
      fail(
        `form page '${props.title}'`,
        'type',
        `'${String(props.type)}' is not a page type`,
        "use FormPageType.OBJECT ('object'), or leave it out",
      );
    }
    this.title = props.title;
    this.description = props.description;
    this.props = props;
    this.conditionList = checkConditionKeys(`form page '${props.title}'`, props.conditions);
    this.definitionList = checkDefinitions(`form page '${props.title}'`, props.definitions);
    const inputs = optionalArray<WorkflowParameter>(props.inputs, this.describe(), 'inputs', 'pass a list of fields, e.g. [name, owner]');
    if (inputs) this.addInput(...inputs);
  }

  /** Appends fields, in display order. */
  public addInput(...inputs: WorkflowParameter[]): this {
    for (const i of inputs) {
      if (i === null || typeof i !== 'object' || typeof (i as { id?: unknown }).id !== 'string') {
        fail(
          this.describe(),
          'inputs',
          `expects a WorkflowInput or FormField, got ${describeValue(i)}`,
          "pass fields made with WorkflowInput.string('name', {...}) or FormField.*",
        );
      }
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

  /** The conditions of the page (fields shown only while another field has a value). */
  public get conditions(): readonly FormCondition[] {
    return this.conditionList;
  }

  /** The schemas stored on the page for `$ref`. */
  public get definitions(): readonly FormDefinition[] {
    return this.definitionList;
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
    const deps = this.props.dependencies ?? {};
    const ids = this.fieldList.map((f) => f.id);
    const problems = conditionProblems(path, at, ids, this.conditionList, Object.keys(deps));
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
          problem:
            `dependencies key '${key}' is not a field of this page ` +
            '(dependencies are keyed by the controlling field and sit next to properties)',
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
      problems.push(...schemaDependencyProblems(path, field, value));
    }
    return problems;
  }

  /**
   * Renders the page. `leading` fields (the session token) are placed first.
   */
  public toObject(leading: readonly WorkflowParameter[] = []): Record<string, unknown> {
    const fields = [...leading, ...this.fieldList];
    const pickers = this.props.pickerDependencies;
    const dependencies: Record<string, unknown> = {
      ...(pickers?.orgPicker ? { orgPickerKey: pickers.orgPicker.id } : {}),
      ...(pickers?.projectPicker ? { projectPickerKey: pickers.projectPicker.id } : {}),
      ...Object.fromEntries(this.conditionList.map((c) => [c.controller.id, c.render()])),
      ...(this.props.dependencies ? clonePlain(this.props.dependencies) : {}),
    };
    const out: Record<string, unknown> = { title: this.title };
    if (this.description !== undefined) out.description = this.description;
    if (this.props.type !== undefined) out.type = this.props.type;
    Object.assign(out, renderFieldList(fields, 'required-first'));
    if (Object.keys(dependencies).length > 0) out.dependencies = dependencies;
    renderDefinitions(out, this.definitionList);
    if (this.props.extraProperties) Object.assign(out, clonePlain(this.props.extraProperties));
    return out;
  }
}

/** A schema dependency: an object whose `oneOf`/`allOf`/`anyOf` are lists of branches of schema keywords. */
function schemaDependencyProblems(path: string, field: string, value: unknown): ValidationProblem[] {
  if (value === null || typeof value !== 'object') {
    return [
      {
        path,
        field,
        problem: 'a dependency must be a list of field names or a schema (oneOf/allOf/anyOf)',
        fix: 'give a list or an object',
      },
    ];
  }
  const problems: ValidationProblem[] = [];
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
  return problems;
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
