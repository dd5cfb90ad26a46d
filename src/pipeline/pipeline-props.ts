import type { ValidationProblem } from '../core/errors';
import type { PipelineProperties } from './ci-codebase';
import type { FlowControl } from './flow-control';
import type { NotificationRule } from './notification-rule';
import type { Stage } from './stage';
import type { PipelineVariable } from './variable';

/** Props of a {@link Pipeline}. */
export interface PipelineProps {
  /** Pipeline identifier; `^[a-zA-Z_][0-9a-zA-Z_]{0,127}$`. */
  readonly identifier: string;
  /** Display name, at most 128 characters. @default the identifier */
  readonly name?: string;
  /** Organization identifier. @default - set by the construct that registers the pipeline */
  readonly orgIdentifier?: string;
  /** Project identifier. @default - set by the construct that registers the pipeline */
  readonly projectIdentifier?: string;
  /** Pipeline description. @default - none */
  readonly description?: string;
  /** Pipeline tags (`key: value`). @default - not set */
  readonly tags?: Readonly<Record<string, string>>;
  /** Pipeline variables; more can be added with {@link Pipeline.addVariable}. @default [] */
  readonly variables?: readonly PipelineVariable[];
  /** Stages in order; more can be added with {@link Pipeline.addStage}. @default [] */
  readonly stages?: readonly Stage[];
  /** The pipeline `properties` block: the CI codebase that stages with `cloneCodebase: true` clone. @default - not set */
  readonly properties?: PipelineProperties;
  /** Flow control: the barriers that Barrier steps synchronize on. @default - not set */
  readonly flowControl?: FlowControl;
  /** Notification rules: which pipeline events notify whom. @default - not set */
  readonly notificationRules?: readonly NotificationRule[];
}

/** What {@link Pipeline.render} returns. */
export interface PipelineRender {
  /** The `{ pipeline: {...} }` document, unless a problem kept it from being built. */
  readonly document?: Record<string, unknown>;
  /** The document's YAML, unless a problem kept it from being built. */
  readonly yaml?: string;
  /** Every problem found; an empty list means the document is valid. */
  readonly problems: readonly ValidationProblem[];
}

/** Scope applied when rendering, e.g. by the construct that registers the pipeline. */
export interface PipelineScope {
  /** Organization the pipeline renders into. @default - the pipeline's own orgIdentifier */
  readonly orgIdentifier?: string;
  /** Project the pipeline renders into. @default - the pipeline's own projectIdentifier */
  readonly projectIdentifier?: string;
}

/** Harness caps a compiled pipeline YAML at 3 MB. */
export const MAX_PIPELINE_YAML_BYTES = 3 * 1024 * 1024;
