import { fail, type ValidationProblem } from '../core/errors';
import { IDENTIFIER_PATTERN, validateIdentifier } from '../core/identifier';
import { isCatalogName } from '../core/catalog-naming';
import { compact } from '../core/object';
import { WorkflowFormat } from './workflow-format';

/** Labels of the Backstage form buttons (`spec.presentation.buttonLabels`). */
export interface WorkflowButtonLabels {
  /** The button that goes one page back. @default - Backstage's 'Back' */
  readonly backButtonText?: string;
  /** The button that runs the workflow. @default - Backstage's 'Create' */
  readonly createButtonText?: string;
  /** The button that opens the review page. @default - Backstage's 'Review' */
  readonly reviewButtonText?: string;
}

/**
 * `spec.presentation`: the texts of the form's header and buttons.
 * @see https://developer.harness.io/docs/internal-developer-portal/flows/create-workflow/flows-input
 */
export interface WorkflowPresentation {
  /** The header title of the form. @default - the workflow's name */
  readonly customTitle?: string;
  /** A subtitle below the header title. @default - none */
  readonly customSubTitle?: string;
  /** The text of the button that runs the workflow (Harness). @default - 'Create' */
  readonly customCreateButtonText?: string;
  /** Backstage button labels. @default - none */
  readonly buttonLabels?: WorkflowButtonLabels;
}

/**
 * Checks the workflow identifier when the workflow is created: a Harness identifier, or (for a workflow rendered
 * as an IDP 1.0 Backstage template) a Backstage entity name with `-`, which Backstage allows and IDP 2.0 does not
 * (docs/rules.md#workflow-identifier-idp1-hyphen).
 */
export function checkWorkflowIdentifier(identifier: string, where: string): void {
  if (typeof identifier === 'string' && identifier.includes('-') && isCatalogName(identifier)) return;
  validateIdentifier(identifier, where);
}

/** An identifier with `-` renders only as an IDP 1.0 template (docs/rules.md#workflow-identifier-idp1-hyphen). */
export function identifierFormatProblems(identifier: string, format: WorkflowFormat, path: string): ValidationProblem[] {
  if (format === WorkflowFormat.BACKSTAGE || IDENTIFIER_PATTERN.test(identifier)) return [];
  return [
    {
      path,
      field: 'identifier',
      problem: `'${identifier}' holds '-', which an IDP 1.0 Backstage template name allows but an IDP 2.0 identifier does not`,
      fix:
        'render the workflow as an IDP 1.0 template (WorkflowFormat.BACKSTAGE), ' +
        `or use the identifier '${identifier.replace(/-/g, '_')}'`,
    },
  ];
}

/** Checks `metadata.icon` and `spec.presentation` texts (docs/rules.md#workflow-envelope). */
export function checkMetadataTexts(where: string, icon: unknown, presentation: WorkflowPresentation | undefined): void {
  if (icon !== undefined && (typeof icon !== 'string' || icon.trim() === '')) {
    fail(where, 'metadata.icon', 'the icon is empty', "give an icon key, e.g. 'github', or leave it out");
  }
  if (presentation === undefined) return;
  const texts: Array<[string, unknown]> = [
    ['customTitle', presentation.customTitle],
    ['customSubTitle', presentation.customSubTitle],
    ['customCreateButtonText', presentation.customCreateButtonText],
    ...Object.entries(presentation.buttonLabels ?? {}).map(([k, v]): [string, unknown] => [`buttonLabels.${k}`, v]),
  ];
  for (const [field, text] of texts) {
    if (text !== undefined && (typeof text !== 'string' || text.trim() === '')) {
      fail(where, `spec.presentation.${field}`, 'the text is empty', 'give a text, or leave it out');
    }
  }
}

/** The `spec.presentation` object, or undefined when there is nothing to present. */
export function renderPresentation(presentation: WorkflowPresentation | undefined): Record<string, unknown> | undefined {
  if (presentation === undefined) return undefined;
  const labels = presentation.buttonLabels ? compact({ ...presentation.buttonLabels }) : undefined;
  const out = compact({
    customTitle: presentation.customTitle,
    customSubTitle: presentation.customSubTitle,
    customCreateButtonText: presentation.customCreateButtonText,
    buttonLabels: labels && Object.keys(labels).length > 0 ? labels : undefined,
  });
  return Object.keys(out).length > 0 ? out : undefined;
}
