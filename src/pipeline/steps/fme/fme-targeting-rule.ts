import { fail } from '../../../core/errors';
import { Expression } from '../../../core/expression';
import { checkFmeName, checkFmeText } from './fme-fields';
import { checkAllocation } from './fme-treatments';

/** Matcher types of a targeting-rule condition (`condition.rules[].type`). */
export enum FmeMatcherType {
  /** The key is in a segment. */
  IN_SEGMENT = 'IN_SEGMENT',
  /** The key gets given treatments of another flag (a dependency). */
  IN_SPLIT = 'IN_SPLIT',
  /** A boolean attribute is true or false. */
  BOOLEAN = 'BOOLEAN',
  /** A date attribute is on the given day. */
  ON_DATE = 'ON_DATE',
  /** A date attribute is on or after the given date. */
  ON_OR_AFTER_DATE = 'ON_OR_AFTER_DATE',
  /** A date attribute is on or before the given date. */
  ON_OR_BEFORE_DATE = 'ON_OR_BEFORE_DATE',
  /** A date attribute is between two dates. */
  BETWEEN_DATE = 'BETWEEN_DATE',
  /** A set attribute equals the given set. */
  EQUAL_SET = 'EQUAL_SET',
  /** A set attribute contains any of the given values. */
  ANY_OF_SET = 'ANY_OF_SET',
  /** A set attribute contains all of the given values. */
  ALL_OF_SET = 'ALL_OF_SET',
  /** A set attribute is part of the given values. */
  PART_OF_SET = 'PART_OF_SET',
  /** A number attribute equals the value. */
  EQUAL_NUMBER = 'EQUAL_NUMBER',
  /** A number attribute is at most the value. */
  LESS_THAN_OR_EQUAL_NUMBER = 'LESS_THAN_OR_EQUAL_NUMBER',
  /** A number attribute is at least the value. */
  GREATER_THAN_OR_EQUAL_NUMBER = 'GREATER_THAN_OR_EQUAL_NUMBER',
  /** A number attribute is between two values. */
  BETWEEN_NUMBER = 'BETWEEN_NUMBER',
  /** A string attribute is one of the given values. */
  IN_LIST_STRING = 'IN_LIST_STRING',
  /** A string attribute starts with one of the given values. */
  STARTS_WITH_STRING = 'STARTS_WITH_STRING',
  /** A string attribute ends with one of the given values. */
  ENDS_WITH_STRING = 'ENDS_WITH_STRING',
  /** A string attribute contains one of the given values. */
  CONTAINS_STRING = 'CONTAINS_STRING',
  /** A string attribute matches a regular expression. */
  MATCHES_STRING = 'MATCHES_STRING',
  /** A semantic-version attribute equals the version. */
  EQUAL_TO_SEMVER = 'EQUAL_TO_SEMVER',
  /** A semantic-version attribute is at least the version. */
  GREATER_THAN_OR_EQUAL_TO_SEMVER = 'GREATER_THAN_OR_EQUAL_TO_SEMVER',
  /** A semantic-version attribute is at most the version. */
  LESS_THAN_OR_EQUAL_TO_SEMVER = 'LESS_THAN_OR_EQUAL_TO_SEMVER',
  /** A semantic-version attribute is between two versions. */
  BETWEEN_SEMVER = 'BETWEEN_SEMVER',
  /** A semantic-version attribute is one of the given versions. */
  IN_LIST_SEMVER = 'IN_LIST_SEMVER',
}

/** One value of a matcher: a number, plain text, or text that starts with an expression. */
export type FmeMatcherScalar = number | string | Expression;

/** A range for the BETWEEN_* matchers. */
export interface FmeMatcherRange {
  /** Lower bound. */
  readonly from: FmeMatcherScalar;
  /** Upper bound. */
  readonly to: FmeMatcherScalar;
}

/** One matcher of a condition (`condition.rules[]`). Field names are the schema's, `feature_flag` included. */
export interface FmeMatcher {
  /** Matcher type. */
  readonly type: FmeMatcherType;
  /** Invert the match. @default - not set (false) */
  readonly negate?: boolean;
  /** The flag an IN_SPLIT matcher depends on (only for IN_SPLIT). @default - none */
  readonly feature_flag?: string | Expression;
  /** The attribute the matcher reads; without it the key is matched. @default - none */
  readonly attribute?: string;
  /** The value: one value, a list, a range (BETWEEN_* only), a boolean, or one expression. @default - none */
  readonly value?: boolean | FmeMatcherScalar | readonly FmeMatcherScalar[] | FmeMatcherRange;
}

/** A targeting rule of a flag: when every matcher matches, the traffic is split by `allocation`. */
export interface FmeTargetingRule {
  /** The matchers, all of which must match (`condition.rules`). */
  readonly condition: { readonly rules: readonly FmeMatcher[] };
  /** Traffic of the matching keys per treatment; sizes add up to 100; or one expression. */
  readonly allocation: readonly { readonly treatment: string | Expression; readonly size: number | Expression }[] | Expression;
}

