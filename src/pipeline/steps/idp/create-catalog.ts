import { fail } from '../../../core/errors';
import type { Expression, StepOutput } from '../../../core/expression';
import { Step, type StepProps } from '../../step';
import { type ContainerResources, renderContainerResources } from '../common/container-resources';
import { isLiteralText, requireText } from '../common/field-checks';
import { CatalogInfo, type CatalogInfoProps } from './catalog-info';

/** Props of a {@link CreateCatalogStep}. Set exactly one of `fileContent` and `catalogInfo`. */
export interface CreateCatalogStepProps extends StepProps {
  /** Name of the file to write (no directories; put those in `filePath`). @default 'catalog-info.yaml' */
  readonly fileName?: string | Expression;
  /**
   * Directory the file is written to, in the workspace, e.g. the Cookiecutter output directory
   * (the project name).
   * @default - the workspace root
   */
  readonly filePath?: string | Expression;
  /**
   * The file content as text, or a {@link CatalogInfo} (`new CatalogInfo({...})`). Exclusive with `catalogInfo`.
   * @default - built from `catalogInfo`
   */
  readonly fileContent?: string | Expression;
  /** A Backstage `Component` described by typed props; rendered as the file content. @default - none */
  readonly catalogInfo?: CatalogInfoProps;
  /** Container resources. @default - the infrastructure's defaults */
  readonly resources?: ContainerResources;
}

/** Typed outputs of a {@link CreateCatalogStep}. */
export interface CreateCatalogOutputs {
  /**
   * URL of the component registered in the IDP catalog (despite the step's name, this is the catalog UI
   * URL; RegisterCatalog's `catalogInfoUrl` is the Git file URL).
   */
  readonly registeredCatalogUrl: StepOutput;
}

/** The IDP CreateCatalog step (`IDPCreateCatalogPlanInfo`): writes a catalog entity file into the workspace. */
export class CreateCatalogStep extends Step {
  public readonly type = 'CreateCatalog';
  /** Typed references to the step's outputs. */
  public readonly outputs: CreateCatalogOutputs;
  private readonly props: CreateCatalogStepProps;
  private readonly content: string | Expression;

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: CreateCatalogStepProps) {
    super(props);
    this.props = props;
    const where = this.describe();
    if (props.fileContent !== undefined && props.catalogInfo !== undefined) {
      fail(
        where,
        'spec.fileContent',
        'fileContent and catalogInfo are mutually exclusive',
        'set fileContent (text or a CatalogInfo), or catalogInfo, not both',
      );
    }
    if (props.catalogInfo !== undefined) {
      this.content = new CatalogInfo(props.catalogInfo);
    } else {
      requireText(
        props.fileContent,
        where,
        'spec.fileContent',
        'set fileContent to the entity YAML, or describe the entity with catalogInfo',
      );
      this.content = props.fileContent as string | Expression;
    }
    if (props.fileName !== undefined) {
      requireText(props.fileName, where, 'spec.fileName', "pass a file name, e.g. 'catalog-info.yaml'");
      if (isLiteralText(props.fileName) && /[/\\]/.test(props.fileName)) {
        fail(
          where,
          'spec.fileName',
          `'${props.fileName}' contains a directory`,
          'put the directory in filePath and only the file name in fileName',
        );
      }
    }
    renderContainerResources(props.resources, where);
    this.outputs = { registeredCatalogUrl: this.outputVariable('registeredCatalogUrl') };
  }

  protected renderSpec(): Record<string, unknown> {
    const p = this.props;
    return {
      fileName: p.fileName ?? 'catalog-info.yaml',
      filePath: p.filePath,
      fileContent: this.content,
      resources: renderContainerResources(p.resources, this.describe()),
    };
  }
}
