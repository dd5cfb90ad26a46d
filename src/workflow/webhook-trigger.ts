import { fail, type ValidationProblem } from '../core/errors';
import { IDENTIFIER_PATTERN } from '../core/identifier';
import { PipelineVariable } from '../pipeline/variable';
import type { WorkflowParameter } from './form-field';

/** The `trigger:trigger-pipeline-with-webhook` action. */
export const TRIGGER_PIPELINE_WITH_WEBHOOK_ACTION = 'trigger:trigger-pipeline-with-webhook';

/** A value of the webhook action: a fixed identifier, or the form field that picks one. */
export type WebhookTriggerValue = string | WorkflowParameter;

/**
 * Runs the pipeline through one of its custom webhook triggers with a stored input set
 * (`trigger:trigger-pipeline-with-webhook`) instead of sending an inputset: the workflow feeds no pipeline variable
 * (docs/rules.md#trigger-webhook).
 * @see https://developer.harness.io/docs/internal-developer-portal/flows/create-workflow/custom-actions
 */
export interface WebhookTriggerProps {
  /** The identifier (not the name) of the pipeline's input set, or a form field that picks it (e.g. an enum). */
  readonly inputSetName: WebhookTriggerValue;
  /** The identifier of the pipeline's custom webhook trigger, or a form field that picks it. */
  readonly triggerName: WebhookTriggerValue;
}

/** Props of the trigger that the webhook action does not take. */
export interface InputsetOnlyProps {
  /** Send the inputset under fully qualified keys (`pipeline.variables.<name>`). @default - not set */
  readonly fullyQualifiedKeys?: boolean;
  /** Expose pipeline output variables to the workflow output. @default - not set */
  readonly showOutputVariables?: boolean;
  /** Hide the pipeline URL from the workflow logs. @default - not set (shown) */
  readonly hidePipelineURLLog?: boolean;
}

/** Checks the webhook props of a trigger step (docs/rules.md#trigger-webhook). */
export function checkWebhook(where: string, webhook: WebhookTriggerProps, others: InputsetOnlyProps, apiKeySecret: boolean): void {
  if (webhook === null || typeof webhook !== 'object')
    fail(where, 'webhook', `${String(webhook)} is not an object`, 'pass { inputSetName, triggerName }');
  for (const prop of ['fullyQualifiedKeys', 'showOutputVariables', 'hidePipelineURLLog'] as const) {
    if (others[prop] !== undefined) {
      fail(
        where,
        'webhook',
        `webhook and ${prop} cannot be combined: ${TRIGGER_PIPELINE_WITH_WEBHOOK_ACTION} does not take ${prop}`,
        `drop ${prop}, or drop webhook to send an inputset with trigger:harness-custom-pipeline`,
      );
    }
  }
  if (apiKeySecret) {
    fail(
      where,
      'webhook',
      `webhook and TriggerAuth.apiKeySecret() cannot be combined: ${TRIGGER_PIPELINE_WITH_WEBHOOK_ACTION} ` +
        "takes the user's token (apikey) only",
      'use TriggerAuth.userToken(), or drop webhook',
    );
  }
  checkValue(where, 'input.inputSetName', webhook.inputSetName, 'input set');
  checkValue(where, 'input.triggerName', webhook.triggerName, 'trigger');
}

/** `inputSetName` and `triggerName` of the step input. */
export function webhookInput(webhook: WebhookTriggerProps): Record<string, string> {
  return { inputSetName: valueText(webhook.inputSetName), triggerName: valueText(webhook.triggerName) };
}

/**
 * What a workflow with a webhook trigger cannot do: feed pipeline variables, or read pipeline step outputs
 * (docs/rules.md#trigger-webhook).
 * @param feeders the inputs that would feed pipeline variables
 */
export function webhookWorkflowProblems(
  path: string,
  trigger: string,
  feeders: readonly { describe(): string; readonly name: string }[],
  readsStepOutputs: boolean,
): ValidationProblem[] {
  const problems = feeders.map((f) => ({
    path: `${path} > ${f.describe()}`,
    field: 'inputset',
    problem:
      `feeds pipeline variable '${f.name}', but ${TRIGGER_PIPELINE_WITH_WEBHOOK_ACTION} sends no inputset ` +
      '(the pipeline runs with the input set the step names)',
    fix: 'make it a form-only FormField, or drop webhook from the PipelineTrigger',
  }));
  if (readsStepOutputs) {
    problems.push({
      path: `${path} > ${trigger}`,
      field: 'output',
      problem: `the output reads pipeline step outputs, which ${TRIGGER_PIPELINE_WITH_WEBHOOK_ACTION} does not expose`,
      fix: 'link the execution with WorkflowOutput.pipelineUrl() instead',
    });
  }
  return problems;
}

function checkValue(where: string, field: string, value: WebhookTriggerValue, what: string): void {
  if (typeof value === 'string') {
    if (!IDENTIFIER_PATTERN.test(value)) {
      const example = value.replace(/[^0-9a-zA-Z_]+/g, '').replace(/^([0-9])/, '_$1') || what.replace(' ', '_');
      fail(
        where,
        field,
        `'${value}' is not a Harness identifier; the step takes the identifier of the ${what}, not its name`,
        `copy the ${what} identifier from the pipeline, e.g. '${example}'`,
      );
    }
    return;
  }
  if (value === null || typeof value !== 'object' || !value.schema) {
    fail(where, field, `${String(value)} is neither an identifier nor a form field`, `pass the ${what} identifier, or a FormField`);
  }
  if (value instanceof PipelineVariable) {
    fail(
      where,
      field,
      `${value.describe()} feeds a pipeline variable, which a webhook trigger does not fill`,
      `pick the ${what} with a FormField`,
    );
  }
  for (const v of value.schema.enum ?? []) {
    if (typeof v !== 'string' || !IDENTIFIER_PATTERN.test(v)) {
      fail(
        where,
        field,
        `${value.describe()} offers '${v}', which is not a Harness identifier`,
        `offer ${what} identifiers (enumNames can show their names)`,
      );
    }
  }
}

function valueText(value: WebhookTriggerValue): string {
  return typeof value === 'string' ? value : value.schema.parameterText();
}
