import type { IConstruct } from 'constructs';
import type { PrerequisiteReference } from '../../pipeline/prerequisites';
import type { SynthSession } from './synth-session';

/**
 * The Harness objects a construct's documents refer to, with the scope of the document that refers to them (a
 * reference without a scope prefix lives in that org/project). {@link PrerequisiteDataSources} looks them up.
 */
export interface ScopedReferences {
  /** Organization of the referring document (a literal or a Terraform reference). @default - the account */
  readonly orgId?: string;
  /** Project of the referring document (a literal or a Terraform reference). @default - the organization */
  readonly projectId?: string;
  /** The references, in document order. */
  readonly references: readonly PrerequisiteReference[];
}

/** Computes a construct's references in a synthesis (from the documents rendered in it). */
export type PrerequisiteSource = (session: SynthSession) => ScopedReferences;

const SOURCE = Symbol.for('cdktf-harness-idp.PrerequisiteSource');

/** Declares where `construct`'s references come from (the constructs that render documents do, once). */
export function declarePrerequisites(construct: IConstruct, source: PrerequisiteSource): void {
  Object.defineProperty(construct, SOURCE, { value: source, enumerable: false });
}

/** The references of `construct` in `session`, or undefined when it renders no document that has any. */
export function prerequisitesOf(construct: IConstruct, session: SynthSession): ScopedReferences | undefined {
  const source = (construct as unknown as Record<symbol, PrerequisiteSource | undefined>)[SOURCE];
  return source?.(session);
}
