import { fail } from '../../../core/errors';
import type { Expression } from '../../../core/expression';
import type { RuntimeInput } from '../../../core/runtime-input';
import { compact } from '../../../core/object';

/** CPU and memory amounts of a step container (`common/Limits`). */
export interface ResourceAmounts {
  /** CPU, e.g. `0.5`, `'500m'` or `'1'`. @default - not set */
  readonly cpu?: string | number | Expression;
  /** Memory, e.g. `'500Mi'` or `'2Gi'`. @default - not set */
  readonly memory?: string | Expression;
}

/** Resources of a step container (`common/ContainerResource`): the schema needs `limits` or `requests`. */
export interface ContainerResources {
  /** Upper bounds. @default - none */
  readonly limits?: ResourceAmounts;
  /** Requested amounts. @default - none */
  readonly requests?: ResourceAmounts;
}

function renderAmounts(a: ResourceAmounts | undefined, where: string, field: string): Record<string, unknown> | undefined {
  if (a === undefined) return undefined;
  if (a.cpu === undefined && a.memory === undefined) {
    fail(where, field, 'sets neither cpu nor memory', `set cpu and/or memory, or leave ${field.split('.').pop()} out`);
  }
  return compact({ cpu: a.cpu, memory: a.memory });
}

/**
 * Renders `spec.resources` of a container step, or `undefined`. Throws when the block would be empty
 * (the schema requires `limits` or `requests`, each with `cpu` or `memory`).
 * @param where the step, for messages
 */
export function renderContainerResources(r: ContainerResources | undefined, where: string): Record<string, unknown> | undefined {
  if (r === undefined) return undefined;
  if (r.limits === undefined && r.requests === undefined) {
    fail(
      where,
      'spec.resources',
      'sets neither limits nor requests',
      "set limits (e.g. { memory: '500Mi', cpu: '0.5' }) or requests, or leave resources out",
    );
  }
  return compact({
    limits: renderAmounts(r.limits, where, 'spec.resources.limits'),
    requests: renderAmounts(r.requests, where, 'spec.resources.requests'),
  });
}

/** Container settings shared by the container steps that run an image of their own (GitClone, Plugin). */
export interface ContainerStepOptions {
  /** Run the container privileged. @default - not privileged */
  readonly privileged?: boolean | RuntimeInput;
  /** User ID the container runs as. @default - the image's user */
  readonly runAsUser?: number | string | Expression;
  /** Container resources. @default - the infrastructure's defaults */
  readonly resources?: ContainerResources;
}
