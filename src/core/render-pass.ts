import { clonePlain } from './object';

let renderEpoch = 0;
let activeEpoch = 0;
let depth = 0;

/**
 * Runs `fn` as one rendering pass: while it runs, each step renders its node once and reuses it (steps such as
 * Create Resource render whole HCL modules, and a pipeline is validated and rendered in the same pass). The
 * cache lives only for the duration of the outermost call, so changes made between passes always show.
 */
export function inRenderPass<T>(fn: () => T): T {
  if (depth++ === 0) activeEpoch = ++renderEpoch;
  try {
    return fn();
  } finally {
    if (--depth === 0) activeEpoch = 0;
  }
}

/** Memoizes `render` on `holder` for the current rendering pass (see {@link inRenderPass}); returns a copy. */
export function renderOncePerPass<T>(holder: { renderCache?: { epoch: number; value: unknown } }, render: () => T): T {
  if (activeEpoch === 0) return render();
  if (holder.renderCache?.epoch !== activeEpoch) holder.renderCache = { epoch: activeEpoch, value: render() };
  return clonePlain(holder.renderCache.value as T);
}
