// Issue 12: the importer types every step the library models; a step type added to the model without a decoder
// would come back from import as a GenericStep with overrides.
import { STEP_STAGE_MATRIX } from '../../src/pipeline/compatibility';
import { STEP_DECODERS, stepDecoderFor } from '../../src/importer/steps';

describe('step decoders', () => {
  test('every step type of the stage/step matrix has exactly one decoder', () => {
    const modelled = Object.keys(STEP_STAGE_MATRIX).sort();
    expect(modelled.filter((type) => stepDecoderFor(type) === undefined)).toEqual([]);
    const types = STEP_DECODERS.map((d) => d.type);
    expect(types.filter((t, i) => types.indexOf(t) !== i)).toEqual([]);
  });

  test('the two Terraform-compatible IaCM plugin steps decode to their own classes', () => {
    expect(stepDecoderFor('IACMOpenTofuPlugin')?.className).toBe('IacmOpenTofuPluginStep');
    expect(stepDecoderFor('IACMTerraformPlugin')?.className).toBe('IacmTerraformPluginStep');
  });
});
