import { fail } from '../../../core/errors';
import { validateIdentifier, validateName } from '../../../core/identifier';
import type { Step } from '../../../pipeline/step';
import { type PluginSettingValue, PluginStep } from '../../../pipeline/steps/common/plugin';
import { requireText } from '../../../pipeline/steps/common/field-checks';
import { IacmCheckovStep } from '../../../pipeline/steps/iacm/iacm-checkov';
import { IacmTflintStep } from '../../../pipeline/steps/iacm/iacm-tflint';
import { IacmTfsecStep } from '../../../pipeline/steps/iacm/iacm-tfsec';
import { Timeout } from '../../../pipeline/timeout';

/** Options of {@link IacScanner.plugin}. */
export interface PluginScannerProps {
  /** Step identifier. @default 'lint' */
  readonly identifier?: string;
  /** Step name. @default the identifier */
  readonly name?: string;
  /** The plugin's settings. @default - none */
  readonly settings?: Readonly<Record<string, PluginSettingValue>>;
}

/**
 * The lint/scan step an infrastructure pipeline runs on the IaCM workspace before the plan: one of the
 * native IaCM scanners ({@link IacScanner.TFSEC}, {@link IacScanner.TFLINT}, {@link IacScanner.CHECKOV}), or a
 * Plugin step that names a plugin by reference ({@link IacScanner.plugin}), as the IaCM provisioning tutorial
 * does with `uses: https://github.com/urischeiner/tfsec-iacm.git`.
 */
export class IacScanner {
  /** The native `IACMTFSec` step (security scan), identifier `tfsec`. */
  public static readonly TFSEC = new IacScanner('tfsec', (timeout) => new IacmTfsecStep({ identifier: 'tfsec', name: 'tfsec', timeout }));
  /** The native `IACMTFLint` step (lint), identifier `tflint`. */
  public static readonly TFLINT = new IacScanner(
    'tflint',
    (timeout) => new IacmTflintStep({ identifier: 'tflint', name: 'tflint', timeout }),
  );
  /** The native `IACMCheckov` step (policy scan), identifier `checkov`. */
  public static readonly CHECKOV = new IacScanner(
    'checkov',
    (timeout) => new IacmCheckovStep({ identifier: 'checkov', name: 'checkov', timeout }),
  );

  /**
   * A `Plugin` step with `uses`, e.g. `IacScanner.plugin('https://github.com/urischeiner/tfsec-iacm.git', { identifier: 'tfsec' })`.
   * @param uses the plugin reference (a Git URL or an action name)
   */
  public static plugin(uses: string, props: PluginScannerProps = {}): IacScanner {
    const where = 'IacScanner.plugin';
    requireText(uses, where, 'uses', "pass the plugin reference, e.g. 'https://github.com/urischeiner/tfsec-iacm.git'");
    const identifier = props.identifier ?? 'lint';
    validateIdentifier(identifier, where);
    if (props.name !== undefined) validateName(props.name, where);
    return new IacScanner(
      identifier,
      (timeout) => new PluginStep({ identifier, name: props.name ?? identifier, timeout, uses, settings: props.settings }),
    );
  }

  private constructor(
    /** Identifier of the step the scanner creates. */
    public readonly identifier: string,
    private readonly factory: (timeout: Timeout) => Step,
  ) {}

  /** A new scan step (steps cannot be shared between pipelines). */
  public createStep(timeout: Timeout = Timeout.minutes(10)): Step {
    return this.factory(timeout);
  }
}

/** Throws unless `value` is an {@link IacScanner}. */
export function requireScanner(value: unknown, where: string, prop: string): IacScanner {
  if (value instanceof IacScanner) return value;
  fail(
    where,
    prop,
    `expects an IacScanner, got ${typeof value === 'string' ? `the string '${value}'` : typeof value}`,
    "pass IacScanner.TFSEC, IacScanner.TFLINT, IacScanner.CHECKOV or IacScanner.plugin('<uses>')",
  );
}
