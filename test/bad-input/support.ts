import { Testing } from 'cdktf';
import { ValidationError } from '../../src/core/errors';
import { HarnessPlatformStack } from '../../src/stacks/harness-platform-stack';

// The bad-input catalog: each case is an input a user may really write, the call that takes it, and the whole
// message it must fail with. A case that throws anything but a ValidationError (a TypeError from a JavaScript
// caller) or does not fail at all shows up as such in the comparison.

/** One bad input: a label, the attempt, and the whole message it fails with. */
export type BadInput = readonly [label: string, attempt: () => unknown, message: string];

/** The message `attempt` fails with, or a description of what happened instead. */
export function failureOf(attempt: () => unknown): string {
  try {
    attempt();
  } catch (e) {
    if (e instanceof ValidationError) return e.message;
    const error = e as Error;
    return `${error?.name ?? 'a non-error'} instead of a ValidationError: ${error?.message ?? String(e)}`;
  }
  return '(no error)';
}

/** A platform stack `team` (org `default`, project `idp`, account `acc`) in an app of its own. */
export function team(): HarnessPlatformStack {
  return new HarnessPlatformStack(Testing.app(), 'team', { orgId: 'default', projectId: 'idp', accountId: 'acc' });
}

/** Synthesizes the stack with its validations (the way `cdktf synth` checks it). */
export function synth(stack: HarnessPlatformStack): () => unknown {
  return () => Testing.synth(stack, true);
}
