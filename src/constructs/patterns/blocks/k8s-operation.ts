import type { Construct } from 'constructs';
import { fail } from '../../../core/errors';
import type { FailureStrategy } from '../../../pipeline/failure-strategy';
import { DeploymentStage, DeploymentType } from '../../../pipeline/stages/deployment-stage';
import type { Step } from '../../../pipeline/step';
import type { HarnessApprovalStep } from '../../../pipeline/steps/custom/harness-approval';
import { Timeout } from '../../../pipeline/timeout';
import { FormPage } from '../../../workflow/form-page';
import { WorkflowInput } from '../../../workflow/workflow-input';
import { buildInConstruct } from '../../private/model-validation';
import { type ApprovalGate, createApprovalStep, requireApprovalGate } from './approval-gate';
import type { GatedOperationProps } from './self-service-pattern';
import { type PatternDefaults, SelfServicePattern } from './self-service-pattern';

/** Props every Kubernetes day-2 pattern (rollback, scale, restart) takes. */
export interface K8sOperationProps extends GatedOperationProps {
  /**
   * Harness service identifiers the form offers as a drop-down (`enum`; the pipeline variable gets
   * `.allowedValues(...)`). Scoped references such as `org.payments` are allowed.
   * @default - free text
   */
  readonly services?: readonly string[];
  /** Harness environment identifiers the form offers as a drop-down, e.g. `['dev', 'staging', 'prod']`. @default - free text */
  readonly environments?: readonly string[];
  /** Infrastructure definition identifiers the form offers as a drop-down. @default - free text */
  readonly infrastructures?: readonly string[];
  /**
   * Failure strategies of the Deployment stage (the schema requires at least one, see docs/rules.md#deployment-stage-failure-strategies).
   * @default [AllErrors → Abort]
   */
  readonly failureStrategies?: readonly FailureStrategy[];
  /** Timeout of the Kubernetes step(s). @default 10m */
  readonly operationTimeout?: Timeout | string;
}

/** Props of the patterns that act on one workload (scale, restart). */
export interface K8sWorkloadProps {
  /**
   * Regular expression the workload field must match (form `pattern`, pipeline `.regex(...)`).
   * @default K8S_WORKLOAD_PATTERN: `[namespace/]Kind/Name` with Kind Deployment, StatefulSet or DaemonSet
   */
  readonly workloadPattern?: string;
}

/** The service/environment/infrastructure inputs every Kubernetes pattern has. */
export interface K8sTargetInputs {
  /** `service_id`: the Harness service (`service.serviceRef`). */
  readonly service: WorkflowInput;
  /** `environment_id`: the Harness environment (`environment.environmentRef`). */
  readonly environment: WorkflowInput;
  /** `infra_id`: the infrastructure definition of the environment. */
  readonly infrastructure: WorkflowInput;
}

/**
 * `[namespace/]Kind/Name` with the kinds the K8s Scale step supports (docs/rules.md#k8s-scale-workload-kind) and lowercase DNS
 * names.
 */
export const K8S_WORKLOAD_PATTERN = '^([a-z0-9-]+/)?(Deployment|StatefulSet|DaemonSet)/[a-z0-9.-]+$';

/** What a Kubernetes pattern names after its operation. */
export interface K8sOperationDefaults extends PatternDefaults {
  /** The operation in a word, e.g. `rollback`: the approval step is `approve_<operation>`. */
  readonly operation: string;
  /** Stage identifier, e.g. `rollback`. */
  readonly stageIdentifier: string;
  /** Stage name, e.g. `Rollback`. */
  readonly stageName: string;
  /** Name of the workflow's trigger step, e.g. `Rolling back`. */
  readonly triggerName: string;
}

/** What a subclass hands to {@link K8sOperation.build}. */
export interface K8sOperationParts {
  /** The inputs after service/environment/infrastructure, in form order. */
  readonly inputs: readonly WorkflowInput[];
  /** The Kubernetes step(s), in order, after the approval. */
  readonly steps: readonly Step[];
  /** What the approvers are asked (the target line and the requester are appended). */
  readonly request: string;
}

const SCOPED_IDENTIFIER = /^((account|org)\.)?[a-zA-Z_][0-9a-zA-Z_]{0,127}$/;

/**
 * The shared shape of the Kubernetes day-2 patterns (rollback, scale, restart): one Deployment stage
 * on the service, environment and infrastructure the user picks in the form, a HarnessApproval step from
 * the required {@link ApprovalGate}, then the subclass's Kubernetes step(s).
 *
 * A subclass calls `super(...)`, creates its own inputs and steps (reading {@link target}), then calls
 * {@link build} once.
 * @see https://developer.harness.io/docs/internal-developer-portal/adoption/why-workflows
 */
