import { fail } from '../../../core/errors';
import { Expression, isLiteralText } from '../../../core/expression';
import { renderTextList, type TextList } from '../common/text-list';
import { checkFmeList, checkFmeText, checkPercent, checkTreatmentName } from './fme-fields';
import { type FmeTargetingRule, checkTargetingRules, renderTargetingRules } from './fme-targeting-rule';
import {
  checkAllocation,
  checkTreatmentDefinitions,
  type FmeAllocation,
  type FmeTreatmentDefinition,
  renderAllocation,
  renderTreatmentDefinitions,
} from './fme-treatments';

/** Instruction types of FmeFlagDefinitionInstructions (`instructions[].type`). */
export enum FmeInstructionType {
  /** Sets the treatment served when no rule matches. */
  SET_DEFAULT_TREATMENT = 'SetDefaultTreatment',
  /** Sets the baseline treatment that metrics compare against. */
  SET_BASELINE_TREATMENT = 'SetBaselineTreatment',
  /** Turns impression tracking on or off. */
  SET_TRACK_IMPRESSION = 'SetTrackImpression',
  /** Sets the percentage of traffic the flag is exposed to. */
  SET_LIMIT_EXPOSURE = 'SetLimitExposure',
  /** Adds, removes or sets the keys and segments targeted per treatment. */
  UPDATE_INDIVIDUAL_TARGETS = 'UpdateIndividualTargets',
  /** Sets the dynamic configuration of treatments. */
  UPDATE_DYNAMIC_CONFIGURATION = 'UpdateDynamicConfiguration',
  /** Replaces the targeting rules. */
  SET_TARGETING_RULES = 'SetTargetingRules',
  /** Sets the default rule's allocation across treatments. */
  SET_DEFAULT_ALLOCATIONS = 'SetDefaultAllocations',
  /** Replaces the treatment definitions. */
  SET_TREATMENTS = 'SetTreatments',
  /** Sets the flag's rollout status. */
  SET_ROLLOUT_STATUS = 'SetRolloutStatus',
  /** Kills the flag (serves the default treatment to everyone) or revives it. */
  SET_FLAG_KILLED = 'SetFlagKilled',
}

/** What an UpdateIndividualTargets action does with its keys or segments. */
export enum FmeTargetAction {
  /** Adds keys to the treatment's targets. */
  ADD_KEYS = 'AddKeys',
  /** Removes keys from the treatment's targets. */
  REMOVE_KEYS = 'RemoveKeys',
  /** Adds segments to the treatment's targets. */
  ADD_SEGMENTS = 'AddSegments',
  /** Removes segments from the treatment's targets. */
  REMOVE_SEGMENTS = 'RemoveSegments',
  /** Replaces the treatment's target keys. */
  SET_KEYS = 'SetKeys',
  /** Replaces the treatment's target segments. */
  SET_SEGMENTS = 'SetSegments',
}

/** Individual-target changes of one treatment (its name is plain text here: the schema takes no expression). */
export interface FmeTreatmentTargetActions {
  /** Treatment name, e.g. `'on'`. */
  readonly treatment: string;
  /** The changes, at least one; each `value` is a non-empty list or one expression. */
  readonly actions: readonly { readonly action: FmeTargetAction; readonly value: TextList }[];
}

/** The dynamic configuration of one treatment (plain-text name; `null` removes the configuration). */
export interface FmeTreatmentConfiguration {
  /** Treatment name, e.g. `'on'`. */
  readonly treatment: string;
  /** The configuration, usually JSON text, or `null`. */
  readonly configuration: string | Expression | null;
}

/**
 * One instruction of an FmeFlagDefinitionInstructions step (`{type, value}`); the step applies them atomically.
 * Checked when the step is created, with the step's path in the message.
 */
export class FmeInstruction {
  /** Sets the default treatment (`'on'`, or an expression, runtime inputs included). */
  public static setDefaultTreatment(treatment: string | Expression): FmeInstruction {
    return new FmeInstruction(FmeInstructionType.SET_DEFAULT_TREATMENT, treatment);
  }

