import { fail } from '../../../core/errors';
import { Expression, type ResolveContext, StepOutput } from '../../../core/expression';
import { RuntimeInput } from '../../../core/runtime-input';
import { Step, type StepProps } from '../../step';
import { PipelineVariable } from '../../variable';
import { type ContainerResources, renderContainerResources } from '../common/container-resources';
import { isLiteralText } from '../common/field-checks';
import { GitCloneStep } from '../common/git-clone';

/** Where a Cookiecutter template lives (`templateType`). */
export enum CookieCutterTemplateType {
  /** A public Git repository, read from `publicTemplateUrl`. */
  PUBLIC = 'public',
  /** A private repository, cloned by a preceding GitClone step into `pathForTemplate`. */
  PRIVATE = 'private',
}

/** A value passed to the template (`cookieCutterVariables`). */
export type CookieCutterVariableValue = string | number | boolean | Expression;

/** Props of a {@link CookieCutterStep}. */
export interface CookieCutterStepProps extends StepProps {
  /**
   * `CookieCutterTemplateType.PUBLIC` or `.PRIVATE`, or an expression (e.g. a pipeline variable whose
   * runtime input allows `public,private`). With an expression, the fields both types need are required
   * unless the variable restricts the values.
   */
  readonly templateType: CookieCutterTemplateType | Expression;
  /**
   * URL of a public template repository, e.g. `https://github.com/org/cookiecutter-service`.
   * Required for public templates (docs/rules.md#cookiecutter-public-template-url).
   * @default - none
   */
  readonly publicTemplateUrl?: string | Expression;
  /**
   * Directory of a private template in the workspace: the `cloneDirectory` of a preceding GitClone step.
   * Required for private templates (docs/rules.md#cookiecutter-private-template-path); prefer `fromClone`.
   * @default - `fromClone`'s clone directory, if set
   */
  readonly pathForTemplate?: string | Expression;
  /**
   * The GitClone step that cloned the private template: `pathForTemplate` becomes its `cloneDirectory`, and
   * the pipeline checks that the clone runs first. Exclusive with `pathForTemplate`.
   * @default - none
   */
  readonly fromClone?: GitCloneStep;
  /** Values for the template's `cookiecutter.json` keys, e.g. `{ project_name: projectName }`. */
  readonly cookieCutterVariables: Readonly<Record<string, CookieCutterVariableValue>>;
  /** Directory the project is rendered into. @default - the workspace */
  readonly outputDirectory?: string | Expression;
  /** Verbose Cookiecutter output. @default false */
  readonly verbose?: boolean;
  /** Overwrite files that already exist in the output directory. @default false */
  readonly overwriteIfExists?: boolean;
  /** Container resources. @default - the infrastructure's defaults */
  readonly resources?: ContainerResources;
}

/**
 * `pathForTemplate` taken from a GitClone step. It renders the clone directory itself, but reports a
 * reference to the clone step while resolving, so the pipeline's ordering check makes sure the clone runs
 * before the Cookiecutter step.
 */
class CloneDirectoryRef extends StepOutput {
  constructor(
    clone: GitCloneStep,
    private readonly directory: string | Expression,
  ) {
    super(clone, 'spec.cloneDirectory');
  }

  public resolve(visitor?: ResolveContext): string {
    visitor?.stepOutput?.(this);
    return this.directory instanceof Expression ? this.directory.resolve(visitor) : this.directory;
  }
}

/** The IDP CookieCutter step (`IDPCookieCutterPlanInfo`): renders a Cookiecutter template into the workspace. */
export class CookieCutterStep extends Step {
  public readonly type = 'CookieCutter';
  private readonly props: CookieCutterStepProps;
  private readonly templatePath?: string | Expression;

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: CookieCutterStepProps) {
    super(props);
    this.props = props;
    const where = this.describe();
    this.templatePath = templatePathOf(props, where);
    checkCookieCutterVariables(props.cookieCutterVariables, where);
    checkTemplateSources(props, this.possibleTemplateTypes(where), this.templatePath, where);
    renderContainerResources(props.resources, where);
  }

  /**
   * The template types this step may see at run time: the literal; the values a pipeline variable fixes or
   * allows; otherwise both.
   */
  private possibleTemplateTypes(where: string): CookieCutterTemplateType[] {
    const t: unknown = this.props.templateType;
    const all = [CookieCutterTemplateType.PUBLIC, CookieCutterTemplateType.PRIVATE];
    const check = (values: readonly unknown[], source: string): CookieCutterTemplateType[] => {
      for (const v of values) {
        if (!all.includes(v as CookieCutterTemplateType)) {
          fail(
            where,
            'spec.templateType',
            `${source} '${String(v)}', which is not a template type`,
            "use 'public' or 'private' (lowercase), e.g. CookieCutterTemplateType.PUBLIC",
          );
        }
      }
      return values as CookieCutterTemplateType[];
    };
    if (typeof t === 'string') return check([t], 'templateType is');
    if (t instanceof PipelineVariable) {
      const v = t.value;
      if (isLiteralText(v)) return check([v], `variable '${t.name}' has the value`);
      if (v instanceof RuntimeInput && v.allowed !== undefined) return check(v.allowed, `variable '${t.name}' allows`);
      return all;
    }
    if (t instanceof Expression) return all;
    fail(where, 'spec.templateType', 'is required', 'pass CookieCutterTemplateType.PUBLIC or .PRIVATE, or an expression');
  }

  protected renderSpec(): Record<string, unknown> {
    const p = this.props;
    return {
      templateType: p.templateType,
      publicTemplateUrl: p.publicTemplateUrl,
      pathForTemplate: this.templatePath,
      cookieCutterVariables: { ...p.cookieCutterVariables },
      outputDirectory: p.outputDirectory,
      verbose: p.verbose,
      overwriteIfExists: p.overwriteIfExists,
      resources: renderContainerResources(p.resources, this.describe()),
    };
  }
}