export abstract class K8sOperation extends SelfServicePattern {
  /** The approval decision. */
  public readonly approval: ApprovalGate;
  /** The Deployment stage (add steps or rollback steps, or override fields, before synth). */
  public readonly stage: DeploymentStage;
  /** The service/environment/infrastructure inputs. */
  protected readonly target: K8sTargetInputs;
  /** Timeout for the subclass's Kubernetes step(s). */
  protected readonly operationTimeout: Timeout;
  private readonly k8sProps: K8sOperationProps;
  private readonly k8sDefaults: K8sOperationDefaults;

  /** Builds the inputs (service, environment, infrastructure) and the Deployment stage of a Kubernetes operation for a subclass. */
  protected constructor(scope: Construct, id: string, props: K8sOperationProps, defaults: K8sOperationDefaults) {
    super(scope, id, props, defaults);
    const where = this.node.path;
    this.k8sProps = props;
    this.k8sDefaults = defaults;
    this.approval = requireApprovalGate(props.approval, where);
    this.operationTimeout = Timeout.of(props.operationTimeout ?? Timeout.minutes(10), `${where}: operationTimeout`);
    this.target = buildInConstruct(where, () => ({
      service: targetInput(where, 'services', 'service_id', 'Service identifier', 'Harness service identifier', props.services),
      environment: targetInput(
        where,
        'environments',
        'environment_id',
        'Environment identifier',
        'Harness environment identifier',
        props.environments,
      ),
      infrastructure: targetInput(
        where,
        'infrastructures',
        'infra_id',
        'Infrastructure definition',
        'Infrastructure definition identifier',
        props.infrastructures,
      ),
    }));
    this.stage = buildInConstruct(
      where,
      () =>
        new DeploymentStage({
          identifier: defaults.stageIdentifier,
          name: defaults.stageName,
          description: '',
          tags: {},
          deploymentType: DeploymentType.KUBERNETES,
          serviceRef: this.target.service,
          environmentRef: this.target.environment,
          deployToAll: false,
          infrastructureDefinitions: [this.target.infrastructure],
          failureStrategies: props.failureStrategies,
        }),
    );
  }

  /** The `workload` input (`[namespace/]Kind/Name`) of the patterns that act on one workload. */
  protected workloadInput(props: K8sWorkloadProps): WorkflowInput {
    return buildInConstruct(this.node.path, () =>
      WorkflowInput.string('workload', {
        title: 'Workload ([namespace/]Kind/Name)',
        pattern: props.workloadPattern ?? K8S_WORKLOAD_PATTERN,
        variableDescription: '[namespace/]Kind/Name, e.g. payments/Deployment/payments-api',
      }),
    );
  }

  /**
   * Adds the approval step and the subclass's steps to the stage, builds the pipeline and the form
   * (one page: service, environment, infrastructure, then the subclass's inputs) and registers both.
   * @returns the approval step, or `undefined` when the approval is skipped
   */
  protected build(parts: K8sOperationParts): HarnessApprovalStep | undefined {
    return buildInConstruct(this.node.path, () => {
      const { service, environment, infrastructure } = this.target;
      const approve = createApprovalStep(this.approval, {
        operation: this.k8sDefaults.operation,
        request: `${parts.request}\nTarget: service ${service}, environment ${environment}, infrastructure ${infrastructure}.`,
        message: this.k8sProps.approvalMessage,
      });
      if (approve) this.stage.addStep(approve);
      this.stage.addStep(...parts.steps);
      this.register({
        stages: [this.stage],
        pages: [new FormPage({ title: 'Target', inputs: [service, environment, infrastructure, ...parts.inputs] })],
        approval: this.approval,
        triggerName: this.k8sDefaults.triggerName,
      });
      return approve;
    });
  }
}

function targetInput(
  where: string,
  prop: string,
  id: string,
  title: string,
  variableDescription: string,
  allowed: readonly string[] | undefined,
): WorkflowInput {
  if (allowed === undefined) return WorkflowInput.string(id, { title, variableDescription });
  if (!Array.isArray(allowed) || allowed.length === 0) {
    fail(where, prop, 'the list of allowed values is empty', `list at least one identifier, or leave ${prop} out for a free-text field`);
  }
  allowed.forEach((v, i) => {
    if (typeof v !== 'string' || !SCOPED_IDENTIFIER.test(v)) {
      fail(
        where,
        `${prop}[${i}]`,
        `'${String(v)}' is not a Harness identifier`,
        "use the identifier (optionally scoped, e.g. 'prod' or 'org.prod'), not the display name",
      );
    }
  });
  const dup = allowed.find((v, i) => allowed.indexOf(v) !== i);
  if (dup !== undefined) fail(where, prop, `'${dup}' is listed twice`, 'list each identifier once (enum values must be distinct)');
  return WorkflowInput.enum(id, { title, variableDescription, values: allowed });
}
