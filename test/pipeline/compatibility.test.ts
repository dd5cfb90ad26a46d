import { readFileSync } from 'node:fs';
import {
  allowedStagesFor,
  placementHint,
  STEP_GROUP_STAGES,
  STEP_STAGE_MATRIX,
  StageType,
  stageTypeArticle,
} from '../../src/pipeline/compatibility';
import { resolveHarnessSchemaPath } from '../../src/testing/harness-schema';

/** Stage type -> definitions group of the official schema (`stages/<group>/ExecutionWrapperConfig`). */
const SCHEMA_GROUP: Record<StageType, string> = {
  [StageType.IDP]: 'idp',
  [StageType.IACM]: 'iacm',
  [StageType.CUSTOM]: 'custom',
  [StageType.APPROVAL]: 'approval',
  [StageType.DEPLOYMENT]: 'cd',
  [StageType.CI]: 'ci',
};

const defs = JSON.parse(readFileSync(resolveHarnessSchemaPath(), 'utf8')).definitions.pipeline;
const lookup = (ref: string): any =>
  ref
    .replace('#/definitions/pipeline/', '')
    .split('/')
    .reduce((o: any, k) => o[k], defs);

/** The step types a stage accepts, per the schema (`ExecutionWrapperConfig.properties.step.oneOf`). */
function schemaStepTypes(stage: StageType): Set<string> {
  const wrapper = defs.stages[SCHEMA_GROUP[stage]].ExecutionWrapperConfig;
  const types = new Set<string>();
  for (const { $ref } of wrapper.properties.step.oneOf as Array<{ $ref: string }>) {
    for (const t of lookup($ref).properties?.type?.enum ?? []) types.add(t);
  }
  return types;
}

describe('STEP_STAGE_MATRIX', () => {
  test('stage type literals are stage node types of the schema', () => {
    const stageTypes = (defs.stages.stages.properties.stage.oneOf as Array<{ $ref: string }>).flatMap(
      ({ $ref }) => lookup($ref).properties.type?.enum ?? [],
    );
    for (const t of Object.values(StageType)) expect(stageTypes).toContain(t);
  });

  test.each(Object.keys(STEP_STAGE_MATRIX))('%s: exactly the stages whose schema accepts it', (stepType) => {
    const fromSchema = Object.values(StageType).filter((stage) => schemaStepTypes(stage).has(stepType));
    expect([...STEP_STAGE_MATRIX[stepType]].sort()).toEqual(fromSchema.sort());
  });

  test('the IDP stage has no Http, ShellScript or HarnessApproval; K8s steps only in Deployment', () => {
    for (const t of ['Http', 'ShellScript', 'HarnessApproval']) expect(allowedStagesFor(t)).not.toContain(StageType.IDP);
    for (const t of ['K8sRollingRollback', 'K8sScale', 'K8sRollout', 'K8sPatch'])
      expect(allowedStagesFor(t)).toEqual([StageType.DEPLOYMENT]);
  });

  test('an unknown step type has no entry', () => {
    expect(allowedStagesFor('NoSuchStep')).toBeUndefined();
  });
});

describe('STEP_GROUP_STAGES', () => {
  test('exactly the stages whose ExecutionWrapperConfig has stepGroup', () => {
    const fromSchema = Object.values(StageType).filter(
      (stage) => defs.stages[SCHEMA_GROUP[stage]].ExecutionWrapperConfig.properties.stepGroup !== undefined,
    );
    expect([...STEP_GROUP_STAGES].sort()).toEqual(fromSchema.sort());
    expect(STEP_GROUP_STAGES).not.toContain(StageType.IDP);
    expect(STEP_GROUP_STAGES).not.toContain(StageType.IACM);
  });
});

describe('placementHint', () => {
  test('names the stages that accept the step', () => {
    expect(placementHint('K8sScale')).toBe('put it in a Deployment stage');
    expect(placementHint('CreateRepo')).toBe('put it in an IDP stage');
  });

  test('suggests a Custom stage next to the IDP stage for approvals and HTTP calls', () => {
    for (const t of ['HarnessApproval', 'Http', 'ShellScript']) {
      expect(placementHint(t)).toBe(
        'put it in an IACM, Custom, Approval, Deployment stage (e.g. a Custom stage before or after the IDP stage)',
      );
    }
  });

  test('an unknown step type', () => {
    expect(placementHint('NoSuchStep')).toBe('check the stage/step matrix');
  });
});

describe('stageTypeArticle', () => {
  test('"an" before a vowel, "a" otherwise', () => {
    expect(
      [StageType.IDP, StageType.IACM, StageType.APPROVAL, StageType.CUSTOM, StageType.DEPLOYMENT, StageType.CI].map(stageTypeArticle),
    ).toEqual(['an', 'an', 'an', 'a', 'a', 'a']);
  });
});
