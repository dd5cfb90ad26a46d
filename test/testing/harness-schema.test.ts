import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { Pipeline } from '../../src/pipeline/pipeline';
import { CustomStage } from '../../src/pipeline/stages/custom-stage';
import { RunStep } from '../../src/pipeline/steps/common/run';
import { PipelineVariable } from '../../src/pipeline/variable';
import { loadHarnessSchemaValidator, repairHarnessSchema, validateHarnessPipeline } from '../../src/testing/harness-schema';
import { referencePipelineNames, referenceText } from '../support/reference-examples';

// The validated example pipelines of the seven patterns are committed fixtures (test/fixtures/reference/).
function examplePipelines(): Record<string, string> {
  return Object.fromEntries(referencePipelineNames().map((name) => [name, referenceText(`${name}.pipeline.yaml`)]));
}

const EXAMPLES = examplePipelines();
type Doc = { pipeline: { stages: Array<{ stage: Record<string, any> }>; variables: Array<Record<string, unknown>> } };
const example = (name: string): Doc => parse(EXAMPLES[name]) as Doc;
const stepsOf = (d: Doc, stage = 0): Array<{ step: Record<string, any> }> => d.pipeline.stages[stage].stage.spec.execution.steps;
function stepOfType(d: Doc, type: string): Record<string, any> {
  for (const s of d.pipeline.stages) {
    for (const e of s.stage.spec.execution.steps) if (e.step?.type === type) return e.step;
  }
  throw new Error(`no ${type} step in the example`);
}

describe('validateHarnessPipeline: the validated example pipelines (test/fixtures/reference)', () => {
  test('the fixtures hold the eight example pipelines', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual([
      'feature-flag-toggle',
      'infra-provisioning',
      'k8s-restart',
      'k8s-rollback',
      'k8s-scale',
      'service-onboarding',
      'token-rotation',
      'token-rotation-approval-stage',
    ]);
  });

  test.each(Object.keys(EXAMPLES).sort())('%s validates', (name) => {
    expect(validateHarnessPipeline(EXAMPLES[name])).toEqual({ valid: true, errors: [] });
    expect(EXAMPLES[name]).toBeValidHarnessPipeline();
  });

  test('accepts the parsed object as well as YAML text', () => {
    expect(validateHarnessPipeline(example('k8s-scale'))).toEqual({ valid: true, errors: [] });
  });
});

