import { fail } from '../../../core/errors';
import { Expression } from '../../../core/expression';
import { Step, type StepProps } from '../../step';
import { renderTextList, type TextList } from '../common/text-list';
import { checkFmeName, checkFmeTags, checkFmeText } from './fme-fields';
import { checkTextList } from '../common/text-list';

/** Kind of segment (`segmentType`). */
export enum FmeSegmentType {
  /** A list of keys, edited in the UI or through the API. */
  STANDARD = 'Standard',
  /** A large list of keys, uploaded as a file. */
  LARGE = 'Large',
  /** Keys that match targeting rules. */
  RULE_BASED = 'RuleBased',
}

/** Props of an {@link FmeSegmentCreateStep}. */
export interface FmeSegmentCreateStepProps extends StepProps {
  /**
   * The new segment's name (spec `name`; the prop has another name because `name` is the step's display name),
   * `^[a-zA-Z][-_a-zA-Z0-9]*$` (at most 100 characters), or an expression.
   */
  readonly segmentName: string | Expression;
  /** FME traffic type of the segment, e.g. `user` (case-sensitive), or an expression. */
  readonly trafficType: string | Expression;
  /** Kind of segment, or an expression. */
  readonly segmentType: FmeSegmentType | Expression;
  /**
   * The segment description (spec `description`; the step's own `description` is the envelope's).
   * @default - none
   */
  readonly segmentDescription?: string | Expression;
  /** Owners, at least one when given as a list, or one expression. @default - none */
  readonly owners?: TextList;
  /** Tags (at most 20), each `^([a-zA-Z0-9-_:]+)$`, or one expression for the whole list. @default - none */
  readonly tags?: TextList;
}

/**
 * The FME step `FmeSegmentCreate` (`FmeSegmentCreateStepInfo`): creates a segment (its keys come from
 * FmeSegmentAddRemoveTargets or FmeSegmentSetTargetingRules). Custom and Deployment stages.
 *
 * @see https://developer.harness.io/docs/feature-management-experimentation/pipelines
 */
export class FmeSegmentCreateStep extends Step {
  public readonly type = 'FmeSegmentCreate';
  private readonly props: FmeSegmentCreateStepProps;

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: FmeSegmentCreateStepProps) {
    super(props);
    this.props = props;
    const where = this.describe();
    checkFmeName(props.segmentName, where, 'spec.name', 'segment');
    checkFmeText(props.trafficType, where, 'spec.trafficType', true, "give the FME traffic type, e.g. 'user'");
    const t: unknown = props.segmentType;
    if (!(t instanceof Expression) && !Object.values(FmeSegmentType).includes(t as FmeSegmentType)) {
      fail(
        where,
        'spec.segmentType',
        t === undefined ? 'is required' : `'${String(t)}' is not a segment type`,
        `use one of ${Object.values(FmeSegmentType).join(', ')} (this casing), or an expression`,
      );
    }
    checkFmeText(props.segmentDescription, where, 'spec.description', false, 'describe the segment');
    if (props.owners !== undefined) {
      checkTextList(props.owners, where, {
        field: 'spec.owners',
        emptyFix: 'list at least one owner, or leave owners out',
        itemFix: 'give the owner',
      });
    }
    checkFmeTags(props.tags, where, 20);
  }

  protected renderSpec(): Record<string, unknown> {
    const p = this.props;
    return {
      name: p.segmentName,
      trafficType: p.trafficType,
      segmentType: p.segmentType,
      description: p.segmentDescription,
      owners: renderTextList(p.owners),
      tags: renderTextList(p.tags),
    };
  }
}
