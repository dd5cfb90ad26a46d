// Terraform gives every string in Unicode NFC. The library writes NFC too, so the YAML a snapshot shows is the YAML
// Harness receives, byte for byte.
import { Testing } from 'cdktf';
import { HarnessPipeline } from '../../src/constructs/harness-pipeline';
import { toYaml } from '../../src/core/yaml';
import { Pipeline } from '../../src/pipeline/pipeline';
import { CustomStage } from '../../src/pipeline/stages/custom-stage';
import { RunStep } from '../../src/pipeline/steps/common/run';
import { HarnessPlatformStack } from '../../src/stacks/harness-platform-stack';
import { escapeTerraformString } from '../../src/terraform/terraform-string';
import { evaluateWithTerraform, yamlAttributes } from '../support/terraform';

const DECOMPOSED = 'Cafe\u0301 \u0041\u030A'; // e + combining acute, A + combining ring
const COMPOSED = 'Caf\u00E9 \u00C5';

describe('Unicode NFC', () => {
  test('the YAML writer and the escaping write NFC', () => {
    expect(toYaml({ a: DECOMPOSED })).toBe(`a: ${COMPOSED}\n`);
    expect(escapeTerraformString(`${DECOMPOSED} \${x}`)).toBe(`${COMPOSED} $\${x}`);
  });

  test('what the synthesized YAML says is what Terraform deploys', () => {
    const stack = new HarnessPlatformStack(Testing.app(), 'team', { orgId: 'default', projectId: 'p', accountId: 'a' });
    const model = new Pipeline({ identifier: 'cafe', description: DECOMPOSED }).addStage(
      new CustomStage({ identifier: 's', steps: [new RunStep({ identifier: 'r', command: `echo "${DECOMPOSED}"` })] }),
    );
    new HarnessPipeline(stack, 'p', { pipeline: model });
    const attributes = yamlAttributes(Testing.synth(stack, true));
    const [name, yaml] = Object.entries(attributes)[0];
    expect(yaml).toContain(`description: ${COMPOSED}`);
    expect(yaml).not.toContain('\u0301');
    expect(evaluateWithTerraform({ [name]: yaml })[name]).toBe(yaml);
    expect(model.toYaml({ orgIdentifier: 'default', projectIdentifier: 'p' })).toBe(yaml);
  });
});
