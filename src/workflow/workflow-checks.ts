import type { ValidationProblem } from '../core/errors';
import { isCatalogName, isCatalogTag, suggestCatalogTag } from '../core/catalog-naming';
import type { DerivedInput } from './derived-input';
import type { WorkflowParameter } from './form-field';
import type { FormPage } from './form-page';
import { placeFields } from './form-layout';
import { placementProblems } from './form-structure';
import { refProblems } from './form-definition';
import type { PipelineTrigger } from './trigger-step';
import { TriggerAuthMode } from './trigger-auth';
import { UiFieldName } from './ui-field';

/** What the structural checks read of a workflow (the {@link Workflow} model). */
export interface CheckedWorkflow {
  /** The step that runs the pipeline. */
  readonly trigger: PipelineTrigger;
  /** The form pages, in order. */
  readonly pages: readonly FormPage[];
  /** Every form field, page by page (without the token field the trigger adds). */
  readonly fields: readonly WorkflowParameter[];
  /** The derived inputs, in order. */
  readonly derivedInputs: readonly DerivedInput[];
  /** Where the workflow is, for messages. */
  describe(): string;
}

/** The token field in use and where it goes: `leading` when the workflow puts it first on page 1. */
export interface TokenPlacement {
  readonly field?: WorkflowParameter;
  readonly leading: boolean;
}

/** The token field in use and where it goes (docs/rules.md#token-field-first-page). */
export function tokenPlacement(workflow: CheckedWorkflow, problems: ValidationProblem[]): TokenPlacement {
  const auth = workflow.trigger.auth;
  if (auth.mode !== TriggerAuthMode.USER_TOKEN) return { leading: false };
  const declared: Array<{ field: WorkflowParameter; page: number }> = [];
  workflow.pages.forEach((p, i) =>
    p.inputs.forEach((f) => {
      if (f.schema.isAuthToken) declared.push({ field: f, page: i });
    }),
  );
  if (declared.length > 1) {
    problems.push({
      path: workflow.describe(),
      field: 'spec.parameters',
      problem: `${declared.length} HarnessAuthToken fields (${declared.map((d) => d.field.id).join(', ')})`,
      fix: 'declare one token field, on page 1',
    });
  }
  const explicit = auth.tokenFieldExplicit ? auth.tokenField! : undefined;
  const chosen = explicit ? declared.find((d) => d.field === explicit) : declared[0];
  if (chosen) {
    if (chosen.page !== 0) {
      problems.push({
        path: workflow.describe(),
        field: `spec.parameters[${chosen.page}].properties.${chosen.field.id}`,
        problem: `the HarnessAuthToken field is on page ${chosen.page + 1}; it must be on the first page, or the pipeline is not executed`,
        fix: 'move the token field to page 1 (or leave it out: TriggerAuth.userToken() adds it there)',
      });
    }
    return { field: chosen.field, leading: false };
  }
  if (explicit && declared.length > 0) {
    problems.push({
      path: workflow.describe(),
      field: `spec.parameters[${declared[0].page}].properties.${declared[0].field.id}`,
      problem:
        `the trigger uses token field '${explicit.id}', ` + `but the form already has HarnessAuthToken field '${declared[0].field.id}'`,
      fix: `pass that field to TriggerAuth.userToken({ field }), or remove it from the page`,
    });
  }
  const field = explicit ?? auth.tokenField!;
  problems.push(...tokenClash(workflow, field));
  return { field, leading: true };
}

/** A field of the form that already uses the key of the token field the trigger adds. */
function tokenClash(workflow: CheckedWorkflow, field: WorkflowParameter): ValidationProblem[] {
  const clash = workflow.fields.find((f) => f.schema.path === field.id);
  if (!clash) return [];
  return [
    {
      path: workflow.describe(),
      field: `spec.parameters[0].properties.${field.id}`,
      problem: `the trigger needs the HarnessAuthToken field '${field.id}', but ${clash.describe()} already uses that key`,
      fix: `rename ${clash.describe()}, or pass TriggerAuth.userToken({ field: FormField.authToken('harness_token') })`,
    },
  ];
}