describe('validateHarnessPipeline: negative probes (what the schema catches and what it lets through)', () => {
  const probes: Array<[string, () => Doc, RegExp]> = [
    [
      'SlackNotify with emailId instead of email',
      () => {
        const d = example('service-onboarding');
        const s = stepOfType(d, 'SlackNotify');
        s.spec.emailId = s.spec.email;
        delete s.spec.email;
        return d;
      },
      /^stages\[0\]\.stage\.spec\.execution\.steps\[\d+\]\.step \(SlackNotify\): \/spec must have required property 'email'$/,
    ],
    [
      'K8sRollout command Undo',
      () => {
        const d = example('k8s-restart');
        stepOfType(d, 'K8sRollout').spec.command = 'Undo';
        return d;
      },
      /^stages\[0\]\.stage\.spec\.execution\.steps\[1\]\.step \(K8sRollout\): \/spec\/command must be equal to one of the allowed values \[restart,resume,status,undo,pause,history\]$/,
    ],
    [
      'K8sPatch mergeStrategyType strategic',
      () => {
        const d = example('k8s-restart');
        stepOfType(d, 'K8sPatch').spec.mergeStrategyType = 'strategic';
        return d;
      },
      /^stages\[0\]\.stage\.spec\.execution\.steps\[2\]\.step \(K8sPatch\): \/spec\/mergeStrategyType must be equal to one of the allowed values \[Merge,Json,Strategic\]$/,
    ],
    [
      'step timeout 5s',
      () => {
        const d = example('feature-flag-toggle');
        stepsOf(d)[0].step.timeout = '5s';
        return d;
      },
      /^stages\[0\]\.stage\.spec\.execution\.steps\[0\]\.step \(Policy\): \/timeout must match pattern /,
    ],
    [
      'step timeout 500ms',
      () => {
        const d = example('feature-flag-toggle');
        stepsOf(d)[0].step.timeout = '500ms';
        return d;
      },
      /^stages\[0\]\.stage\.spec\.execution\.steps\[0\]\.step \(Policy\): \/timeout must match pattern /,
    ],
    [
      'K8sScale in a Custom stage',
      () => {
        const d = example('feature-flag-toggle');
        stepsOf(d).splice(1, 0, { step: stepOfType(example('k8s-scale'), 'K8sScale') });
        return d;
      },
      /^stages\[0\]\.stage\.spec\.execution\.steps\[1\]\.step \(K8sScale\): step type "K8sScale" is not allowed in a Custom stage \(allowed in: Deployment\)$/,
    ],
    [
      'Http in an IDP stage',
      () => {
        const d = example('service-onboarding');
        stepsOf(d).push({ step: stepOfType(example('token-rotation'), 'Http') });
        return d;
      },
      /^stages\[0\]\.stage\.spec\.execution\.steps\[\d+\]\.step \(Http\): step type "Http" is not allowed in an IDP stage \(allowed in: .*Custom.*\)$/,
    ],
    [
      'step identifier wait-1',
      () => {
        const d = example('feature-flag-toggle');
        stepsOf(d)[1].step.identifier = 'wait-1';
        return d;
      },
      /^stages\[0\]\.stage\.spec\.execution\.steps\[1\]\.step \(FmeFlagAddRemoveIndividualTargets\): \/identifier must match pattern "\^\[a-zA-Z_\]\[0-9a-zA-Z_\]\{0,127\}\$"$/,
    ],
    [
      'IDP stage name my.stage',
      () => {
        const d = example('service-onboarding');
        d.pipeline.stages[0].stage.name = 'my.stage';
        return d;
      },
      /^stages\[0\]\.stage \(IDP\): \/name must match pattern "\^\[a-zA-Z_\]\[-0-9a-zA-Z_\\s\]\{0,127\}\$"$/,
    ],
    [
      'variable without type',
      () => {
        const d = example('feature-flag-toggle');
        delete d.pipeline.variables[0].type;
        return d;
      },
      /^pipeline: \/variables\/0 must match exactly one schema in oneOf \(ambiguous: .*it has no `type`, so say String, Number or Secret\)$/,
    ],
    [
      'Deployment stage without failureStrategies',
      () => {
        const d = example('k8s-rollback');
        delete d.pipeline.stages[0].stage.failureStrategies;
        return d;
      },
      /^stages\[0\]\.stage \(Deployment\): must have required property 'failureStrategies'$/,
    ],
  ];

  test.each(probes)('%s is rejected with a located diagnostic', (_name, build, expected) => {
    const result = validateHarnessPipeline(build());
    expect(result.valid).toBe(false);
    expect(result.errors).toEqual(expect.arrayContaining([expect.stringMatching(expected)]));
    // Only the broken node is reported: no error list over every branch of the step-type oneOf.
    expect(result.errors.length).toBeLessThanOrEqual(3);
  });

  test('a step in a step group and in a parallel block is located by its path', () => {
    const d = example('feature-flag-toggle');
    const [policy, enable, disable] = stepsOf(d);
    enable.step.timeout = '5s';
    disable.step.spec.treatments = 'on';
    d.pipeline.stages[0].stage.spec.execution.steps = [
      { stepGroup: { identifier: 'g', name: 'g', steps: [policy, { parallel: [enable, disable] }] } } as never,
    ];
    const result = validateHarnessPipeline(d);
    expect(result.valid).toBe(false);
    expect(result.errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^stages\[0\]\.stage\.spec\.execution\.steps\[0\]\.stepGroup\.steps\[1\]\.parallel\[0\]\.step \(FmeFlagAddRemoveIndividualTargets\): \/timeout must match pattern/,
        ),
        expect.stringMatching(
          /^stages\[0\]\.stage\.spec\.execution\.steps\[0\]\.stepGroup\.steps\[1\]\.parallel\[1\]\.step \(FmeFlagAddRemoveIndividualTargets\): \/spec\/treatments must be array$/,
        ),
      ]),
    );
  });

  test('step groups in an IDP stage: the open schema accepts them, the diagnostics name them', () => {
    const d = example('service-onboarding');
    const steps = stepsOf(d);
    d.pipeline.stages[0].stage.spec.execution.steps = [{ stepGroup: { identifier: 'g', name: 'g', steps } } as never];
    // The IDP ExecutionWrapperConfig has no `stepGroup` property, but nothing forbids extra properties:
    // the model enforces this rule itself (compatibility.ts STEP_GROUP_STAGES).
    expect(validateHarnessPipeline(d)).toEqual({ valid: true, errors: [] });
    d.pipeline.stages[0].stage.name = 'my.stage';
    expect(validateHarnessPipeline(d).errors).toEqual([
      'stages[0].stage (IDP): /name must match pattern "^[a-zA-Z_][-0-9a-zA-Z_\\s]{0,127}$"',
      'stages[0].stage.spec.execution.steps[0].stepGroup: step groups are not allowed in an IDP stage',
    ]);
  });

  test('unknown stage and step types are named', () => {
    const d = example('feature-flag-toggle');
    stepsOf(d)[0].step.type = 'Wait4Ever';
    expect(validateHarnessPipeline(d).errors).toEqual([
      'stages[0].stage.spec.execution.steps[0].step (Wait4Ever): step type "Wait4Ever" is not a Harness step type',
    ]);
    d.pipeline.stages[0].stage.type = 'Build';
    expect(validateHarnessPipeline(d).errors[0]).toMatch(
      /^stages\[0\]\.stage: stage type "Build" is not a Harness stage type \(one of .*Custom.*\)$/,
    );
  });

  test('a pipeline-level problem is reported on the envelope', () => {
    const d = example('feature-flag-toggle') as unknown as { pipeline: Record<string, unknown> };
    d.pipeline.identifier = 'bad-id';
    expect(validateHarnessPipeline(d).errors).toEqual(['pipeline: /identifier must match pattern "^[a-zA-Z_][0-9a-zA-Z_]{0,127}$"']);
  });

  test('a document without the pipeline key, and text that is not YAML', () => {
    expect(validateHarnessPipeline({ stages: [] })).toEqual({ valid: false, errors: ["document: must have required property 'pipeline'"] });
    const notYaml = validateHarnessPipeline('pipeline: [unclosed');
    expect(notYaml.valid).toBe(false);
    expect(notYaml.errors[0]).toMatch(/^document: not valid YAML: /);
  });

  test('YAML text is read as YAML 1.1, as Harness does: a bare `on` is a boolean', () => {
    const text = EXAMPLES['feature-flag-toggle'].replace(/treatment: "on"/g, 'treatment: on');
    const result = validateHarnessPipeline(text);
    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toMatch(/\/spec\/treatments\/0\/treatment must be string/);
  });
});