const BETWEEN: readonly FmeMatcherType[] = [FmeMatcherType.BETWEEN_DATE, FmeMatcherType.BETWEEN_NUMBER, FmeMatcherType.BETWEEN_SEMVER];

/** Checks the matchers of a condition (`<field>.condition.rules`). */
export function checkCondition(condition: FmeTargetingRule['condition'] | undefined, where: string, field: string): void {
  const rules: unknown = condition?.rules;
  if (!Array.isArray(rules) || rules.length === 0) {
    fail(
      where,
      `${field}.condition.rules`,
      'the condition has no matcher',
      'give at least one matcher, e.g. { type: FmeMatcherType.IN_SEGMENT, value: [segment] }',
    );
  }
  (rules as FmeMatcher[]).forEach((m, i) => checkMatcher(m, where, `${field}.condition.rules[${i}]`));
}

function checkMatcher(m: FmeMatcher, where: string, field: string): void {
  if (!Object.values(FmeMatcherType).includes(m?.type)) {
    fail(
      where,
      `${field}.type`,
      `'${String(m?.type)}' is not a matcher type`,
      'use an FmeMatcherType value, e.g. FmeMatcherType.IN_SEGMENT',
    );
  }
  if (m.type === FmeMatcherType.IN_SPLIT) checkFmeName(m.feature_flag, where, `${field}.feature_flag`, 'flag');
  else if (m.feature_flag !== undefined) {
    fail(where, `${field}.feature_flag`, `only an IN_SPLIT matcher depends on a flag, this one is ${m.type}`, 'remove feature_flag');
  }
  const v: unknown = m.value;
  const isRange = v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Expression);
  if (BETWEEN.includes(m.type) && !(v instanceof Expression) && !isRange) {
    fail(where, `${field}.value`, `a ${m.type} matcher needs a range`, 'give value: { from, to }');
  }
  if (isRange && !BETWEEN.includes(m.type)) {
    fail(where, `${field}.value`, `only BETWEEN_* matchers take a range, this one is ${m.type}`, 'give one value or a list');
  }
  if (isRange) {
    for (const k of ['from', 'to'] as const) checkScalar((v as FmeMatcherRange)[k], where, `${field}.value.${k}`);
  } else if (Array.isArray(v)) {
    v.forEach((x, i) => checkScalar(x, where, `${field}.value[${i}]`));
  } else if (typeof v === 'string') checkScalar(v, where, `${field}.value`);
}

/** A scalar of a matcher value: a number, plain text, or text that starts with an expression. */
function checkScalar(x: unknown, where: string, field: string): void {
  if (typeof x === 'number' || x instanceof Expression) return;
  if (typeof x !== 'string') fail(where, field, `expects a number or text, got ${typeof x}`, 'give a number, a text or an expression');
  checkFmeText(x, where, field, false, 'give plain text, or text that starts with an expression');
}

/** Checks targeting rules (`targetingRules[]` of a flag). An empty list clears the rules. */
export function checkTargetingRules(rules: unknown, where: string, field: string): void {
  if (rules instanceof Expression) return;
  if (!Array.isArray(rules)) {
    fail(
      where,
      field,
      rules === undefined ? 'is required' : `expects a list or one expression, got ${typeof rules}`,
      'pass a list of rules ([] clears them) or an expression',
    );
  }
  (rules as FmeTargetingRule[]).forEach((r, i) => {
    checkCondition(r?.condition, where, `${field}[${i}]`);
    checkAllocation(r.allocation, where, `${field}[${i}].allocation`, 'size', true);
  });
}

/** Renders a condition (`{rules: [...]}`). */
export function renderCondition(condition: FmeTargetingRule['condition']): Record<string, unknown> {
  return {
    rules: condition.rules.map((m) => ({
      type: m.type,
      negate: m.negate,
      feature_flag: m.feature_flag,
      attribute: m.attribute,
      value: renderValue(m.value),
    })),
  };
}

function renderValue(v: FmeMatcher['value']): unknown {
  if (Array.isArray(v)) return [...v];
  if (v !== null && typeof v === 'object' && !(v instanceof Expression))
    return { from: (v as FmeMatcherRange).from, to: (v as FmeMatcherRange).to };
  return v;
}

/** Renders targeting rules (or their expression). */
export function renderTargetingRules(rules: readonly FmeTargetingRule[] | Expression | undefined): unknown {
  if (rules === undefined || rules instanceof Expression) return rules;
  return rules.map((r) => ({
    condition: renderCondition(r.condition),
    allocation: r.allocation instanceof Expression ? r.allocation : r.allocation.map((b) => ({ treatment: b.treatment, size: b.size })),
  }));
}