/** Structural rules across pages and fields. */
export function structuralProblems(workflow: CheckedWorkflow, token: TokenPlacement): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const path = workflow.describe();
  const pages = workflow.pages;
  if (pages.length === 0) {
    problems.push({
      path,
      field: 'spec.parameters',
      problem: 'the workflow has no form pages (spec.parameters is mandatory)',
      fix: 'add a FormPage with addPage()',
    });
  }
  pages.forEach((page, i) => {
    const at = `spec.parameters[${i}]`;
    if (page.inputs.length === 0 && !(i === 0 && token.leading)) {
      problems.push({ path, field: at, problem: `${page.describe()} has no fields`, fix: 'add fields to the page, or drop the page' });
    }
    problems.push(...page.validate(path, at));
  });
  const placements = placeFields(pages);
  problems.push(...placementProblems(path, placements, workflow.derivedInputs, token.field));
  problems.push(
    ...refProblems(
      path,
      placements,
      (i) => pages[i].definitions,
      (i) => pages[i].describe(),
    ),
  );
  const byId = new Map(workflow.fields.map((f) => [f.id, f]));
  problems.push(...autoOrgPickerProblems(path, pages, byId), ...pickerDependencyProblems(path, pages, byId));
  return problems;
}

/** HarnessAutoOrgPicker follows a HarnessProjectPicker named projectId, or projectPickerRef (docs/rules.md#auto-org-picker). */
function autoOrgPickerProblems(
  path: string,
  pages: readonly FormPage[],
  byId: ReadonlyMap<string, WorkflowParameter>,
): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  pages.forEach((page, i) =>
    page.inputs.forEach((f) => {
      const ui = f.schema.uiField;
      if (ui?.name !== UiFieldName.HARNESS_AUTO_ORG_PICKER) return;
      const refId = ui.projectPickerRef ?? 'projectId';
      const target = byId.get(refId);
      if (!target || target.schema.uiField?.name !== UiFieldName.HARNESS_PROJECT_PICKER) {
        problems.push({
          path,
          field: `spec.parameters[${i}].properties.${f.id}`,
          problem: ui.projectPickerRef
            ? `HarnessAutoOrgPicker follows '${refId}', which is not a HarnessProjectPicker field of this workflow`
            : 'HarnessAutoOrgPicker needs a HarnessProjectPicker field named projectId, and there is none',
          fix:
            "add a HarnessProjectPicker field named 'projectId', " +
            'or pass UiField.harnessAutoOrgPicker({ projectPickerRef: projectField })',
        });
      }
    }),
  );
  return problems;
}

/** Picker dependencies of pages name org/project picker fields. */
function pickerDependencyProblems(
  path: string,
  pages: readonly FormPage[],
  byId: ReadonlyMap<string, WorkflowParameter>,
): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  pages.forEach((page, i) => {
    const deps = page.pickerDependencies;
    const check = (key: 'orgPickerKey' | 'projectPickerKey', id: string | undefined, allowed: string[]): void => {
      if (id === undefined) return;
      const target = byId.get(id);
      if (!target || !allowed.includes(target.schema.uiField?.name ?? '')) {
        problems.push({
          path,
          field: `spec.parameters[${i}].dependencies.${key}`,
          problem: `'${id}' is not a ${allowed.join('/')} field of this workflow`,
          fix: `name a field that uses ${allowed.join(' or ')}`,
        });
      }
    };
    check('orgPickerKey', deps?.orgPicker?.id, [UiFieldName.HARNESS_ORG_PICKER, UiFieldName.HARNESS_AUTO_ORG_PICKER]);
    check('projectPickerKey', deps?.projectPicker?.id, [UiFieldName.HARNESS_PROJECT_PICKER]);
  });
  return problems;
}

/** Backstage catalog rules on `metadata.name` and tags (IDP 1.0 only). */
export function backstageProblems(path: string, identifier: string, tags: readonly string[]): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  if (!isCatalogName(identifier)) {
    problems.push({
      path,
      field: 'metadata.name',
      problem: `'${identifier}' is not a valid Backstage entity name (1-63 characters, letters or digits at both ends, then [-_.] allowed)`,
      fix: 'choose an identifier that starts and ends with a letter or digit and has at most 63 characters',
    });
  }
  for (const tag of tags) {
    if (!isCatalogTag(tag)) {
      problems.push({
        path,
        field: 'metadata.tags',
        problem:
          `'${tag}' is not a valid Backstage tag ` +
          "(lowercase letters, digits, ':', '+', '#', words joined by '-', at most 63 characters)",
        fix: `use for example '${suggestCatalogTag(tag)}'`,
      });
    }
  }
  return problems;
}