describe('toBeValidHarnessPipeline', () => {
  const model = (): Pipeline => {
    const target = PipelineVariable.string('target');
    return new Pipeline({
      identifier: 'ops',
      name: 'Ops',
      orgIdentifier: 'default',
      projectIdentifier: 'platform',
      variables: [target],
    }).addStage(new CustomStage({ identifier: 'work', steps: [new RunStep({ identifier: 'say', command: `echo ${target}` })] }));
  };

  test('accepts a Pipeline model, YAML text and a plain object', () => {
    const p = model();
    expect(p).toBeValidHarnessPipeline();
    expect(p.toYaml()).toBeValidHarnessPipeline();
    expect(p.toObject()).toBeValidHarnessPipeline();
  });

  test('the failure message lists the diagnostics', () => {
    const bad = example('k8s-restart');
    stepOfType(bad, 'K8sRollout').spec.command = 'Undo';
    expect(bad).not.toBeValidHarnessPipeline();
    expect(() => expect(bad).toBeValidHarnessPipeline()).toThrow(
      /expected the pipeline object to validate against the Harness pipeline schema; 1 problem\(s\):\n {2}- stages\[0\]\.stage\.spec\.execution\.steps\[1\]\.step \(K8sRollout\): \/spec\/command must be equal to one of the allowed values/,
    );
  });

  test('a value that is no pipeline at all fails', () => {
    expect(() => expect(42).toBeValidHarnessPipeline()).toThrow(/expected a Harness pipeline/);
  });
});

describe('compiled schema cache', () => {
  test('the compiled schema is cached on disk keyed by the schema sha256 and loads from there', () => {
    const v = loadHarnessSchemaValidator();
    expect(v.info.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(v.info.repairs).toEqual([
      'minLength: null dropped at #/definitions/pipeline/steps/custom/EmailStepInfo/allOf/1/properties/ccUserGroups/oneOf/1',
      'enum [] -> not {} at #/definitions/pipeline/common/StepElementConfig/properties/type',
      'properties: null dropped at #/definitions/pipeline/stages/cd/AzureFunctionServiceSpec/allOf/1',
    ]);
    expect(basename(v.info.cacheFile!)).toMatch(new RegExp(`^pipeline-${v.info.sha256.slice(0, 16)}-[0-9a-f]{8}\\.js$`));
    const dir = mkdtempSync(join(tmpdir(), 'harness-schema-cache-'));
    try {
      copyFileSync(v.info.cacheFile!, join(dir, basename(v.info.cacheFile!)));
      const fromDisk = loadHarnessSchemaValidator({ cacheDir: dir });
      expect(fromDisk.info.source).toBe('disk');
      expect(fromDisk.validate(EXAMPLES['k8s-rollback'])).toEqual({ valid: true, errors: [] });
      // The first load from disk writes the V8 code cache; the next process uses it.
      const again = loadHarnessSchemaValidator({ cacheDir: dir });
      expect(again).toBe(fromDisk);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('repairHarnessSchema applies the repairs Ajv 8 needs to compile the schema', () => {
    const schema = {
      definitions: { a: { properties: { type: { enum: [] } } }, b: { minLength: null, properties: null, enum: ['x'], default: null } },
    };
    expect(repairHarnessSchema(schema)).toEqual([
      'enum [] -> not {} at #/definitions/a/properties/type',
      'minLength: null dropped at #/definitions/b',
      'properties: null dropped at #/definitions/b',
    ]);
    expect(schema).toEqual({ definitions: { a: { properties: { type: { not: {} } } }, b: { enum: ['x'], default: null } } });
  });
});
