import { fail, type ValidationProblem } from '../core/errors';
import { validateIdentifier } from '../core/identifier';
import type { DerivedInput } from './derived-input';
import type { FormPage } from './form-page';
import { PipelineTrigger } from './trigger-step';
import { checkMetadataTexts, checkWorkflowIdentifier, type WorkflowPresentation } from './workflow-metadata';
import type { WorkflowOutput } from './workflow-output';

/** A link in the workflow's `metadata.links`. */
export interface WorkflowLink {
  /** Link target. */
  readonly url: string;
  /** Text of the link. @default - the URL */
  readonly title?: string;
  /** Icon name, e.g. `docs` or `dashboard`. @default - none */
  readonly icon?: string;
  /** Link type, e.g. `documentation`. @default - none */
  readonly type?: string;
}

/** Props of a {@link Workflow}. */
export interface WorkflowProps {
  /**
   * Catalog identifier (IDP 2.0 root `identifier`, IDP 1.0 `metadata.name`); Harness identifier rules,
   * unique per kind (docs/rules.md#identifier-pattern). A workflow rendered only as an IDP 1.0 Backstage template
   * may use a Backstage entity name with `-`, e.g. `idp-service-onboarding` (docs/rules.md#workflow-identifier-idp1-hyphen).
   */
  readonly identifier: string;
  /** Display name (IDP 2.0 `name`, IDP 1.0 `metadata.title`). @default - none (the identifier is shown) */
  readonly name?: string;
  /** Workflow type, e.g. `service`, `environment`, `operations` (IDP 2.0 `type`, IDP 1.0 `spec.type`). */
  readonly type: string;
  /** Owner, e.g. `group:account/platform_engineering` (a user or group). @default - none (strongly recommended) */
  readonly owner?: string;
  /** `metadata.description`. @default - none */
  readonly description?: string;
  /** `metadata.icon`, the icon of the workflow card, e.g. `github`. @default - none */
  readonly icon?: string;
  /** `spec.presentation`: header and button texts of the form. @default - none */
  readonly presentation?: WorkflowPresentation;
  /** `metadata.tags`. @default - none */
  readonly tags?: readonly string[];
  /** `metadata.links`. @default - none */
  readonly links?: readonly WorkflowLink[];
  /** `metadata.annotations`. @default - none */
  readonly annotations?: Readonly<Record<string, string>>;
  /** `spec.lifecycle`, e.g. `production`, `experimental`. @default - none */
  readonly lifecycle?: string;
  /** Organization scope (IDP 2.0 only). @default - account scope */
  readonly orgIdentifier?: string;
  /** Project scope (IDP 2.0 only); needs `orgIdentifier`. @default - account or org scope */
  readonly projectIdentifier?: string;
  /** Form pages in order; more can be added with {@link Workflow.addPage}. @default [] */
  readonly pages?: readonly FormPage[];
  /** The step that runs the pipeline. */
  readonly trigger: PipelineTrigger;
  /**
   * Pipeline variables the trigger fills with values derived from the form (`WorkflowInput.derived(...)`): a field
   * through Nunjucks filters, one field feeding a second variable, a fixed value. Their `inputset` entries follow
   * those of the form inputs (docs/rules.md#contract-derived-inputs). @default []
   */
  readonly derivedInputs?: readonly DerivedInput[];
  /**
   * Output links and texts; more can be added with {@link Workflow.addOutput}.
   * @default [WorkflowOutput.pipelineUrl()]
   */
  readonly outputs?: readonly WorkflowOutput[];
}

/** What {@link Workflow.render} returns. */
export interface WorkflowRender {
  /** The document as plain data. */
  readonly document: Record<string, unknown>;
  /** The document as deterministic YAML. */
  readonly yaml: string;
  /** Every problem found; an empty list means the document is valid. */
  readonly problems: readonly ValidationProblem[];
}

/** Owner kinds the catalog accepts. */
const OWNER_KINDS: readonly string[] = ['user', 'group'];

/** The local checks of the props, made when the workflow is created. */
export function checkWorkflowProps(props: WorkflowProps, where: string): void {
  checkWorkflowIdentifier(props.identifier, where);
  checkMetadataTexts(where, props.icon, props.presentation);
  if (typeof props.type !== 'string' || props.type.trim() === '' || props.type !== props.type.trim()) {
    fail(
      where,
      'type',
      `'${props.type}' is not a workflow type`,
      "give a type such as 'service', 'environment' or 'operations' (mandatory in IDP 2.0 and Backstage)",
    );
  }
  if (props.name !== undefined && (typeof props.name !== 'string' || props.name.trim() === '')) {
    fail(where, 'name', 'the name is empty', 'give a display name, or leave it out');
  }
  if (props.owner !== undefined) checkOwner(where, props.owner);
  if (props.lifecycle !== undefined && (typeof props.lifecycle !== 'string' || props.lifecycle.trim() === '')) {
    fail(where, 'spec.lifecycle', 'the lifecycle is empty', "use e.g. 'production' or 'experimental', or leave it out");
  }
  if (props.orgIdentifier !== undefined) validateIdentifier(props.orgIdentifier, where, 'orgIdentifier');
  if (props.projectIdentifier !== undefined) validateIdentifier(props.projectIdentifier, where, 'projectIdentifier');
  if (props.projectIdentifier !== undefined && props.orgIdentifier === undefined) {
    fail(where, 'orgIdentifier', 'a project-scoped workflow needs its organization', 'set orgIdentifier too');
  }
  if (!(props.trigger instanceof PipelineTrigger)) {
    fail(where, 'spec.steps', 'the workflow has no PipelineTrigger', 'pass trigger: new PipelineTrigger({...})');
  }
}

function checkOwner(where: string, owner: string): void {
  if (typeof owner !== 'string' || owner.trim() === '' || /\s/.test(owner)) {
    fail(
      where,
      'owner',
      `'${owner}' is not an owner reference`,
      "use e.g. 'group:account/platform_engineering' or 'user:account/jane@example.com'",
    );
  }
  const m = owner.match(/^([A-Za-z]+):/);
  if (m && !OWNER_KINDS.includes(m[1].toLowerCase())) {
    fail(where, 'owner', `owner kind '${m[1]}' is not a user or group`, "use 'group:<namespace>/<name>' or 'user:<namespace>/<name>'");
  }
}
