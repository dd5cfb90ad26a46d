import { fail } from '../../../core/errors';
import { Expression, isLiteralText } from '../../../core/expression';
import { Step, type StepProps } from '../../step';
import { requireText } from '../common/field-checks';
import { checkServiceNowFields, renderServiceNowFields, type ServiceNowField } from './servicenow-field';

/** Props of a {@link ServiceNowImportSetStep}. Set exactly one of `jsonBody` and `fields`. */
export interface ServiceNowImportSetStepProps extends StepProps {
  /** ServiceNow connector, e.g. `account.servicenow`. */
  readonly connectorRef: string;
  /** The import set's staging table, e.g. `u_harness_import`. */
  readonly stagingTableName: string | Expression;
  /** The row to import as a JSON object, its text, or an expression (`importData` type `Json`). @default - none */
  readonly jsonBody?: string | Expression | Readonly<Record<string, unknown>>;
  /** The row to import as fields (`importData` type `KeyValues`). @default - none */
  readonly fields?: readonly ServiceNowField[];
  /** Delegate selectors. @default - any delegate */
  readonly delegateSelectors?: readonly string[];
}

/**
 * The ServiceNow Import Set step (`ServiceNowImportSetStepInfo`): writes a row into an import set staging table, from
 * which ServiceNow's transform maps create or update records. Custom, Deployment, Approval and IACM stages.
 *
 * @see https://developer.harness.io/docs/continuous-delivery/x-platform-cd-features/cd-steps/ticketing-systems/servicenow-import-set
 */
export class ServiceNowImportSetStep extends Step {
  public readonly type = 'ServiceNowImportSet';
  private readonly props: ServiceNowImportSetStepProps;

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: ServiceNowImportSetStepProps) {
    super(props);
    this.props = props;
    const where = this.describe();
    requireText(props.connectorRef, where, 'spec.connectorRef', "give the ServiceNow connector, e.g. 'account.servicenow'");
    requireText(props.stagingTableName, where, 'spec.stagingTableName', 'give the staging table of the import set');
    if ((props.jsonBody === undefined) === (props.fields === undefined)) {
      fail(
        where,
        'spec.importData',
        props.jsonBody === undefined ? 'neither jsonBody nor fields is set' : 'jsonBody and fields are mutually exclusive',
        'give the row as jsonBody (JSON) or as fields (name/value pairs)',
      );
    }
    if (props.fields !== undefined) checkServiceNowFields(props.fields, where, 'spec.importData.spec.fields');
    const body = props.jsonBody;
    if (typeof body === 'string') {
      requireText(body, where, 'spec.importData.spec.jsonBody', 'give the row as JSON');
      if (isLiteralText(body) && !isJsonObject(body)) {
        fail(where, 'spec.importData.spec.jsonBody', 'is not a JSON object', 'give the row as a JSON object, e.g. {"u_name": "x"}');
      }
    }
  }

  protected renderSpec(): Record<string, unknown> {
    const p = this.props;
    const b = p.jsonBody;
    const importData =
      b !== undefined
        ? { type: 'Json', spec: { jsonBody: typeof b === 'string' || b instanceof Expression ? b : JSON.stringify(b) } }
        : { type: 'KeyValues', spec: { fields: renderServiceNowFields(p.fields) } };
    return {
      connectorRef: p.connectorRef,
      stagingTableName: p.stagingTableName,
      importData,
      delegateSelectors: p.delegateSelectors ? [...p.delegateSelectors] : undefined,
    };
  }
}

function isJsonObject(text: string): boolean {
  try {
    const v = JSON.parse(text);
    return v !== null && typeof v === 'object' && !Array.isArray(v);
  } catch {
    return false;
  }
}
