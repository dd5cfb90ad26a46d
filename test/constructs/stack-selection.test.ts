import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, TerraformStack, Testing } from 'cdktf';
import { StackSelection } from '../../src/constructs/stack-selection';

/** An app writing into a fresh folder, with `context`. */
function app(context: Record<string, unknown> = {}): App {
  return new App({ outdir: mkdtempSync(join(tmpdir(), 'selection-')), context });
}

/** Registers three stacks; returns which builders ran. */
function register(selection: StackSelection): string[] {
  const built: string[] = [];
  for (const id of ['platform', 'payments', 'checkout']) {
    selection.add(id, (scope, stackId) => {
      built.push(stackId);
      return new TerraformStack(scope, stackId);
    });
  }
  return built;
}

describe('StackSelection', () => {
  test('without a selection every stack is built', () => {
    const selection = StackSelection.of(app(), { env: {} });
    expect(register(selection)).toEqual(['platform', 'payments', 'checkout']);
    expect(selection.selected).toBeUndefined();
    expect(selection.registered).toEqual(['platform', 'payments', 'checkout']);
  });

  test('HARNESS_IDP_STACK builds the named stacks only, and the others stay registered', () => {
    const a = app();
    const selection = StackSelection.of(a, { env: { HARNESS_IDP_STACK: 'payments' } });
    expect(register(selection)).toEqual(['payments']);
    expect(selection.registered).toEqual(['platform', 'payments', 'checkout']);
    expect([selection.isSelected('payments'), selection.isSelected('platform')]).toEqual([true, false]);
    expect(selection.stack('payments')?.node.id).toBe('payments');
    expect(selection.stack('platform')).toBeUndefined();
    expect(a.node.children.map((c) => c.node.id)).toEqual(['payments']);
  });

  test('a comma-separated list selects several; the context key works when the environment names none', () => {
    expect(register(StackSelection.of(app(), { env: { HARNESS_IDP_STACK: ' checkout , payments,' } }))).toEqual(['payments', 'checkout']);
    expect(register(StackSelection.of(app({ harnessIdpStack: 'platform' }), { env: {} }))).toEqual(['platform']);
    expect(register(StackSelection.of(app({ harnessIdpStack: 'platform' }), { env: { HARNESS_IDP_STACK: 'checkout' } }))).toEqual([
      'checkout',
    ]);
  });

  test('synth() writes the selected stacks only', () => {
    const a = app();
    const selection = StackSelection.of(a, { env: { HARNESS_IDP_STACK: 'checkout' } });
    register(selection);
    try {
      selection.synth();
      expect(readdirSync(join(a.outdir, 'stacks'))).toEqual(['checkout']);
    } finally {
      rmSync(a.outdir, { recursive: true, force: true });
    }
  });

  test('synth() refuses a name the app does not define, and writes nothing', () => {
    const a = app();
    const selection = StackSelection.of(a, { env: { HARNESS_IDP_STACK: 'paymnts,checkout' } });
    register(selection);
    try {
      expect(() => selection.synth()).toThrow(
        "StackSelection: HARNESS_IDP_STACK: names 'paymnts', which the app does not define. Fix: select one of platform, payments, checkout",
      );
      expect(existsSync(join(a.outdir, 'stacks', 'checkout', 'cdk.tf.json'))).toBe(false);
    } finally {
      rmSync(a.outdir, { recursive: true, force: true });
    }
  });

  test('one selection per app; find() returns it from any construct of the app', () => {
    const a = app();
    const selection = StackSelection.of(a, { env: {} });
    expect(StackSelection.of(a)).toBe(selection);
    register(selection);
    expect(StackSelection.find(selection.stack('payments')!)).toBe(selection);
    expect(StackSelection.find(Testing.app())).toBeUndefined();
  });

  test('registration mistakes: an empty or repeated id, a builder that creates another stack, a non-text selection', () => {
    const selection = StackSelection.of(app(), { env: {} });
    selection.add('a', (scope, id) => new TerraformStack(scope, id));
    expect(() => selection.add('a', (scope, id) => new TerraformStack(scope, id))).toThrow(
      "StackSelection.add: id: stack 'a' is registered twice. Fix: register each stack once, under its own id",
    );
    expect(() => selection.add(' ', (scope, id) => new TerraformStack(scope, id))).toThrow(
      "StackSelection.add: id: is empty. Fix: give the stack's id, e.g. 'payments'",
    );
    expect(() => selection.add('b', (scope) => new TerraformStack(scope, 'c'))).toThrow(
      "b: build: the builder of stack 'b' did not create a stack 'b' in the app. Fix: create the stack with (scope, id)",
    );
    expect(() => StackSelection.of(app({ harnessIdpStack: 42 }), { env: {} })).toThrow(
      "StackSelection: context harnessIdpStack: expects a stack name or a comma-separated list, got number. Fix: set e.g. 'payments'",
    );
  });
});
