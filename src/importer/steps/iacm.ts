import { isRecord } from '../is-record';
import { obj } from '../code';
import { boolVal, enumOf, listOf, resources, str, val, type Field } from '../fields';
import { stepDecoder, type StepDecoder } from './step-decoder';

/** `import: [{ id, address }]`. */
const imports: Field = listOf((v, scope) =>
  isRecord(v) && Object.keys(v).length === 2
    ? obj([
        ['id', val(v.id, scope)],
        ['address', val(v.address, scope)],
      ])
    : undefined,
);

const SCAN = Object.freeze({ image: str, resources });

/** The fields both Terraform-compatible plugin steps share (`IACMTerraformPlugin`, `IACMOpenTofuPlugin`). */
const PLUGIN = Object.freeze({
  command: enumOf('TerraformCommand', true),
  target: listOf(str),
  replace: listOf(str),
  import: imports,
  image: str,
  resources,
});

/** The IaCM steps. */
export const IACM_STEPS: readonly StepDecoder[] = [
  stepDecoder('IACMApproval', 'IacmApprovalStep', { autoApprove: boolVal }),
  stepDecoder('IACMCheckov', 'IacmCheckovStep', SCAN),
  stepDecoder('IACMTFLint', 'IacmTflintStep', SCAN),
  stepDecoder('IACMTFSec', 'IacmTfsecStep', SCAN),
  stepDecoder('IACMTerraformPlugin', 'IacmTerraformPluginStep', PLUGIN),
  stepDecoder('IACMOpenTofuPlugin', 'IacmOpenTofuPluginStep', PLUGIN),
];
