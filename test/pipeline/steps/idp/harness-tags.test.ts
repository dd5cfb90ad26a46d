import { Expr } from '../../../../src/core/expr';
import { SecretRef } from '../../../../src/core/secret-ref';
import { renderHarnessTags } from '../../../../src/pipeline/steps/idp/harness-tags';
import { CreateProjectStep } from '../../../../src/pipeline/steps/idp/create-project';
import { PipelineVariable } from '../../../../src/pipeline/variable';
import { renderInIdpStage } from '../support';

describe('renderHarnessTags', () => {
  test('a list is kept as is (schema: array of strings)', () => {
    expect(renderHarnessTags(['team:platform', 'critical'])).toEqual(['team:platform', 'critical']);
  });

  test('a map renders as key:value strings, an empty value as the bare key', () => {
    expect(renderHarnessTags({ team: 'platform', critical: '' })).toEqual(['team:platform', 'critical']);
  });

  test('an expression and undefined pass through', () => {
    const e = Expr.raw('<+pipeline.variables.tags>');
    expect(renderHarnessTags(e)).toBe(e);
    expect(renderHarnessTags(undefined)).toBeUndefined();
  });
});

describe('HarnessTags schema', () => {
  test('map, list and expression tags validate against the Harness pipeline schema (array of strings or <+...>)', () => {
    const key = SecretRef.fromIdentifier('account.sat');
    const steps = [
      new CreateProjectStep({
        identifier: 'map',
        projectName: 'A',
        orgIdentifier: 'default',
        tags: { team: 'a', critical: '' },
        xApiKey: key,
      }),
      new CreateProjectStep({ identifier: 'list', projectName: 'B', orgIdentifier: 'default', tags: ['x:y'], xApiKey: key }),
      new CreateProjectStep({
        identifier: 'expr',
        projectName: 'C',
        orgIdentifier: 'default',
        tags: Expr.raw('<+pipeline.variables.tags>'),
        xApiKey: key,
      }),
    ];
    expect(renderInIdpStage(steps, { variables: [PipelineVariable.string('tags')] }).pipeline).toBeValidHarnessPipeline();
  });
});