  /** Sets the baseline treatment. */
  public static setBaselineTreatment(treatment: string | Expression): FmeInstruction {
    return new FmeInstruction(FmeInstructionType.SET_BASELINE_TREATMENT, treatment);
  }

  /** Turns impression tracking on or off. */
  public static setTrackImpression(enabled: boolean | Expression): FmeInstruction {
    return new FmeInstruction(FmeInstructionType.SET_TRACK_IMPRESSION, enabled);
  }

  /** Limits the exposure to a percentage, 0 to 100. */
  public static setLimitExposure(percent: number | Expression): FmeInstruction {
    return new FmeInstruction(FmeInstructionType.SET_LIMIT_EXPOSURE, percent);
  }

  /** Changes individual targets per treatment. */
  public static updateIndividualTargets(targets: readonly FmeTreatmentTargetActions[] | Expression): FmeInstruction {
    return new FmeInstruction(FmeInstructionType.UPDATE_INDIVIDUAL_TARGETS, targets);
  }

  /** Sets the dynamic configuration per treatment. */
  public static updateDynamicConfiguration(configurations: readonly FmeTreatmentConfiguration[] | Expression): FmeInstruction {
    return new FmeInstruction(FmeInstructionType.UPDATE_DYNAMIC_CONFIGURATION, configurations);
  }

  /** Replaces the targeting rules (`[]` clears them). */
  public static setTargetingRules(rules: readonly FmeTargetingRule[] | Expression): FmeInstruction {
    return new FmeInstruction(FmeInstructionType.SET_TARGETING_RULES, rules);
  }

  /** Sets the default allocation; amounts add up to 100. */
  public static setDefaultAllocations(allocation: readonly FmeAllocation[] | Expression): FmeInstruction {
    return new FmeInstruction(FmeInstructionType.SET_DEFAULT_ALLOCATIONS, allocation);
  }

  /** Replaces the treatments (at least two). */
  public static setTreatments(treatments: readonly FmeTreatmentDefinition[] | Expression): FmeInstruction {
    return new FmeInstruction(FmeInstructionType.SET_TREATMENTS, treatments);
  }

  /** Sets the flag's rollout status. */
  public static setRolloutStatus(status: string | Expression): FmeInstruction {
    return new FmeInstruction(FmeInstructionType.SET_ROLLOUT_STATUS, status);
  }

  /** Kills (`true`) or restores (`false`) the flag in the environment. */
  public static setFlagKilled(killed: boolean | Expression): FmeInstruction {
    return new FmeInstruction(FmeInstructionType.SET_FLAG_KILLED, killed);
  }

  private constructor(
    /** The instruction type. */
    public readonly type: FmeInstructionType,
    private readonly value: unknown,
  ) {}

  /** @internal Checks the value; `field` is the instruction's path, e.g. `spec.instructions[0]`. */
  public _check(where: string, field: string): void {
    CHECKS[this.type](this.value, where, `${field}.value`);
  }

  /** The `{type, value}` object. */
  public toObject(): Record<string, unknown> {
    return { type: this.type, value: this.renderValue() };
  }

  private renderValue(): unknown {
    const v = this.value;
    if (v instanceof Expression || !Array.isArray(v)) return v;
    switch (this.type) {
      case FmeInstructionType.UPDATE_INDIVIDUAL_TARGETS:
        return (v as FmeTreatmentTargetActions[]).map((t) => ({
          treatment: t.treatment,
          actions: t.actions.map((a) => ({ action: a.action, value: renderTextList(a.value) })),
        }));
      case FmeInstructionType.UPDATE_DYNAMIC_CONFIGURATION:
        return (v as FmeTreatmentConfiguration[]).map((c) => ({ treatment: c.treatment, configuration: c.configuration }));
      case FmeInstructionType.SET_TARGETING_RULES:
        return renderTargetingRules(v as FmeTargetingRule[]);
      case FmeInstructionType.SET_DEFAULT_ALLOCATIONS:
        return renderAllocation(v as FmeAllocation[]);
      default:
        return renderTreatmentDefinitions(v as FmeTreatmentDefinition[]);
    }
  }
}

type Check = (value: unknown, where: string, field: string) => void;

