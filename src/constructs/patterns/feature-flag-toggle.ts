import { checkTreatmentName } from '../../pipeline/steps/fme/fme-fields';
import type { Construct } from 'constructs';
import { fail } from '../../core/errors';
import { Expr } from '../../core/expr';
import { FailureAction, FailureStrategy } from '../../pipeline/failure-strategy';
import { CustomStage } from '../../pipeline/stages/custom-stage';
import type { HarnessApprovalStep } from '../../pipeline/steps/custom/harness-approval';
import { PolicyStep } from '../../pipeline/steps/custom/policy';
import { FmeFlagAddRemoveIndividualTargetsStep } from '../../pipeline/steps/fme/fme-flag-add-remove-individual-targets';
import { Timeout } from '../../pipeline/timeout';
import { FormPage } from '../../workflow/form-page';
import { WorkflowInput } from '../../workflow/workflow-input';
import { buildInConstruct } from '../private/model-validation';
import { type ApprovalGate, createApprovalStep, requireApprovalGate } from './blocks/approval-gate';
import { checkChoices } from './blocks/pattern-input';
import { SelfServicePattern, type SelfServicePatternProps } from './blocks/self-service-pattern';

/** What the toggle does to the target. */
export enum FlagAction {
  /** Add the target key to the treatment. */
  ENABLE = 'enable',
  /** Remove the target key from the treatment. */
  DISABLE = 'disable',
}

/** Props of a {@link FeatureFlagToggle}. */
export interface FeatureFlagToggleProps extends SelfServicePatternProps {
  /**
   * OPA policy sets that govern the change, with scope prefix, e.g. `account.fme_flag_change_guardrails`.
   * They evaluate a JSON payload of the form values: `flagName`, `environment`, `targetKey`, `action`,
   * `triggeredBy`.
   */
  readonly policySets: readonly string[];
  /** FME environments (names or ids) the form offers. @default ['Staging', 'Production'] */
  readonly environments?: readonly string[];
  /**
   * Environment the form proposes; one of `environments`.
   * @default 'Production' when `environments` is left out, otherwise none
   */
  readonly defaultEnvironment?: string;
  /** Treatment the target key is added to / removed from. @default 'on' */
  readonly treatment?: string;
  /**
   * A human approval after the policy check. FME environment approval settings do not apply to pipeline
   * runs, so add one if the flag change needs a person's sign-off.
   * @see https://developer.harness.io/docs/feature-management-experimentation/pipelines
   * @default - none (the policy sets govern the change)
   */
  readonly approval?: ApprovalGate;
}

/** The inputs of a {@link FeatureFlagToggle}. */
export interface FeatureFlagToggleInputs {
  /** `flag_name`: the FME flag. */
  readonly flagName: WorkflowInput;
  /** `target_key`: the individual target (user/account key). */
  readonly targetKey: WorkflowInput;
  /** `action`: `enable` or `disable`. */
  readonly action: WorkflowInput;
  /** `environment`: the FME environment. */
  readonly environment: WorkflowInput;
}

/** The steps of a {@link FeatureFlagToggle}. */
export interface FeatureFlagToggleSteps {
  /** `flag_change_governance`: the Policy step on the form values. */
  readonly policy: PolicyStep;
  /** `approve_flag_change`; only with an `approval`. */
  readonly approve?: HarnessApprovalStep;
  /** `enable_flag_for_target`: adds the key; runs when action is `enable`. */
  readonly enable: FmeFlagAddRemoveIndividualTargetsStep;
  /** `disable_flag_for_target`: removes the key; runs when action is `disable`. */
  readonly disable: FmeFlagAddRemoveIndividualTargetsStep;
}

/**
 * FME target keys the form accepts (user or account keys such as `user-42`, `jane@example.com`): no quote, backslash,
 * space, comma or parenthesis, so the value cannot change the policy's JSON payload or the step's runtime input.
 */
const TARGET_KEY_PATTERN = '^[A-Za-z0-9@._:+-]+$';

const DEFAULT_ENVIRONMENTS: readonly string[] = ['Staging', 'Production'];

/**
 * Enable or disable an FME feature flag for one target: a Custom stage with a Policy
 * step on the form values, then two FmeFlagAddRemoveIndividualTargets steps, one adding the target key to
 * the treatment when the action is `enable`, one removing it when `disable` (step `when` conditions).
 *
 * @example
 * new FeatureFlagToggle(stack, 'flags', {
 *   policySets: ['account.fme_flag_change_guardrails'],
 *   environments: ['Staging', 'Production'],
 * });
 * @see https://developer.harness.io/docs/internal-developer-portal/adoption/why-workflows
 */
export class FeatureFlagToggle extends SelfServicePattern {
  /** The form inputs; each is also the pipeline variable it feeds (pass it to step fields). */
  public readonly inputs: FeatureFlagToggleInputs;
  /** The pipeline's steps, to read outputs, add overrides or place new steps around them. */
  public readonly steps: FeatureFlagToggleSteps;
  /** The Custom stage. */
  public readonly stage: CustomStage;

  /** Creates the feature flag toggle: the Policy-checked FME pipeline, its workflow form and their registration. */
  constructor(scope: Construct, id: string, props: FeatureFlagToggleProps) {
    super(scope, id, props, {
      identifier: 'idp_feature_flag_toggle',
      title: 'Toggle a feature flag for a target',
      pipelineName: 'IDP Feature Flag Toggle',
      description: 'OPA-governed add/remove of an individual target on an FME flag.',
      type: 'feature-flag',
    });
    const built = buildInConstruct(this.node.path, () => this.buildParts(props));
    this.inputs = built.inputs;
    this.steps = built.steps;
    this.stage = built.stage;
  }

