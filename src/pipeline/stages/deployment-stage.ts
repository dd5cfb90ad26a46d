import { requireProps } from '../../core/arguments';
import { StageType } from '../compatibility';
import type { RenderContext } from '../../core/render-context';
import { fail, type ValidationProblem } from '../../core/errors';
import type { Expression } from '../../core/expression';
import { FailureAction, FailureStrategy } from '../failure-strategy';
import { Stage, type StageProps } from '../stage';
import type { Step } from '../step';
import type { StepGroup } from '../step-group';
import { type StepGroupNode, StepList, type StepListOwner } from '../step-list';
import { requireText } from '../steps/common/field-checks';
import { k8sStepOrderProblems } from './deployment-step-order';

/** Deployment types (`DeploymentStageConfig.deploymentType`). */
export enum DeploymentType {
  /** Kubernetes manifests or Helm charts applied by Harness (the K8s steps). */
  KUBERNETES = 'Kubernetes',
  /** Helm charts installed with native Helm. */
  NATIVE_HELM = 'NativeHelm',
  /** Traditional deployment to hosts over SSH. */
  SSH = 'Ssh',
  /** Traditional deployment to Windows hosts over WinRM. */
  WIN_RM = 'WinRm',
  /** AWS Lambda through the Serverless framework. */
  SERVERLESS_AWS_LAMBDA = 'ServerlessAwsLambda',
  /** Azure Web Apps. */
  AZURE_WEB_APP = 'AzureWebApp',
  /** Azure Functions. */
  AZURE_FUNCTION = 'AzureFunction',
  /** A custom deployment template. */
  CUSTOM_DEPLOYMENT = 'CustomDeployment',
  /** Amazon ECS. */
  ECS = 'ECS',
  /** Spot Elastigroup. */
  ELASTIGROUP = 'Elastigroup',
  /** Tanzu Application Service. */
  TAS = 'TAS',
  /** AWS Auto Scaling Groups. */
  ASG = 'Asg',
  /** Google Cloud Functions. */
  GOOGLE_CLOUD_FUNCTIONS = 'GoogleCloudFunctions',
  /** AWS Lambda (native). */
  AWS_LAMBDA = 'AwsLambda',
  /** AWS SAM. */
  AWS_SAM = 'AWS_SAM',
  /** Google Cloud Run. */
  GOOGLE_CLOUD_RUN = 'GoogleCloudRun',
  /** Azure Container Apps. */
  AZURE_CONTAINER_APPS = 'AzureContainerApps',
  /** Salesforce. */
  SALESFORCE = 'Salesforce',
  /** Google Managed Instance Groups. */
  GOOGLE_MANAGED_INSTANCE_GROUP = 'GoogleManagedInstanceGroup',
  /** AI agents. */
  AI_AGENT = 'AiAgent',
}

/** Props of a {@link DeploymentStage}. */
export interface DeploymentStageProps extends StageProps {
  /** Deployment type of the service. @default - not set */
  readonly deploymentType?: DeploymentType;
  /** Service identifier (`service.serviceRef`), or an expression such as a pipeline variable. */
  readonly serviceRef: string | Expression;
  /** Environment identifier (`environment.environmentRef`), or an expression. */
  readonly environmentRef: string | Expression;
  /** Infrastructure definition identifiers of the environment (at least one), or expressions. */
  readonly infrastructureDefinitions: readonly (string | Expression)[];
  /**
   * Deploy to every infrastructure of the environment (`environment.deployToAll`) rather than only those listed.
   * @default - not set (Harness applies false)
   */
  readonly deployToAll?: boolean | Expression;
  /** Steps run when the stage rolls back; more can be added with {@link DeploymentStage.addRollbackStep}. @default [] */
  readonly rollbackSteps?: readonly (Step | StepGroup)[];
  /**
   * Stage failure strategies; the schema requires them on Deployment stages
   * (docs/rules.md#deployment-stage-failure-strategies).
   * @default [AllErrors → Abort]
   */
  readonly failureStrategies?: readonly FailureStrategy[];
}

/**
 * A Deployment (CD) stage: a service deployed to an environment's infrastructure, with `execution.steps` and
 * `execution.rollbackSteps`. Hosts the Kubernetes steps (rolling, canary and blue-green deployments, Apply, Delete,
 * K8sRollingRollback, K8sScale, K8sRollout, K8sPatch) next to approvals, Http, ShellScript, Jira, ServiceNow, Policy,
 * FME and the container steps. A K8sCanaryDelete or K8sBGSwapServices step needs its K8sCanaryDeploy or
 * K8sBlueGreenDeploy step earlier in the stage (checked when the pipeline renders).
 */
