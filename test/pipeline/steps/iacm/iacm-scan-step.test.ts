import { resolveValue } from '../../../../src/core/resolve';
import { IacmScanStep, type IacmScanStepProps } from '../../../../src/pipeline/steps/iacm/iacm-scan-step';

class TestScan extends IacmScanStep {
  public readonly type = 'IACMTFSec';
  constructor(props: IacmScanStepProps) {
    super(props);
  }
}

describe('IacmScanStep', () => {
  test('renders image and resources only when given', () => {
    expect(resolveValue(new TestScan({ identifier: 'scan' }).toObject())).toEqual({
      step: { type: 'IACMTFSec', name: 'scan', identifier: 'scan', spec: {} },
    });
    const full = new TestScan({ identifier: 'scan', image: 'aquasec/tfsec:latest', resources: { requests: { cpu: '500m' } } });
    expect(resolveValue(full.toObject())).toEqual({
      step: {
        type: 'IACMTFSec',
        name: 'scan',
        identifier: 'scan',
        spec: { image: 'aquasec/tfsec:latest', resources: { requests: { cpu: '500m' } } },
      },
    });
  });

  test('rejects empty resources', () => {
    expect(() => new TestScan({ identifier: 'scan', resources: {} })).toThrow(
      /step 'scan': spec.resources: sets neither limits nor requests/,
    );
    expect(() => new TestScan({ identifier: 'scan', resources: { limits: {} } })).toThrow(
      /step 'scan': spec.resources.limits: sets neither cpu nor memory/,
    );
  });
});
