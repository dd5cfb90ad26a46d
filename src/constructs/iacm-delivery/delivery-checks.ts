import { LocalBackend, TerraformBackend, TerraformStack, TerraformVariable } from 'cdktf';
import type { IConstruct } from 'constructs';
import type { ValidationProblem } from '../../core/errors';
import { StackSelection } from '../stack-selection';

/** What the checks need to know of one delivered stack. */
export interface DeliveredStackFacts {
  /** Index in the `stacks` prop, for the field path. */
  readonly index: number;
  /** The stack id. */
  readonly stack: string;
  /** The workspace identifier. */
  readonly workspace: string;
  /** Names of the plain Terraform variables the workspace sets. */
  readonly variables: readonly string[];
  /** Names of the secret Terraform variables the workspace sets. */
  readonly secrets: readonly string[];
}

/**
 * Problems between a delivery and the stacks it delivers, for each stack this synthesis builds: the stack exists in
 * the app (or is registered with the app's {@link StackSelection} and left out of this synthesis), is not the stack
 * of the delivery itself, keeps its state where IaCM can (not a local file), and the workspace sets every variable
 * the stack declares without a default, a sensitive one from a secret (docs/rules.md#iacm-delivery-stacks).
 */
export function deliveryProblems(delivery: IConstruct, stacks: readonly DeliveredStackFacts[]): ValidationProblem[] {
  const app = delivery.node.root;
  const own = TerraformStack.of(delivery);
  const selection = StackSelection.find(delivery);
  const problems: ValidationProblem[] = [];
  for (const facts of stacks) {
    const field = `stacks[${facts.index}]`;
    const stack = app.node.tryFindChild(facts.stack);
    if (stack === undefined || !TerraformStack.isStack(stack)) {
      if (selection?.registered.includes(facts.stack)) continue;
      problems.push({
        path: '',
        field: `${field}.stack`,
        problem: `the app has no stack '${facts.stack}'`,
        fix: `create the stack with the id '${facts.stack}' (or register it with StackSelection.add), or remove it from stacks`,
      });
      continue;
    }
    if (stack === own) {
      problems.push({
        path: '',
        field: `${field}.stack`,
        problem: `stack '${facts.stack}' holds this delivery, so it would create the workspace that applies it`,
        fix: 'deliver team stacks from the platform stack, and apply the platform stack itself from outside IaCM',
      });
      continue;
    }
    problems.push(...stateProblems(stack, facts, field), ...variableProblems(stack, facts, field));
  }
  return problems;
}

/** A stack applied by IaCM must not keep its state in a local file, which the runner discards (docs/rules.md#iacm-delivery-state). */
function stateProblems(stack: TerraformStack, facts: DeliveredStackFacts, field: string): ValidationProblem[] {
  const backend = stack.node.findAll().find(TerraformBackend.isBackend);
  if (backend !== undefined && !(backend instanceof LocalBackend)) return [];
  return [
    {
      path: '',
      field: `${field}.stack`,
      problem:
        `stack '${facts.stack}' keeps its state in a local file, ` +
        `which the runner of workspace '${facts.workspace}' discards after each run`,
      fix: "create the stack with backend: StateBackend.harnessIacm() (Harness keeps the workspace's state), or a remote backend",
    },
  ];
}

/** Every variable without a default is set by the workspace; a sensitive one from a secret (docs/rules.md#iacm-delivery-variables). */
function variableProblems(stack: TerraformStack, facts: DeliveredStackFacts, field: string): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const variables = stack.node.findAll().filter((c): c is TerraformVariable => c instanceof TerraformVariable);
  for (const v of variables) {
    const name = stack.getLogicalId(v);
    const plain = facts.variables.includes(name);
    const secret = facts.secrets.includes(name);
    if (v.sensitive && plain) {
      problems.push({
        path: '',
        field: `${field}.variables.${name}`,
        problem: `stack '${facts.stack}' declares '${name}' sensitive, but the workspace would hold it as plain text`,
        fix: `pass it in secrets: { ${name}: SecretRef.fromIdentifier('account.<secret identifier>') }`,
      });
    } else if (!plain && !secret && v.default === undefined) {
      problems.push({
        path: '',
        field: `${field}.variables`,
        problem:
          `stack '${facts.stack}' declares the variable '${name}' without a default, ` +
          `which workspace '${facts.workspace}' does not set`,
        fix: v.sensitive
          ? `pass it in secrets: { ${name}: SecretRef.fromIdentifier('account.<secret identifier>') }`
          : `pass it in variables: { ${name}: '...' } (or in secrets, for a credential)`,
      });
    }
  }
  return problems;
}
