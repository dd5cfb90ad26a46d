import { PipelineVariable } from '../../../../src/pipeline/variable';
import { checkCommandFlags, checkWorkload, renderCommandFlags, SCALABLE_KINDS } from '../../../../src/pipeline/steps/k8s/workload';

describe('workload references', () => {
  test('accept [namespace/]Kind/Name and expressions', () => {
    expect(() => checkWorkload('Deployment/api', 'w')).not.toThrow();
    expect(() => checkWorkload('ns/Service/api', 'w')).not.toThrow();
    expect(() => checkWorkload(PipelineVariable.string('w'), 'w', SCALABLE_KINDS)).not.toThrow();
    expect(() => checkWorkload('tarun-ng/Deployment/<+name_of_resource>', 'w', SCALABLE_KINDS)).not.toThrow();
  });

  test('reject other shapes and, when kinds are given, other kinds', () => {
    expect(() => checkWorkload('ns/Deployment/api name', 'w')).toThrow(
      /^w: spec.workload: 'ns\/Deployment\/api name' is not a workload reference/,
    );
    expect(() => checkWorkload('ns/Job/x', 'w', SCALABLE_KINDS)).toThrow(/kind 'Job' of 'ns\/Job\/x' is not supported by this step/);
    expect(() => checkWorkload(undefined as any, 'w')).toThrow(/spec.workload: is required/);
  });

  test('command flags render with their command type and must not be empty', () => {
    expect(renderCommandFlags('Apply', ['--a', '--b'])).toEqual([
      { commandType: 'Apply', flag: '--a' },
      { commandType: 'Apply', flag: '--b' },
    ]);
    expect(renderCommandFlags('Apply', undefined)).toBeUndefined();
    expect(() => checkCommandFlags(['--a', ''], 'w')).toThrow(/^w: spec.commandFlags\[1\].flag: is empty/);
  });
});
