import { FmeMetricCheckStep } from '../../../../src/pipeline/steps/fme/fme-metric-check';
import { customPipeline, renderedSteps, thrownMessage } from '../support';

const base = { flagName: 'new_checkout', environment: 'Production' };

describe('FmeMetricCheckStep', () => {
  test('renders metrics as refs and the failure condition as a Jexl failure criteria', () => {
    const step = new FmeMetricCheckStep({
      identifier: 'gate',
      ...base,
      metrics: ['m_checkout_errors'],
      lookbackWindow: '24h',
      failureCondition: 'impact > 0.05',
    });
    expect(renderedSteps(customPipeline([step]))[0].spec).toEqual({
      ...base,
      metrics: [{ ref: 'm_checkout_errors' }],
      lookbackWindow: '24h',
      failureCriteria: { type: 'Jexl', spec: { condition: 'impact > 0.05' } },
    });
  });

  test('lookback window and failure condition are required; metrics not empty when given', () => {
    expect(thrownMessage(() => new FmeMetricCheckStep({ identifier: 's', ...base, lookbackWindow: '', failureCondition: 'x' }))).toBe(
      "step 's': spec.lookbackWindow: is empty. Fix: give the window, e.g. '24h' or '7d'",
    );
    expect(thrownMessage(() => new FmeMetricCheckStep({ identifier: 's', ...base, lookbackWindow: '7d' } as any))).toBe(
      "step 's': spec.failureCriteria.spec.condition: is required. Fix: give the JEXL condition that fails the step",
    );
    expect(
      thrownMessage(() => new FmeMetricCheckStep({ identifier: 's', ...base, lookbackWindow: '7d', failureCondition: 'x', metrics: [] })),
    ).toBe("step 's': spec.metrics: is empty. Fix: list at least one metric id, or leave metrics out");
  });

  test('validates against the Harness schema', () => {
    expect(
      customPipeline([new FmeMetricCheckStep({ identifier: 's', ...base, lookbackWindow: '7d', failureCondition: 'false' })]),
    ).toBeValidHarnessPipeline();
  });
});
