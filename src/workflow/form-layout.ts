import type { ConditionalFields, WorkflowParameter } from './form-field';

/** What the walker reads of a page (a `FormPage`). */
export interface PageFields {
  /** The page's fields, in order. */
  readonly inputs: readonly WorkflowParameter[];
  /** The page's conditions. */
  readonly conditions: readonly ConditionalFields[];
}

/** Where a field sits in the form. */
export interface FieldPlacement {
  /** The field. */
  readonly field: WorkflowParameter;
  /** Index of its page. */
  readonly page: number;
  /**
   * Location of its property in the document, e.g. `spec.parameters[0].properties.env` or
   * `spec.parameters[0].dependencies.env.oneOf[1].properties.env_type`.
   */
  readonly at: string;
  /** True when the field is shown only while a condition holds (it sits in a condition, or in such a field). */
  readonly conditional: boolean;
  /** The condition and branch the field is listed in, if it is listed in one directly. */
  readonly branch?: { readonly condition: ConditionalFields; readonly index: number };
}

/**
 * Every field of the form, page by page, depth first: the page's fields and the fields of its object fields, then
 * the fields of its conditions. A field listed in several branches of a condition is placed once per branch.
 */
export function placeFields(pages: readonly PageFields[]): FieldPlacement[] {
  const out: FieldPlacement[] = [];
  pages.forEach((page, i) => visitContainer(out, i, `spec.parameters[${i}]`, page.inputs, page.conditions, false));
  return out;
}

/** The distinct fields of the placements, in order. */
export function placedFields(placements: readonly FieldPlacement[]): WorkflowParameter[] {
  return [...new Set(placements.map((p) => p.field))];
}

function visitContainer(
  out: FieldPlacement[],
  page: number,
  at: string,
  fields: readonly WorkflowParameter[],
  conditions: readonly ConditionalFields[],
  conditional: boolean,
): void {
  for (const f of fields) visitField(out, { field: f, page, at: `${at}.properties.${f.id}`, conditional });
  for (const c of conditions) {
    c.branches.forEach((b, index) => {
      const branchPath = c.branchPath(index);
      const base = `${at}.dependencies.${c.controller.id}${branchPath ? `.${branchPath}` : ''}`;
      for (const f of b.fields) {
        visitField(out, { field: f, page, at: `${base}.properties.${f.id}`, conditional: true, branch: { condition: c, index } });
      }
    });
  }
}

function visitField(out: FieldPlacement[], placement: FieldPlacement): void {
  out.push(placement);
  const content = placement.field.schema.content;
  if (content) visitContainer(out, placement.page, placement.at, content.fields, content.conditions, placement.conditional);
}