export class DeploymentStage extends Stage {
  /** The stage's `execution.rollbackSteps`. Rollback steps run after the main steps. */
  public readonly rollbackSteps: StepList;
  private readonly deploymentProps: DeploymentStageProps;

  /**
   * Creates the stage with its steps and rollback steps; identifier, name, service, environment and the stage/step matrix are checked at
   * once.
   */
  constructor(props: DeploymentStageProps) {
    super(StageType.DEPLOYMENT, {
      ...requireProps(props, 'new DeploymentStage', "new DeploymentStage({ identifier: 'deploy', ... })"),
      steps: undefined,
      failureStrategies: props.failureStrategies ?? [FailureStrategy.onAllErrors(FailureAction.ABORT)],
    });
    this.deploymentProps = props;
    const where = this.describe();
    if (props.failureStrategies !== undefined && props.failureStrategies.length === 0) {
      fail(
        where,
        'failureStrategies',
        'is empty, but the schema requires failure strategies on Deployment stages',
        'leave failureStrategies out (default: Abort on all errors) or give at least one',
      );
    }
    if (props.deploymentType !== undefined && !Object.values(DeploymentType).includes(props.deploymentType)) {
      fail(
        where,
        'spec.deploymentType',
        `'${String(props.deploymentType)}' is not a deployment type`,
        `use one of ${Object.values(DeploymentType).join(', ')}`,
      );
    }
    requireText(props.serviceRef, where, 'spec.service.serviceRef', 'give the service identifier or a pipeline variable');
    requireText(props.environmentRef, where, 'spec.environment.environmentRef', 'give the environment identifier or a pipeline variable');
    if (!Array.isArray(props.infrastructureDefinitions) || props.infrastructureDefinitions.length === 0) {
      fail(
        where,
        'spec.environment.infrastructureDefinitions',
        'no infrastructure definition is given',
        'list at least one infrastructure definition identifier (or a pipeline variable)',
      );
    }
    props.infrastructureDefinitions.forEach((d, i) =>
      requireText(d, where, `spec.environment.infrastructureDefinitions[${i}].identifier`, 'give the infrastructure definition identifier'),
    );
    // Rollback steps share the stage's identifiers and matrix; their positions come after the main steps
    // (the main list sits at [...stage, 0], this one at [...stage, 1]).
    const rollbackOwner: StepListOwner = {
      stageType: StageType.DEPLOYMENT,
      describe: () => `${this.describe()} > rollbackSteps`,
      ownerPosition: () => [...this.ownerPosition().slice(0, -1), 1],
      registerIdentifier: (node) => this.registerIdentifier(node),
    };
    this.rollbackSteps = new StepList(rollbackOwner, () => `pipeline.stages.${this.identifier}.spec.execution.rollbackSteps`);
    if (props.steps) this.addStep(...props.steps);
    if (props.rollbackSteps) this.addRollbackStep(...props.rollbackSteps);
  }

  /** Appends rollback steps (or step groups), in order. */
  public addRollbackStep(...steps: (Step | StepGroup)[]): this {
    this.rollbackSteps.add(...steps);
    return this;
  }

  /** All steps of the stage in execution order: the main steps, then the rollback steps. */
  public allSteps(): Step[] {
    return [...this.steps.allSteps(), ...this.rollbackSteps.allSteps()];
  }

  /** All step groups of the stage: those of the main steps, then those of the rollback steps. */
  public allGroups(): StepGroupNode[] {
    return [...this.steps.allGroups(), ...this.rollbackSteps.allGroups()];
  }

  public validate(): ValidationProblem[] {
    const problems = super.validate();
    if (this.steps.items.length === 0 && !problems.some((p) => p.field === 'spec.execution.steps')) {
      problems.push({
        path: this.describe(),
        field: 'spec.execution.steps',
        problem: 'the stage has rollback steps but no steps',
        fix: 'add at least one step with addStep()',
      });
    }
    problems.push(...k8sStepOrderProblems(this.allSteps()));
    return problems;
  }

  protected renderExecution(ctx: RenderContext): Record<string, unknown> {
    return { steps: this.steps.toObject(ctx), rollbackSteps: this.rollbackSteps.toObject(ctx) };
  }

  protected renderSpec(execution: Record<string, unknown>): Record<string, unknown> {
    const p = this.deploymentProps;
    return {
      deploymentType: p.deploymentType,
      service: { serviceRef: p.serviceRef },
      environment: {
        environmentRef: p.environmentRef,
        deployToAll: p.deployToAll,
        infrastructureDefinitions: p.infrastructureDefinitions.map((identifier) => ({ identifier })),
      },
      execution,
    };
  }
}
