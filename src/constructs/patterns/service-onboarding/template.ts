import { Expr } from '../../../core/expr';
import { GitCloneStep } from '../../../pipeline/steps/common/git-clone';
import { GitCloneBuild } from '../../../pipeline/steps/common/git-clone-build';
import { CookieCutterStep, CookieCutterTemplateType } from '../../../pipeline/steps/idp/cookie-cutter';
import { Timeout } from '../../../pipeline/timeout';
import type { ServiceOnboardingInputs } from './members';
import type { OnboardingSettings } from './settings';

/**
 * The template steps: the GitClone of a private template (only when the requester picks `private`), then the
 * CookieCutter step rendering the template with the form's values.
 */
export function templateSteps(
  connectorRef: string,
  settings: OnboardingSettings,
  inputs: ServiceOnboardingInputs,
): { cloneTemplate?: GitCloneStep; cookieCutter: CookieCutterStep } {
  const priv = settings.priv;
  const cloneTemplate = priv
    ? new GitCloneStep({
        identifier: 'clone_template',
        name: 'Clone private template',
        timeout: Timeout.minutes(10),
        when: { condition: Expr.equals(inputs.templateType!, 'private') },
        connectorRef: priv.connectorRef ?? connectorRef,
        repoName: inputs.privateTemplateRepo,
        cloneDirectory: priv.cloneDirectory ?? '/harness/cookiecutter-template',
        build: GitCloneBuild.branch(priv.branch ?? 'main'),
      })
    : undefined;
  const cookieCutter = new CookieCutterStep({
    identifier: 'cookiecutter',
    name: 'Render template',
    timeout: Timeout.minutes(10),
    templateType: inputs.templateType ?? CookieCutterTemplateType.PUBLIC,
    publicTemplateUrl: inputs.templateUrl,
    fromClone: cloneTemplate,
    cookieCutterVariables: { project_name: inputs.projectName, stack: inputs.stack, owner: inputs.owner },
  });
  return { cloneTemplate, cookieCutter };
}