/** The template path: the clone directory of `fromClone` (which must set one), else `pathForTemplate`; not both. */
function templatePathOf(props: CookieCutterStepProps, where: string): string | Expression | undefined {
  if (props.fromClone !== undefined && props.pathForTemplate !== undefined) {
    fail(
      where,
      'spec.pathForTemplate',
      'pathForTemplate and fromClone are mutually exclusive',
      'set fromClone to the GitClone step, or pathForTemplate, not both',
    );
  }
  if (props.fromClone !== undefined) {
    if (!(props.fromClone instanceof GitCloneStep)) {
      fail(where, 'fromClone', 'expects a GitCloneStep', 'pass the GitCloneStep that clones the template');
    }
    const dir = props.fromClone.cloneDirectory;
    if (dir === undefined) {
      fail(
        where,
        'fromClone',
        `GitClone step '${props.fromClone.identifier}' sets no cloneDirectory, so the template path is unknown`,
        "set cloneDirectory on the GitClone step, e.g. '/harness/cookiecutter-template'",
      );
    }
    return new CloneDirectoryRef(props.fromClone, dir);
  }
  return props.pathForTemplate;
}

/** `cookieCutterVariables` is required (an object; `{}` for none). */
function checkCookieCutterVariables(variables: unknown, where: string): void {
  if (variables === undefined || variables === null || typeof variables !== 'object') {
    fail(
      where,
      'spec.cookieCutterVariables',
      'is required',
      "pass the template's variables, e.g. { project_name: projectName } (or {} for none)",
    );
  }
}

/** Each template type the step may see at run time has its source: `publicTemplateUrl`, or a template path. */
function checkTemplateSources(
  props: CookieCutterStepProps,
  types: readonly CookieCutterTemplateType[],
  templatePath: string | Expression | undefined,
  where: string,
): void {
  const dynamic = !(typeof props.templateType === 'string');
  if (types.includes(CookieCutterTemplateType.PUBLIC) && props.publicTemplateUrl === undefined) {
    fail(
      where,
      'spec.publicTemplateUrl',
      dynamic
        ? "templateType may be 'public' at run time, and a public template needs publicTemplateUrl"
        : 'a public template needs publicTemplateUrl',
      "set publicTemplateUrl to the template repository, e.g. 'https://github.com/org/cookiecutter-service'",
    );
  }
  checkTemplateUrl(props.publicTemplateUrl, where, 'spec.publicTemplateUrl');
  if (types.includes(CookieCutterTemplateType.PRIVATE) && templatePath === undefined) {
    fail(
      where,
      'spec.pathForTemplate',
      dynamic
        ? "templateType may be 'private' at run time, and a private template needs pathForTemplate, " +
            'the clone directory of a preceding GitClone step'
        : 'a private template needs pathForTemplate, the clone directory of a preceding GitClone step',
      'add a GitCloneStep with a cloneDirectory before this step and pass it as fromClone (or set pathForTemplate)',
    );
  }
}

/**
 * Throws unless a template repository URL given as text is an http(s) URL with a host and a path, and no spaces
 * (docs/rules.md#cookiecutter-template-url); an expression is resolved at run time. The Cookiecutter step checks its
 * `publicTemplateUrl` with it, and the patterns' template lists use the same rule.
 */
export function checkTemplateUrl(url: unknown, where: string, field: string, required = false): void {
  if (url === undefined && !required) return;
  if (url instanceof Expression || (typeof url === 'string' && !isLiteralText(url))) return;
  if (typeof url !== 'string' || !/^https?:\/\/[^\s/]+\/\S+$/.test(url)) {
    fail(
      where,
      field,
      `${typeof url === 'string' ? `'${url}'` : String(url)} is not a template repository URL`,
      "give the repository URL, e.g. 'https://github.com/acme/cookiecutter-service'",
    );
  }
}
