import { fail } from '../../../core/errors';
import { Expression } from '../../../core/expression';
import { RawExpression } from '../../../core/raw-expression';
import { splitExpressions } from '../../../core/resolve';
import { RuntimeInput } from '../../../core/runtime-input';
import { Step, type StepProps } from '../../step';
import { isLiteralText } from '../common/field-checks';
import { checkTreatmentName } from './fme-fields';

/** Keys or segments of one treatment: a list (items may be expressions) or one expression for the whole list. */
export type FmeTargetList = readonly (string | Expression)[] | Expression;

/** Targets to add to or remove from one treatment of the flag. */
export interface FmeTreatmentTargets {
  /**
   * Treatment name, e.g. `'on'` (quoted in the YAML for you), or an expression that is not a runtime input
   * (docs/rules.md#fme-treatment-no-runtime-input).
   */
  readonly treatment: string | Expression;
  /** Individual keys (user/account keys) to add. @default - none */
  readonly addKeys?: FmeTargetList;
  /** Individual keys to remove. @default - none */
  readonly removeKeys?: FmeTargetList;
  /** Segments to add. @default - none */
  readonly addSegments?: FmeTargetList;
  /** Segments to remove. @default - none */
  readonly removeSegments?: FmeTargetList;
}

/** Props of an {@link FmeFlagAddRemoveIndividualTargetsStep}. */
export interface FmeFlagAddRemoveIndividualTargetsStepProps extends StepProps {
  /** Feature flag name, `^[a-zA-Z][-_a-zA-Z0-9]*$` (at most 100 characters), or an expression. */
  readonly flagName: string | Expression;
  /** FME environment name or id (1 to 100 characters), or an expression. */
  readonly environment: string | Expression;
  /** Per-treatment changes, or one expression for the whole list. */
  readonly treatments: readonly FmeTreatmentTargets[] | Expression;
}

const FLAG_NAME = /^[a-zA-Z][-_a-zA-Z0-9]*$/;
const LISTS = ['addKeys', 'removeKeys', 'addSegments', 'removeSegments'] as const;

/**
 * The FME step that adds or removes individual targets (keys, segments) of a feature flag's treatments
 * (`FmeFlagAddRemoveIndividualTargetsInfo`). Custom and Deployment stages. The pipeline's runner needs
 * `fme_fmefeatureflag_edit` in every FME environment touched, and FME environment approval settings do not
 * apply to pipeline runs — add a HarnessApproval step if the change needs one.
 * @see https://developer.harness.io/docs/feature-management-experimentation/pipelines
 */
export class FmeFlagAddRemoveIndividualTargetsStep extends Step {
  public readonly type = 'FmeFlagAddRemoveIndividualTargets';
  private readonly props: FmeFlagAddRemoveIndividualTargetsStepProps;

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: FmeFlagAddRemoveIndividualTargetsStepProps) {
    super(props);
    this.props = props;
    const where = this.describe();
    checkFlagName(props.flagName, where);
    checkEnvironment(props.environment, where);
    const t: unknown = props.treatments;
    if (t instanceof Expression) return;
    if (!Array.isArray(t) || t.length === 0) {
      fail(
        where,
        'spec.treatments',
        'no treatment is given',
        "list at least one treatment, e.g. [{ treatment: 'on', addKeys: [targetKey] }]",
      );
    }
    (t as FmeTreatmentTargets[]).forEach((item, i) => checkTreatment(item, where, `spec.treatments[${i}]`));
  }

  protected renderSpec(): Record<string, unknown> {
    const p = this.props;
    return {
      flagName: p.flagName,
      environment: p.environment,
      treatments:
        p.treatments instanceof Expression
          ? p.treatments
          : p.treatments.map((t) => ({
              treatment: t.treatment,
              addKeys: renderList(t.addKeys),
              removeKeys: renderList(t.removeKeys),
              addSegments: renderList(t.addSegments),
              removeSegments: renderList(t.removeSegments),
            })),
    };
  }
}

function renderList(list: FmeTargetList | undefined): unknown {
  if (list === undefined || list instanceof Expression) return list;
  return [...list];
}

function checkFlagName(name: unknown, where: string): void {
  if (name instanceof Expression) return;
  if (typeof name !== 'string' || name === '') fail(where, 'spec.flagName', 'is required', 'give the feature flag name or an expression');
  if (!isLiteralText(name)) return;
  if (name.length > 100 || !FLAG_NAME.test(name)) {
    fail(
      where,
      'spec.flagName',
      `'${name}' is not an FME flag name (${FLAG_NAME.source}, at most 100 characters)`,
      'use letters, digits, - and _, starting with a letter, or pass an expression',
    );
  }
}

function checkEnvironment(env: unknown, where: string): void {
  if (env instanceof Expression) return;
  if (typeof env !== 'string' || env.trim() === '')
    fail(where, 'spec.environment', 'is required', 'give the FME environment name or id, or an expression');
  if (isLiteralText(env) && env.length > 100) {
    fail(
      where,
      'spec.environment',
      `'${env}' is ${env.length} characters long; FME environment names have at most 100`,
      'give the environment name or id',
    );
  }
}

/** True if an expression (or expression text) is a runtime input (`<+input>...`). */
function isRuntimeInput(value: Expression | string): boolean {
  if (value instanceof RuntimeInput) return true;
  if (value instanceof RawExpression) return /^<\+input>/.test(value.text);
  return typeof value === 'string' && /^<\+input>/.test(value);
}

function checkTreatment(item: FmeTreatmentTargets, where: string, field: string): void {
  const t: unknown = item?.treatment;
  const runtimeFix = "name the treatment (e.g. 'on') or pass a pipeline variable; a runtime input is not accepted here";
  if (t instanceof Expression) {
    if (isRuntimeInput(t)) fail(where, `${field}.treatment`, 'a runtime input (<+input>) is not allowed as a treatment', runtimeFix);
  } else if (typeof t !== 'string' || t === '') {
    fail(where, `${field}.treatment`, 'is required', "give the treatment name, e.g. 'on'");
  } else if (isLiteralText(t)) {
    checkTreatmentName(t, where, `${field}.treatment`, false);
  } else {
    // Text with expressions must start with an expression (common-jexl-expression-only), not a runtime input.
    const first = splitExpressions(t)[0];
    const startsWithExpression = first instanceof Expression || (typeof first === 'string' && first.startsWith('<+'));
    if (!startsWithExpression) {
      fail(
        where,
        `${field}.treatment`,
        'mixes literal text and expressions; the schema accepts a plain name or text that starts with an expression',
        'use a plain treatment name, or a single expression',
      );
    }
    if (isRuntimeInput(first)) fail(where, `${field}.treatment`, 'a runtime input (<+input>) is not allowed as a treatment', runtimeFix);
  }
  const set = LISTS.filter((k) => item[k] !== undefined && (item[k] instanceof Expression || (item[k] as readonly unknown[]).length > 0));
  if (set.length === 0) {
    fail(
      where,
      field,
      'the treatment has no keys or segments to add or remove, so it changes nothing',
      `set at least one of ${LISTS.join(', ')}`,
    );
  }
  for (const k of LISTS) {
    const list = item[k];
    if (list === undefined || list instanceof Expression) continue;
    list.forEach((v, i) => {
      if (!(v instanceof Expression) && (typeof v !== 'string' || v.trim() === '')) {
        fail(where, `${field}.${k}[${i}]`, 'is empty', 'give a key or segment name, or an expression');
      }
    });
  }
}
