import { RuntimeInput } from '../../src/core/runtime-input';
import { RenderContext } from '../../src/core/render-context';
import { CustomStage } from '../../src/pipeline/stages/custom-stage';
import { RunStep } from '../../src/pipeline/steps/common/run';
import { TemplateDefinition, TemplateType } from '../../src/pipeline/template-definition';
import { TemplateLink } from '../../src/pipeline/template-link';

function stepTemplate(): TemplateDefinition {
  return TemplateDefinition.step(new RunStep({ identifier: 'r', command: RuntimeInput.create() }), {
    identifier: 'run',
    versionLabel: 'v1',
  });
}

describe('TemplateLink', () => {
  test('a definition gives the reference by scope and its own version; inputs fill its runtime inputs', () => {
    const link = new TemplateLink({ template: stepTemplate(), inputs: { 'spec.command': 'ls' } }, "step 'x'", TemplateType.STEP);
    expect([link.templateRef, link.versionLabel, link.definition?.identifier]).toEqual(['account.run', 'v1', 'run']);
    expect(link.toObject(new RenderContext())).toEqual({
      templateRef: 'account.run',
      versionLabel: 'v1',
      templateInputs: { type: 'Run', spec: { command: 'ls' } },
    });
    expect(link.problems("step 'x'")).toEqual([]);
  });

  test('a template of another type is refused', () => {
    const stage = TemplateDefinition.stage(new CustomStage({ identifier: 's' }), { identifier: 'stage_tpl', versionLabel: 'v1' });
    expect(() => new TemplateLink({ template: stage }, "step 'x'", TemplateType.STEP)).toThrow(
      "step 'x': template: template 'stage_tpl@v1' is a Stage template, not a Step template. Fix: use a Step template here, or put the Stage template where a stage goes",
    );
  });

  test("a definition's version is its own, and it takes inputs, not templateInputs", () => {
    expect(() => new TemplateLink({ template: stepTemplate(), versionLabel: 'v2' }, "step 'x'", TemplateType.STEP)).toThrow(
      "step 'x': versionLabel: 'v2' differs from the version of template 'run@v1'. Fix: leave versionLabel out: a definition built in the app carries its own version",
    );
    expect(() => new TemplateLink({ template: stepTemplate(), templateInputs: {} }, "step 'x'", TemplateType.STEP)).toThrow(
      "step 'x': templateInputs: templateInputs and a template definition are both given. Fix: pass the values as inputs (checked against the definition's runtime inputs); templateInputs is for a template reference",
    );
  });

  test('a reference is an identifier with an optional account. or org. prefix, and a valid version', () => {
    for (const ref of ['run', 'org.run', 'account.run']) {
      expect(new TemplateLink({ template: ref }, "step 'x'", TemplateType.STEP).templateRef).toBe(ref);
    }
    expect(() => new TemplateLink({ template: 'project.run' }, "step 'x'", TemplateType.STEP)).toThrow(
      "step 'x': template: 'project.run' is not a template reference. Fix: pass a TemplateDefinition, or the reference of the template: 'id' (same project), 'org.id' or 'account.id'",
    );
    expect(() => new TemplateLink({ template: 'run', versionLabel: 'v 2' }, "step 'x'", TemplateType.STEP)).toThrow(
      /^step 'x': versionLabel: 'v 2' is not a version label/,
    );
    expect(() => new TemplateLink({ template: 'run', inputs: { a: 'b' } }, "step 'x'", TemplateType.STEP)).toThrow(
      "step 'x': inputs: inputs are checked against a template definition, but 'run' is a reference. Fix: pass the TemplateDefinition (or the template construct), or write the node as templateInputs",
    );
  });

  test('a template without runtime inputs has no templateInputs', () => {
    const fixed = TemplateDefinition.step(new RunStep({ identifier: 'r', command: 'true' }), { identifier: 'fixed', versionLabel: 'v1' });
    expect(new TemplateLink({ template: fixed }, "step 'x'", TemplateType.STEP).toObject()).toEqual({
      templateRef: 'account.fixed',
      versionLabel: 'v1',
    });
  });
});
