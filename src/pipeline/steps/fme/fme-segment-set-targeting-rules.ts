import { fail } from '../../../core/errors';
import { Expression } from '../../../core/expression';
import { Step, type StepProps } from '../../step';
import { renderTextList, type TextList } from '../common/text-list';
import { checkFmeEnvironment, checkFmeList, checkFmeName, checkFmeText } from './fme-fields';
import { checkCondition, type FmeTargetingRule, renderCondition } from './fme-targeting-rule';

/** A rule of a rule-based segment: keys matching every matcher of the condition are in the segment. */
export interface FmeSegmentRule {
  /** The matchers, all of which must match (`condition.rules`). */
  readonly condition: FmeTargetingRule['condition'];
}

/** Props of an {@link FmeSegmentSetTargetingRulesStep}. Set at least one of the optional fields. */
export interface FmeSegmentSetTargetingRulesStepProps extends StepProps {
  /** Segment name, `^[a-zA-Z][-_a-zA-Z0-9]*$` (at most 100 characters), or an expression. */
  readonly segmentName: string | Expression;
  /** FME environment name or id (1 to 100 characters), or an expression. */
  readonly environment: string | Expression;
  /** The segment's rules, replacing the current ones (`[]` clears them), or one expression. @default - unchanged */
  readonly rules?: readonly FmeSegmentRule[] | Expression;
  /** Keys never in the segment, or one expression for the list. @default - unchanged */
  readonly excludeKeys?: TextList;
  /** Segments whose keys are never in this one, or one expression for the list. @default - unchanged */
  readonly excludeSegments?: TextList;
  /** Comment recorded with the change. @default - none */
  readonly comment?: string | Expression;
  /** Title recorded with the change. @default - none */
  readonly title?: string | Expression;
}

const CHANGES = ['rules', 'excludeKeys', 'excludeSegments'] as const;

/**
 * The FME step `FmeSegmentSetTargetingRules` (`FmeSegmentSetTargetingRulesStepInfo`): sets the rules and exclusions
 * of a rule-based segment in an environment. Custom and Deployment stages.
 *
 * @see https://developer.harness.io/docs/feature-management-experimentation/pipelines
 */
export class FmeSegmentSetTargetingRulesStep extends Step {
  public readonly type = 'FmeSegmentSetTargetingRules';
  private readonly props: FmeSegmentSetTargetingRulesStepProps;

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: FmeSegmentSetTargetingRulesStepProps) {
    super(props);
    this.props = props;
    const where = this.describe();
    checkFmeName(props.segmentName, where, 'spec.segmentName', 'segment');
    checkFmeEnvironment(props.environment, where);
    if (CHANGES.every((k) => props[k] === undefined)) {
      fail(where, 'spec', 'the step sets no rule and no exclusion, so it changes nothing', `set at least one of ${CHANGES.join(', ')}`);
    }
    const rules: unknown = props.rules;
    if (rules !== undefined && !(rules instanceof Expression)) {
      if (!Array.isArray(rules))
        fail(where, 'spec.rules', `expects a list or one expression, got ${typeof rules}`, 'pass a list of rules ([] clears them)');
      (rules as FmeSegmentRule[]).forEach((r, i) => checkCondition(r?.condition, where, `spec.rules[${i}]`));
    }
    checkFmeList(props.excludeKeys, where, 'spec.excludeKeys', 'key');
    checkFmeList(props.excludeSegments, where, 'spec.excludeSegments', 'segment');
    checkFmeText(props.comment, where, 'spec.comment', false, 'write the comment');
    checkFmeText(props.title, where, 'spec.title', false, 'write the title');
  }

  protected renderSpec(): Record<string, unknown> {
    const p = this.props;
    return {
      segmentName: p.segmentName,
      environment: p.environment,
      rules:
        p.rules === undefined || p.rules instanceof Expression
          ? p.rules
          : p.rules.map((r) => ({ condition: renderCondition(r.condition) })),
      excludeKeys: renderTextList(p.excludeKeys),
      excludeSegments: renderTextList(p.excludeSegments),
      comment: p.comment,
      title: p.title,
    };
  }
}
