import { Pipeline } from '../../../../src/pipeline/pipeline';
import { CustomStage } from '../../../../src/pipeline/stages/custom-stage';
import { IacmStage } from '../../../../src/pipeline/stages/iacm-stage';
import { IacmScanStep } from '../../../../src/pipeline/steps/iacm/iacm-scan-step';
import { IacmTflintStep } from '../../../../src/pipeline/steps/iacm/iacm-tflint';

function pipelineWith(step: IacmTflintStep): Pipeline {
  return new Pipeline({ identifier: 'p', stages: [new IacmStage({ identifier: 'iac', workspace: 'ws', steps: [step] })] });
}

describe('IacmTflintStep', () => {
  test('renders type IACMTFLint with the shared scan spec', () => {
    const step = new IacmTflintStep({ identifier: 'scan', image: 'example/tflint:1', resources: { limits: { cpu: '1', memory: '1Gi' } } });
    expect(step).toBeInstanceOf(IacmScanStep);
    expect((pipelineWith(step).toObject() as any).pipeline.stages[0].stage.spec.execution.steps[0].step).toEqual({
      type: 'IACMTFLint',
      name: 'scan',
      identifier: 'scan',
      spec: { image: 'example/tflint:1', resources: { limits: { cpu: '1', memory: '1Gi' } } },
    });
  });

  test('renders spec {} without options', () => {
    expect(
      (pipelineWith(new IacmTflintStep({ identifier: 'scan' })).toObject() as any).pipeline.stages[0].stage.spec.execution.steps[0].step
        .spec,
    ).toEqual({});
  });

  test('is allowed only in IACM stages', () => {
    expect(() => new CustomStage({ identifier: 'c', steps: [new IacmTflintStep({ identifier: 'scan' })] })).toThrow(
      /step type 'IACMTFLint' is not allowed in a Custom stage \(allowed in: IACM\)/,
    );
  });

  test('validates against the Harness schema', () => {
    expect(
      pipelineWith(new IacmTflintStep({ identifier: 'scan', resources: { requests: { memory: '500Mi' } } })),
    ).toBeValidHarnessPipeline();
  });
});