  /**
   * Builds the inputs, steps and stage from the props and registers the pipeline and the workflow (run
   * through {@link buildInConstruct}, so a model error names this construct's path).
   */
  private buildParts(props: FeatureFlagToggleProps): {
    inputs: FeatureFlagToggleInputs;
    steps: FeatureFlagToggleSteps;
    stage: CustomStage;
  } {
    const where = this.node.path;
    if (!Array.isArray(props.policySets) || props.policySets.length === 0) {
      fail(
        where,
        'policySets',
        'no policy set governs the flag change',
        "list at least one OPA policy set, e.g. ['account.fme_flag_change_guardrails']",
      );
    }
    const { environments, defaultEnvironment } = checkEnvironments(props, where);
    const treatment = props.treatment ?? 'on';
    // One rule, one place: the FME steps' treatment name rule.
    checkTreatmentName(treatment, where, 'treatment', false);
    const approval = props.approval === undefined ? undefined : requireApprovalGate(props.approval, where);
    const inputs = toggleInputs(treatment, environments, defaultEnvironment);
    const steps = toggleSteps(props.policySets, treatment, approval, inputs);
    const { policy, approve, enable, disable } = steps;
    const stage = new CustomStage({
      identifier: 'toggle_flag',
      name: 'Toggle flag for target',
      description: '',
      tags: {},
      steps: [policy, ...(approve ? [approve] : []), enable, disable],
      failureStrategies: [FailureStrategy.onAllErrors(FailureAction.MARK_AS_FAILURE)],
    });
    const { flagName, targetKey, action, environment } = inputs;
    this.register({
      stages: [stage],
      pages: [new FormPage({ title: 'Flag change', inputs: [flagName, targetKey, action, environment] })],
      approval,
      triggerName: 'Changing flag targeting',
    });
    return { inputs, steps, stage };
  }
}

/** The FME environments the form offers, and the one it proposes (one of them). */
function checkEnvironments(
  props: FeatureFlagToggleProps,
  where: string,
): { environments: readonly string[]; defaultEnvironment: string | undefined } {
  if (props.environments !== undefined && (!Array.isArray(props.environments) || props.environments.length === 0)) {
    fail(
      where,
      'environments',
      'the list of FME environments is empty',
      "list the environments the form offers, e.g. ['Staging', 'Production'], or leave environments out",
    );
  }
  const environments =
    props.environments === undefined
      ? DEFAULT_ENVIRONMENTS
      : checkChoices(props.environments, where, 'environments', 'list the environments the form offers');
  const defaultEnvironment = props.defaultEnvironment ?? (props.environments === undefined ? 'Production' : undefined);
  if (defaultEnvironment !== undefined && !environments.includes(defaultEnvironment)) {
    fail(
      where,
      'defaultEnvironment',
      `'${defaultEnvironment}' is not one of the environments [${environments.join(', ')}]`,
      'pick one of the environments, or add it to environments',
    );
  }
  return { environments, defaultEnvironment };
}

/** The form: the flag, the target key, the action and the FME environment. */
function toggleInputs(treatment: string, environments: readonly string[], defaultEnvironment: string | undefined): FeatureFlagToggleInputs {
  const flagName = WorkflowInput.string('flag_name', {
    title: 'Flag name',
    pattern: '^[a-zA-Z][-_a-zA-Z0-9]*$',
    maxLength: 100,
    variableDescription: 'FME feature flag name',
  });
  const targetKey = WorkflowInput.string('target_key', {
    title: 'Target user key',
    pattern: TARGET_KEY_PATTERN,
    variableDescription: 'Individual target key (user/account key)',
  });
  const action = WorkflowInput.enum('action', {
    title: 'Action',
    values: [FlagAction.ENABLE, FlagAction.DISABLE],
    default: FlagAction.ENABLE,
    variableDescription: `enable adds the key to the "${treatment}" treatment, disable removes it`,
  });
  const environment = WorkflowInput.enum('environment', {
    title: 'FME environment',
    values: environments,
    default: defaultEnvironment,
    variableDescription: 'FME environment name or id',
  });
  return { flagName, targetKey, action, environment };
}

/** The Policy step on the form values, the approval (with one), and the two toggles, one per action. */
function toggleSteps(
  policySets: readonly string[],
  treatment: string,
  approval: ApprovalGate | undefined,
  inputs: FeatureFlagToggleInputs,
): FeatureFlagToggleSteps {
  const { flagName, targetKey, action, environment } = inputs;
  const timeout = Timeout.minutes(5);
  const policy = new PolicyStep({
    identifier: 'flag_change_governance',
    name: 'Flag change governance',
    timeout,
    policySets,
    payload: { flagName, environment, targetKey, action, triggeredBy: Expr.TRIGGERED_BY_EMAIL },
  });
  const approve =
    approval &&
    createApprovalStep(approval, {
      operation: 'flag change',
      request: `${action} flag ${flagName} (treatment "${treatment}") for target ${targetKey} in ${environment}?`,
    });
  const toggle = (act: FlagAction, verb: string, change: 'addKeys' | 'removeKeys') =>
    new FmeFlagAddRemoveIndividualTargetsStep({
      identifier: `${act}_flag_for_target`,
      name: `${verb} flag for target`,
      timeout,
      when: { condition: Expr.equals(action, act) },
      flagName,
      environment,
      treatments: [{ treatment, [change]: [targetKey] }],
    });
  const enable = toggle(FlagAction.ENABLE, 'Enable', 'addKeys');
  const disable = toggle(FlagAction.DISABLE, 'Disable', 'removeKeys');
  return { policy, approve, enable, disable };
}
