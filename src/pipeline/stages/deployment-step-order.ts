import type { ValidationProblem } from '../../core/errors';
import { runsBefore } from '../pipeline';
import type { Step } from '../step';

/** A Kubernetes step that acts on what an earlier step of the same stage deployed. */
interface Dependency {
  readonly step: string;
  readonly needs: string;
  readonly acts: string;
  readonly otherwise: string;
}

/**
 * K8sCanaryDelete deletes only the canary workload of the stage's K8sCanaryDeploy step; K8sBGSwapServices swaps the
 * services of the stage's K8sBlueGreenDeploy step (both also run in the rollback steps, after the main steps).
 */
const DEPENDENCIES: readonly Dependency[] = [
  {
    step: 'K8sCanaryDelete',
    needs: 'K8sCanaryDeploy',
    acts: 'deletes the canary workload of a K8sCanaryDeploy step',
    otherwise: 'or delete other resources with a K8sDelete step',
  },
  {
    step: 'K8sBGSwapServices',
    needs: 'K8sBlueGreenDeploy',
    acts: 'swaps the primary and stage services of a K8sBlueGreenDeploy step',
    otherwise: 'or remove the swap step',
  },
];

/**
 * Problems of Kubernetes steps whose partner step does not run before them in the stage.
 * @param steps all steps of the stage in execution order (main steps, then rollback steps)
 */
export function k8sStepOrderProblems(steps: readonly Step[]): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  for (const d of DEPENDENCIES) {
    const producers = steps.filter((s) => s.type === d.needs);
    for (const consumer of steps.filter((s) => s.type === d.step)) {
      if (producers.some((p) => runsBefore(p.position(), consumer.position()))) continue;
      problems.push({
        path: consumer.describe(),
        field: 'type',
        problem: `a ${d.step} step ${d.acts}, but no ${d.needs} step runs before it in this stage`,
        fix: `add a ${d.needs} step before it (outside any parallel block they share), ${d.otherwise}`,
      });
    }
  }
  return problems;
}
