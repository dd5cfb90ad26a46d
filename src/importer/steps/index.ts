import { CI_STEPS } from './ci';
import { COMMON_STEPS } from './common';
import { CUSTOM_STEPS } from './custom';
import { FME_STEPS } from './fme';
import { IACM_STEPS } from './iacm';
import { IDP_STEPS } from './idp';
import { K8S_STEPS } from './k8s';
import type { StepDecoder } from './step-decoder';

/** Every step decoder, one per step type the library models. */
export const STEP_DECODERS: readonly StepDecoder[] = [
  ...IDP_STEPS,
  ...COMMON_STEPS,
  ...CUSTOM_STEPS,
  ...CI_STEPS,
  ...IACM_STEPS,
  ...K8S_STEPS,
  ...FME_STEPS,
];

/** The decoder of a step type, if the library models it. */
export function stepDecoderFor(type: string): StepDecoder | undefined {
  return STEP_DECODERS.find((d) => d.type === type);
}
