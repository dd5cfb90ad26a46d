import { fail } from '../../../core/errors';
import type { Expression } from '../../../core/expression';
import { Step, type StepProps } from '../../step';
import { renderTextList, type TextList } from '../common/text-list';
import { checkFmeList, checkFmeName, checkFmeTags, checkFmeText } from './fme-fields';

/** Props of an {@link FmeSegmentUpdateStep}. Set at least one of the optional fields. */
export interface FmeSegmentUpdateStepProps extends StepProps {
  /**
   * The segment's name (spec `name`; the prop has another name because `name` is the step's display name),
   * `^[a-zA-Z][-_a-zA-Z0-9]*$` (at most 100 characters), or an expression.
   */
  readonly segmentName: string | Expression;
  /**
   * New segment description (spec `description`; the step's own `description` is the envelope's).
   * @default - unchanged
   */
  readonly segmentDescription?: string | Expression;
  /** New owners, or one expression for the whole list. @default - unchanged */
  readonly owners?: TextList;
  /** New tags (at most 20), each `^([a-zA-Z0-9-_:]+)$`, or one expression for the whole list. @default - unchanged */
  readonly tags?: TextList;
}

const FIELDS = ['segmentDescription', 'owners', 'tags'] as const;

/**
 * The FME step `FmeSegmentUpdate` (`FmeSegmentUpdateInfo`): updates a segment's metadata (description, owners, tags).
 * Custom and Deployment stages.
 *
 * @see https://developer.harness.io/docs/feature-management-experimentation/pipelines
 */
export class FmeSegmentUpdateStep extends Step {
  public readonly type = 'FmeSegmentUpdate';
  private readonly props: FmeSegmentUpdateStepProps;

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: FmeSegmentUpdateStepProps) {
    super(props);
    this.props = props;
    const where = this.describe();
    checkFmeName(props.segmentName, where, 'spec.name', 'segment');
    if (FIELDS.every((f) => props[f] === undefined)) {
      fail(where, 'spec', 'the step updates nothing', `set at least one of ${FIELDS.join(', ')}`);
    }
    checkFmeText(props.segmentDescription, where, 'spec.description', false, 'describe the segment');
    checkFmeList(props.owners, where, 'spec.owners', 'owner');
    checkFmeTags(props.tags, where, 20);
  }

  protected renderSpec(): Record<string, unknown> {
    const p = this.props;
    return { name: p.segmentName, description: p.segmentDescription, owners: renderTextList(p.owners), tags: renderTextList(p.tags) };
  }
}