function checkBoolean(v: unknown, where: string, field: string): void {
  if (typeof v !== 'boolean' && !(v instanceof Expression))
    fail(where, field, `expects true or false, got ${typeof v}`, 'pass a boolean or an expression');
}

/** How the value of each instruction type is checked (`instructions[].value` by `type` in the schema). */
const CHECKS: Readonly<Record<FmeInstructionType, Check>> = {
  [FmeInstructionType.SET_DEFAULT_TREATMENT]: (v, w, f) => checkTreatmentName(v, w, f, true),
  [FmeInstructionType.SET_BASELINE_TREATMENT]: (v, w, f) => checkTreatmentName(v, w, f, true),
  [FmeInstructionType.SET_TRACK_IMPRESSION]: checkBoolean,
  [FmeInstructionType.SET_FLAG_KILLED]: checkBoolean,
  [FmeInstructionType.SET_LIMIT_EXPOSURE]: (v, w, f) => checkPercent(v, w, f),
  [FmeInstructionType.UPDATE_INDIVIDUAL_TARGETS]: (v, w, f) => checkTargetActions(v, w, f),
  [FmeInstructionType.UPDATE_DYNAMIC_CONFIGURATION]: (v, w, f) => checkConfigurations(v, w, f),
  [FmeInstructionType.SET_TARGETING_RULES]: checkTargetingRules,
  [FmeInstructionType.SET_DEFAULT_ALLOCATIONS]: (v, w, f) => checkAllocation(v, w, f, 'amount', false),
  [FmeInstructionType.SET_TREATMENTS]: checkTreatmentDefinitions,
  [FmeInstructionType.SET_ROLLOUT_STATUS]: (v, w, f) => checkFmeText(v, w, f, true, 'give the rollout status'),
};

/** A plain-text treatment name (these instruction values take no expression for it). */
function checkPlainTreatment(t: unknown, where: string, field: string): void {
  if (t instanceof Expression || (typeof t === 'string' && !isLiteralText(t))) {
    fail(where, field, 'takes a plain treatment name here (the schema accepts no expression)', "name the treatment, e.g. 'on'");
  }
  checkTreatmentName(t, where, field, false);
}

function checkList(v: unknown, where: string, field: string, what: string): v is readonly Record<string, unknown>[] {
  if (v instanceof Expression) return false;
  if (!Array.isArray(v) || v.length === 0) fail(where, field, `no ${what} is given`, `list at least one ${what}, or pass one expression`);
  return true;
}

function checkTargetActions(v: unknown, where: string, field: string): void {
  if (!checkList(v, where, field, 'treatment')) return;
  v.forEach((t, i) => {
    checkPlainTreatment(t?.treatment, where, `${field}[${i}].treatment`);
    const actions = t.actions as FmeTreatmentTargetActions['actions'];
    if (!Array.isArray(actions) || actions.length === 0) {
      fail(
        where,
        `${field}[${i}].actions`,
        'no action is given',
        'give at least one action, e.g. { action: FmeTargetAction.ADD_KEYS, value: [key] }',
      );
    }
    actions.forEach((a, j) => {
      const af = `${field}[${i}].actions[${j}]`;
      if (!Object.values(FmeTargetAction).includes(a?.action)) {
        fail(
          where,
          `${af}.action`,
          `'${String(a?.action)}' is not a target action`,
          `use one of ${Object.values(FmeTargetAction).join(', ')}`,
        );
      }
      checkFmeList(a.value, where, `${af}.value`, 'key or segment');
      if (Array.isArray(a.value) && a.value.length === 0)
        fail(where, `${af}.value`, 'is empty', 'list at least one key or segment, or pass one expression');
    });
  });
}

function checkConfigurations(v: unknown, where: string, field: string): void {
  if (!checkList(v, where, field, 'treatment')) return;
  v.forEach((c, i) => {
    checkPlainTreatment(c?.treatment, where, `${field}[${i}].treatment`);
    const conf = c.configuration;
    if (conf !== null && typeof conf !== 'string' && !(conf instanceof Expression)) {
      fail(where, `${field}[${i}].configuration`, 'is required', 'give the configuration text (e.g. JSON), or null to remove it');
    }
  });
}
