import { Pipeline } from '../../../../src/pipeline/pipeline';
import { CustomStage } from '../../../../src/pipeline/stages/custom-stage';
import { IacmStage } from '../../../../src/pipeline/stages/iacm-stage';
import { IacmScanStep } from '../../../../src/pipeline/steps/iacm/iacm-scan-step';
import { IacmCheckovStep } from '../../../../src/pipeline/steps/iacm/iacm-checkov';

function pipelineWith(step: IacmCheckovStep): Pipeline {
  return new Pipeline({ identifier: 'p', stages: [new IacmStage({ identifier: 'iac', workspace: 'ws', steps: [step] })] });
}

describe('IacmCheckovStep', () => {
  test('renders type IACMCheckov with the shared scan spec', () => {
    const step = new IacmCheckovStep({
      identifier: 'scan',
      image: 'example/checkov:1',
      resources: { limits: { cpu: '1', memory: '1Gi' } },
    });
    expect(step).toBeInstanceOf(IacmScanStep);
    expect((pipelineWith(step).toObject() as any).pipeline.stages[0].stage.spec.execution.steps[0].step).toEqual({
      type: 'IACMCheckov',
      name: 'scan',
      identifier: 'scan',
      spec: { image: 'example/checkov:1', resources: { limits: { cpu: '1', memory: '1Gi' } } },
    });
  });

  test('renders spec {} without options', () => {
    expect(
      (pipelineWith(new IacmCheckovStep({ identifier: 'scan' })).toObject() as any).pipeline.stages[0].stage.spec.execution.steps[0].step
        .spec,
    ).toEqual({});
  });

  test('is allowed only in IACM stages', () => {
    expect(() => new CustomStage({ identifier: 'c', steps: [new IacmCheckovStep({ identifier: 'scan' })] })).toThrow(
      /step type 'IACMCheckov' is not allowed in a Custom stage \(allowed in: IACM\)/,
    );
  });

  test('validates against the Harness schema', () => {
    expect(
      pipelineWith(new IacmCheckovStep({ identifier: 'scan', resources: { requests: { memory: '500Mi' } } })),
    ).toBeValidHarnessPipeline();
  });
});
