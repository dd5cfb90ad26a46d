// https://registry.terraform.io/providers/harness/harness/0.45.1/docs/resources/platform_workspace
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface PlatformWorkspaceConfig extends cdktf.TerraformMetaArguments {
  /**
  * Cost estimation enabled determines if cost estimation operations are performed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/harness/harness/0.45.1/docs/resources/platform_workspace#cost_estimation_enabled PlatformWorkspace#cost_estimation_enabled}
  */
  readonly costEstimationEnabled?: boolean | cdktf.IResolvable;
  /**
  * Default pipelines associated with this workspace
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/harness/harness/0.45.1/docs/resources/platform_workspace#default_pipelines PlatformWorkspace#default_pipelines}
  */
  readonly defaultPipelines?: { [key: string]: string };
  /**
  * Description of the resource.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/harness/harness/0.45.1/docs/resources/platform_workspace#description PlatformWorkspace#description}
  */
  readonly description?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/harness/harness/0.45.1/docs/resources/platform_workspace#id PlatformWorkspace#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * Unique identifier of the resource.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/harness/harness/0.45.1/docs/resources/platform_workspace#identifier PlatformWorkspace#identifier}
  */
  readonly identifier: string;
  /**
  * Name of the resource.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/harness/harness/0.45.1/docs/resources/platform_workspace#name PlatformWorkspace#name}
  */
  readonly name: string;
  /**
  * Unique identifier of the organization.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/harness/harness/0.45.1/docs/resources/platform_workspace#org_id PlatformWorkspace#org_id}
  */
  readonly orgId: string;
  /**
  * Unique identifier of the project.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/harness/harness/0.45.1/docs/resources/platform_workspace#project_id PlatformWorkspace#project_id}
  */
  readonly projectId: string;
  /**
  * Provider connector is the reference to the connector for the infrastructure provider
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/harness/harness/0.45.1/docs/resources/platform_workspace#provider_connector PlatformWorkspace#provider_connector}
  */
  readonly providerConnector?: string;
  /**
  * Provisioner type defines the provisioning tool to use (terraform, opentofu, or awscdk)
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/harness/harness/0.45.1/docs/resources/platform_workspace#provisioner_type PlatformWorkspace#provisioner_type}
  */
  readonly provisionerType: string;
  /**
  * Provisioner version defines the provisioner version to use.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/harness/harness/0.45.1/docs/resources/platform_workspace#provisioner_version PlatformWorkspace#provisioner_version}
  */
  readonly provisionerVersion?: string;
  /**
  * Repository is the name of the repository to fetch the code from.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/harness/harness/0.45.1/docs/resources/platform_workspace#repository PlatformWorkspace#repository}
  */
  readonly repository?: string;
  /**
  * Repository branch is the name of the branch to fetch the code from.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/harness/harness/0.45.1/docs/resources/platform_workspace#repository_branch PlatformWorkspace#repository_branch}
  */
  readonly repositoryBranch?: string;
  /**
  * Repository commit is tag to fetch the code from.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/harness/harness/0.45.1/docs/resources/platform_workspace#repository_commit PlatformWorkspace#repository_commit}
  */
  readonly repositoryCommit?: string;
  /**
  * Repository connector is the reference to the connector used to fetch the code.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/harness/harness/0.45.1/docs/resources/platform_workspace#repository_connector PlatformWorkspace#repository_connector}
  */
  readonly repositoryConnector?: string;
  /**
  * Repository path is the path in which the code resides.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/harness/harness/0.45.1/docs/resources/platform_workspace#repository_path PlatformWorkspace#repository_path}
  */
  readonly repositoryPath?: string;
  /**
  * Repository commit is commit SHA to fetch the code from.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/harness/harness/0.45.1/docs/resources/platform_workspace#repository_sha PlatformWorkspace#repository_sha}
  */
  readonly repositorySha?: string;
  /**
  * Boolean flag for run-all terragrunt modules
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/harness/harness/0.45.1/docs/resources/platform_workspace#run_all PlatformWorkspace#run_all}
  */
  readonly runAll?: boolean | cdktf.IResolvable;
  /**
  * Tags to associate with the resource.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/harness/harness/0.45.1/docs/resources/platform_workspace#tags PlatformWorkspace#tags}
  */
  readonly tags?: string[];
  /**
  * Set to true to enable Terragrunt mode
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/harness/harness/0.45.1/docs/resources/platform_workspace#terragrunt_provider PlatformWorkspace#terragrunt_provider}
  */
  readonly terragruntProvider?: boolean | cdktf.IResolvable;
  /**
  * Terragrunt version to use (e.g., 0.45.0)
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/harness/harness/0.45.1/docs/resources/platform_workspace#terragrunt_version PlatformWorkspace#terragrunt_version}
  */
  readonly terragruntVersion?: string;
  /**
  * Variable sets to use.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/harness/harness/0.45.1/docs/resources/platform_workspace#variable_sets PlatformWorkspace#variable_sets}
  */
  readonly variableSets?: string[];
  /**
  * associated_template block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/harness/harness/0.45.1/docs/resources/platform_workspace#associated_template PlatformWorkspace#associated_template}
  */
  readonly associatedTemplate?: PlatformWorkspaceAssociatedTemplate;
  /**
  * connector block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/harness/harness/0.45.1/docs/resources/platform_workspace#connector PlatformWorkspace#connector}
  */
  readonly connector?: PlatformWorkspaceConnector[] | cdktf.IResolvable;
  /**
  * environment_variable block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/harness/harness/0.45.1/docs/resources/platform_workspace#environment_variable PlatformWorkspace#environment_variable}
  */
  readonly environmentVariable?: PlatformWorkspaceEnvironmentVariable[] | cdktf.IResolvable;
  /**
  * provisioner_config block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/harness/harness/0.45.1/docs/resources/platform_workspace#provisioner_config PlatformWorkspace#provisioner_config}
  */
  readonly provisionerConfig?: PlatformWorkspaceProvisionerConfig;
  /**
  * terraform_variable block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/harness/harness/0.45.1/docs/resources/platform_workspace#terraform_variable PlatformWorkspace#terraform_variable}
  */
  readonly terraformVariable?: PlatformWorkspaceTerraformVariable[] | cdktf.IResolvable;
  /**
  * terraform_variable_file block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/harness/harness/0.45.1/docs/resources/platform_workspace#terraform_variable_file PlatformWorkspace#terraform_variable_file}
  */
  readonly terraformVariableFile?: PlatformWorkspaceTerraformVariableFile[] | cdktf.IResolvable;
}
export interface PlatformWorkspaceAssociatedTemplate {
  /**
  * Template identifier.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/harness/harness/0.45.1/docs/resources/platform_workspace#template_id PlatformWorkspace#template_id}
  */
  readonly templateId: string;
  /**
  * Template version.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/harness/harness/0.45.1/docs/resources/platform_workspace#version PlatformWorkspace#version}
  */
  readonly version?: string;
}

export function platformWorkspaceAssociatedTemplateToTerraform(struct?: PlatformWorkspaceAssociatedTemplateOutputReference | PlatformWorkspaceAssociatedTemplate): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    template_id: cdktf.stringToTerraform(struct!.templateId),
    version: cdktf.stringToTerraform(struct!.version),
  }
}


export function platformWorkspaceAssociatedTemplateToHclTerraform(struct?: PlatformWorkspaceAssociatedTemplateOutputReference | PlatformWorkspaceAssociatedTemplate): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    template_id: {
      value: cdktf.stringToHclTerraform(struct!.templateId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    version: {
      value: cdktf.stringToHclTerraform(struct!.version),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class PlatformWorkspaceAssociatedTemplateOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): PlatformWorkspaceAssociatedTemplate | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._templateId !== undefined) {
      hasAnyValues = true;
      internalValueResult.templateId = this._templateId;
    }
    if (this._version !== undefined) {
      hasAnyValues = true;
      internalValueResult.version = this._version;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: PlatformWorkspaceAssociatedTemplate | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._templateId = undefined;
      this._version = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._templateId = value.templateId;
      this._version = value.version;
    }
  }

  // template_id - computed: false, optional: false, required: true
  private _templateId?: string; 
  public get templateId() {
    return this.getStringAttribute('template_id');
  }
  public set templateId(value: string) {
    this._templateId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get templateIdInput() {
    return this._templateId;
  }

  // version - computed: false, optional: true, required: false
  private _version?: string; 
  public get version() {
    return this.getStringAttribute('version');
  }
  public set version(value: string) {
    this._version = value;
  }
  public resetVersion() {
    this._version = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get versionInput() {
    return this._version;
  }
}
export interface PlatformWorkspaceConnector {
  /**
  * Connector Ref is the reference to the connector
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/harness/harness/0.45.1/docs/resources/platform_workspace#connector_ref PlatformWorkspace#connector_ref}
  */
  readonly connectorRef: string;
  /**
  * Type is the connector type of the connector.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/harness/harness/0.45.1/docs/resources/platform_workspace#type PlatformWorkspace#type}
  */
  readonly type: string;
}

export function platformWorkspaceConnectorToTerraform(struct?: PlatformWorkspaceConnector | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    connector_ref: cdktf.stringToTerraform(struct!.connectorRef),
    type: cdktf.stringToTerraform(struct!.type),
  }
}


export function platformWorkspaceConnectorToHclTerraform(struct?: PlatformWorkspaceConnector | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    connector_ref: {
      value: cdktf.stringToHclTerraform(struct!.connectorRef),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    type: {
      value: cdktf.stringToHclTerraform(struct!.type),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class PlatformWorkspaceConnectorOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): PlatformWorkspaceConnector | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._connectorRef !== undefined) {
      hasAnyValues = true;
      internalValueResult.connectorRef = this._connectorRef;
    }
    if (this._type !== undefined) {
      hasAnyValues = true;
      internalValueResult.type = this._type;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: PlatformWorkspaceConnector | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._connectorRef = undefined;
      this._type = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._connectorRef = value.connectorRef;
      this._type = value.type;
    }
  }

  // connector_ref - computed: false, optional: false, required: true
  private _connectorRef?: string; 
  public get connectorRef() {
    return this.getStringAttribute('connector_ref');
  }
  public set connectorRef(value: string) {
    this._connectorRef = value;
  }
  // Temporarily expose input value. Use with caution.
  public get connectorRefInput() {
    return this._connectorRef;
  }

  // type - computed: false, optional: false, required: true
  private _type?: string; 
  public get type() {
    return this.getStringAttribute('type');
  }
  public set type(value: string) {
    this._type = value;
  }
  // Temporarily expose input value. Use with caution.
  public get typeInput() {
    return this._type;
  }
}

export class PlatformWorkspaceConnectorList extends cdktf.ComplexList {
  public internalValue? : PlatformWorkspaceConnector[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): PlatformWorkspaceConnectorOutputReference {
    return new PlatformWorkspaceConnectorOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface PlatformWorkspaceEnvironmentVariable {
  /**
  * Key is the identifier for the variable.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/harness/harness/0.45.1/docs/resources/platform_workspace#key PlatformWorkspace#key}
  */
  readonly key: string;
  /**
  * Value is the value of the variable.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/harness/harness/0.45.1/docs/resources/platform_workspace#value PlatformWorkspace#value}
  */
  readonly value: string;
  /**
  * Value type indicates the value type of the variable.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/harness/harness/0.45.1/docs/resources/platform_workspace#value_type PlatformWorkspace#value_type}
  */
  readonly valueType: string;
}

export function platformWorkspaceEnvironmentVariableToTerraform(struct?: PlatformWorkspaceEnvironmentVariable | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    key: cdktf.stringToTerraform(struct!.key),
    value: cdktf.stringToTerraform(struct!.value),
    value_type: cdktf.stringToTerraform(struct!.valueType),
  }
}


export function platformWorkspaceEnvironmentVariableToHclTerraform(struct?: PlatformWorkspaceEnvironmentVariable | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    key: {
      value: cdktf.stringToHclTerraform(struct!.key),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    value: {
      value: cdktf.stringToHclTerraform(struct!.value),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    value_type: {
      value: cdktf.stringToHclTerraform(struct!.valueType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class PlatformWorkspaceEnvironmentVariableOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): PlatformWorkspaceEnvironmentVariable | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._key !== undefined) {
      hasAnyValues = true;
      internalValueResult.key = this._key;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    if (this._valueType !== undefined) {
      hasAnyValues = true;
      internalValueResult.valueType = this._valueType;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: PlatformWorkspaceEnvironmentVariable | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._key = undefined;
      this._value = undefined;
      this._valueType = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._key = value.key;
      this._value = value.value;
      this._valueType = value.valueType;
    }
  }

  // key - computed: false, optional: false, required: true
  private _key?: string; 
  public get key() {
    return this.getStringAttribute('key');
  }
  public set key(value: string) {
    this._key = value;
  }
  // Temporarily expose input value. Use with caution.
  public get keyInput() {
    return this._key;
  }

  // value - computed: false, optional: false, required: true
  private _value?: string; 
  public get value() {
    return this.getStringAttribute('value');
  }
  public set value(value: string) {
    this._value = value;
  }
  // Temporarily expose input value. Use with caution.
  public get valueInput() {
    return this._value;
  }

  // value_type - computed: false, optional: false, required: true
  private _valueType?: string; 
  public get valueType() {
    return this.getStringAttribute('value_type');
  }
  public set valueType(value: string) {
    this._valueType = value;
  }
  // Temporarily expose input value. Use with caution.
  public get valueTypeInput() {
    return this._valueType;
  }
}

export class PlatformWorkspaceEnvironmentVariableList extends cdktf.ComplexList {
  public internalValue? : PlatformWorkspaceEnvironmentVariable[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): PlatformWorkspaceEnvironmentVariableOutputReference {
    return new PlatformWorkspaceEnvironmentVariableOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface PlatformWorkspaceProvisionerConfig {
  /**
  * Programming language for AWS CDK (e.g., python, typescript)
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/harness/harness/0.45.1/docs/resources/platform_workspace#language PlatformWorkspace#language}
  */
  readonly language: string;
  /**
  * Version of the programming language (e.g., 3.12 for Python)
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/harness/harness/0.45.1/docs/resources/platform_workspace#language_version PlatformWorkspace#language_version}
  */
  readonly languageVersion: string;
  /**
  * Package manager to use (e.g., pip, npm)
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/harness/harness/0.45.1/docs/resources/platform_workspace#package_manager PlatformWorkspace#package_manager}
  */
  readonly packageManager: string;
  /**
  * Version of the package manager (e.g., 25.3 for pip)
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/harness/harness/0.45.1/docs/resources/platform_workspace#package_manager_version PlatformWorkspace#package_manager_version}
  */
  readonly packageManagerVersion: string;
}

export function platformWorkspaceProvisionerConfigToTerraform(struct?: PlatformWorkspaceProvisionerConfigOutputReference | PlatformWorkspaceProvisionerConfig): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    language: cdktf.stringToTerraform(struct!.language),
    language_version: cdktf.stringToTerraform(struct!.languageVersion),
    package_manager: cdktf.stringToTerraform(struct!.packageManager),
    package_manager_version: cdktf.stringToTerraform(struct!.packageManagerVersion),
  }
}


export function platformWorkspaceProvisionerConfigToHclTerraform(struct?: PlatformWorkspaceProvisionerConfigOutputReference | PlatformWorkspaceProvisionerConfig): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    language: {
      value: cdktf.stringToHclTerraform(struct!.language),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    language_version: {
      value: cdktf.stringToHclTerraform(struct!.languageVersion),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    package_manager: {
      value: cdktf.stringToHclTerraform(struct!.packageManager),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    package_manager_version: {
      value: cdktf.stringToHclTerraform(struct!.packageManagerVersion),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class PlatformWorkspaceProvisionerConfigOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): PlatformWorkspaceProvisionerConfig | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._language !== undefined) {
      hasAnyValues = true;
      internalValueResult.language = this._language;
    }
    if (this._languageVersion !== undefined) {
      hasAnyValues = true;
      internalValueResult.languageVersion = this._languageVersion;
    }
    if (this._packageManager !== undefined) {
      hasAnyValues = true;
      internalValueResult.packageManager = this._packageManager;
    }
    if (this._packageManagerVersion !== undefined) {
      hasAnyValues = true;
      internalValueResult.packageManagerVersion = this._packageManagerVersion;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: PlatformWorkspaceProvisionerConfig | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._language = undefined;
      this._languageVersion = undefined;
      this._packageManager = undefined;
      this._packageManagerVersion = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._language = value.language;
      this._languageVersion = value.languageVersion;
      this._packageManager = value.packageManager;
      this._packageManagerVersion = value.packageManagerVersion;
    }
  }

  // language - computed: false, optional: false, required: true
  private _language?: string; 
  public get language() {
    return this.getStringAttribute('language');
  }
  public set language(value: string) {
    this._language = value;
  }
  // Temporarily expose input value. Use with caution.
  public get languageInput() {
    return this._language;
  }

  // language_version - computed: false, optional: false, required: true
  private _languageVersion?: string; 
  public get languageVersion() {
    return this.getStringAttribute('language_version');
  }
  public set languageVersion(value: string) {
    this._languageVersion = value;
  }
  // Temporarily expose input value. Use with caution.
  public get languageVersionInput() {
    return this._languageVersion;
  }

  // package_manager - computed: false, optional: false, required: true
  private _packageManager?: string; 
  public get packageManager() {
    return this.getStringAttribute('package_manager');
  }
  public set packageManager(value: string) {
    this._packageManager = value;
  }
  // Temporarily expose input value. Use with caution.
  public get packageManagerInput() {
    return this._packageManager;
  }

  // package_manager_version - computed: false, optional: false, required: true
  private _packageManagerVersion?: string; 
  public get packageManagerVersion() {
    return this.getStringAttribute('package_manager_version');
  }
  public set packageManagerVersion(value: string) {
    this._packageManagerVersion = value;
  }
  // Temporarily expose input value. Use with caution.
  public get packageManagerVersionInput() {
    return this._packageManagerVersion;
  }
}
export interface PlatformWorkspaceTerraformVariable {
  /**
  * Key is the identifier for the variable.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/harness/harness/0.45.1/docs/resources/platform_workspace#key PlatformWorkspace#key}
  */
  readonly key: string;
  /**
  * Value is the value of the variable.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/harness/harness/0.45.1/docs/resources/platform_workspace#value PlatformWorkspace#value}
  */
  readonly value: string;
  /**
  * Value type indicates the value type of the variable.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/harness/harness/0.45.1/docs/resources/platform_workspace#value_type PlatformWorkspace#value_type}
  */
  readonly valueType: string;
}

export function platformWorkspaceTerraformVariableToTerraform(struct?: PlatformWorkspaceTerraformVariable | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    key: cdktf.stringToTerraform(struct!.key),
    value: cdktf.stringToTerraform(struct!.value),
    value_type: cdktf.stringToTerraform(struct!.valueType),
  }
}


export function platformWorkspaceTerraformVariableToHclTerraform(struct?: PlatformWorkspaceTerraformVariable | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    key: {
      value: cdktf.stringToHclTerraform(struct!.key),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    value: {
      value: cdktf.stringToHclTerraform(struct!.value),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    value_type: {
      value: cdktf.stringToHclTerraform(struct!.valueType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class PlatformWorkspaceTerraformVariableOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): PlatformWorkspaceTerraformVariable | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._key !== undefined) {
      hasAnyValues = true;
      internalValueResult.key = this._key;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    if (this._valueType !== undefined) {
      hasAnyValues = true;
      internalValueResult.valueType = this._valueType;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: PlatformWorkspaceTerraformVariable | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._key = undefined;
      this._value = undefined;
      this._valueType = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._key = value.key;
      this._value = value.value;
      this._valueType = value.valueType;
    }
  }

  // key - computed: false, optional: false, required: true
  private _key?: string; 
  public get key() {
    return this.getStringAttribute('key');
  }
  public set key(value: string) {
    this._key = value;
  }
  // Temporarily expose input value. Use with caution.
  public get keyInput() {
    return this._key;
  }

  // value - computed: false, optional: false, required: true
  private _value?: string; 
  public get value() {
    return this.getStringAttribute('value');
  }
  public set value(value: string) {
    this._value = value;
  }
  // Temporarily expose input value. Use with caution.
  public get valueInput() {
    return this._value;
  }

  // value_type - computed: false, optional: false, required: true
  private _valueType?: string; 
  public get valueType() {
    return this.getStringAttribute('value_type');
  }
  public set valueType(value: string) {
    this._valueType = value;
  }
  // Temporarily expose input value. Use with caution.
  public get valueTypeInput() {
    return this._valueType;
  }
}

export class PlatformWorkspaceTerraformVariableList extends cdktf.ComplexList {
  public internalValue? : PlatformWorkspaceTerraformVariable[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): PlatformWorkspaceTerraformVariableOutputReference {
    return new PlatformWorkspaceTerraformVariableOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface PlatformWorkspaceTerraformVariableFile {
  /**
  * Repository is the name of the repository to fetch the code from.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/harness/harness/0.45.1/docs/resources/platform_workspace#repository PlatformWorkspace#repository}
  */
  readonly repository: string;
  /**
  * Repository branch is the name of the branch to fetch the variables from.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/harness/harness/0.45.1/docs/resources/platform_workspace#repository_branch PlatformWorkspace#repository_branch}
  */
  readonly repositoryBranch?: string;
  /**
  * Repository commit is tag to fetch the variables from.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/harness/harness/0.45.1/docs/resources/platform_workspace#repository_commit PlatformWorkspace#repository_commit}
  */
  readonly repositoryCommit?: string;
  /**
  * Repository connector is the reference to the connector used to fetch the variables.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/harness/harness/0.45.1/docs/resources/platform_workspace#repository_connector PlatformWorkspace#repository_connector}
  */
  readonly repositoryConnector: string;
  /**
  * Repository path is the path in which the variables reside.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/harness/harness/0.45.1/docs/resources/platform_workspace#repository_path PlatformWorkspace#repository_path}
  */
  readonly repositoryPath?: string;
  /**
  * Repository commit is SHA to fetch the variables from.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/harness/harness/0.45.1/docs/resources/platform_workspace#repository_sha PlatformWorkspace#repository_sha}
  */
  readonly repositorySha?: string;
}

export function platformWorkspaceTerraformVariableFileToTerraform(struct?: PlatformWorkspaceTerraformVariableFile | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    repository: cdktf.stringToTerraform(struct!.repository),
    repository_branch: cdktf.stringToTerraform(struct!.repositoryBranch),
    repository_commit: cdktf.stringToTerraform(struct!.repositoryCommit),
    repository_connector: cdktf.stringToTerraform(struct!.repositoryConnector),
    repository_path: cdktf.stringToTerraform(struct!.repositoryPath),
    repository_sha: cdktf.stringToTerraform(struct!.repositorySha),
  }
}


export function platformWorkspaceTerraformVariableFileToHclTerraform(struct?: PlatformWorkspaceTerraformVariableFile | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    repository: {
      value: cdktf.stringToHclTerraform(struct!.repository),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    repository_branch: {
      value: cdktf.stringToHclTerraform(struct!.repositoryBranch),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    repository_commit: {
      value: cdktf.stringToHclTerraform(struct!.repositoryCommit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    repository_connector: {
      value: cdktf.stringToHclTerraform(struct!.repositoryConnector),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    repository_path: {
      value: cdktf.stringToHclTerraform(struct!.repositoryPath),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    repository_sha: {
      value: cdktf.stringToHclTerraform(struct!.repositorySha),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class PlatformWorkspaceTerraformVariableFileOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): PlatformWorkspaceTerraformVariableFile | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._repository !== undefined) {
      hasAnyValues = true;
      internalValueResult.repository = this._repository;
    }
    if (this._repositoryBranch !== undefined) {
      hasAnyValues = true;
      internalValueResult.repositoryBranch = this._repositoryBranch;
    }
    if (this._repositoryCommit !== undefined) {
      hasAnyValues = true;
      internalValueResult.repositoryCommit = this._repositoryCommit;
    }
    if (this._repositoryConnector !== undefined) {
      hasAnyValues = true;
      internalValueResult.repositoryConnector = this._repositoryConnector;
    }
    if (this._repositoryPath !== undefined) {
      hasAnyValues = true;
      internalValueResult.repositoryPath = this._repositoryPath;
    }
    if (this._repositorySha !== undefined) {
      hasAnyValues = true;
      internalValueResult.repositorySha = this._repositorySha;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: PlatformWorkspaceTerraformVariableFile | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._repository = undefined;
      this._repositoryBranch = undefined;
      this._repositoryCommit = undefined;
      this._repositoryConnector = undefined;
      this._repositoryPath = undefined;
      this._repositorySha = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._repository = value.repository;
      this._repositoryBranch = value.repositoryBranch;
      this._repositoryCommit = value.repositoryCommit;
      this._repositoryConnector = value.repositoryConnector;
      this._repositoryPath = value.repositoryPath;
      this._repositorySha = value.repositorySha;
    }
  }

  // repository - computed: false, optional: false, required: true
  private _repository?: string; 
  public get repository() {
    return this.getStringAttribute('repository');
  }
  public set repository(value: string) {
    this._repository = value;
  }
  // Temporarily expose input value. Use with caution.
  public get repositoryInput() {
    return this._repository;
  }

  // repository_branch - computed: false, optional: true, required: false
  private _repositoryBranch?: string; 
  public get repositoryBranch() {
    return this.getStringAttribute('repository_branch');
  }
  public set repositoryBranch(value: string) {
    this._repositoryBranch = value;
  }
  public resetRepositoryBranch() {
    this._repositoryBranch = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get repositoryBranchInput() {
    return this._repositoryBranch;
  }

  // repository_commit - computed: false, optional: true, required: false
  private _repositoryCommit?: string; 
  public get repositoryCommit() {
    return this.getStringAttribute('repository_commit');
  }
  public set repositoryCommit(value: string) {
    this._repositoryCommit = value;
  }
  public resetRepositoryCommit() {
    this._repositoryCommit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get repositoryCommitInput() {
    return this._repositoryCommit;
  }

  // repository_connector - computed: false, optional: false, required: true
  private _repositoryConnector?: string; 
  public get repositoryConnector() {
    return this.getStringAttribute('repository_connector');
  }
  public set repositoryConnector(value: string) {
    this._repositoryConnector = value;
  }
  // Temporarily expose input value. Use with caution.
  public get repositoryConnectorInput() {
    return this._repositoryConnector;
  }

  // repository_path - computed: false, optional: true, required: false
  private _repositoryPath?: string; 
  public get repositoryPath() {
    return this.getStringAttribute('repository_path');
  }
  public set repositoryPath(value: string) {
    this._repositoryPath = value;
  }
  public resetRepositoryPath() {
    this._repositoryPath = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get repositoryPathInput() {
    return this._repositoryPath;
  }

  // repository_sha - computed: false, optional: true, required: false
  private _repositorySha?: string; 
  public get repositorySha() {
    return this.getStringAttribute('repository_sha');
  }
  public set repositorySha(value: string) {
    this._repositorySha = value;
  }
  public resetRepositorySha() {
    this._repositorySha = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get repositoryShaInput() {
    return this._repositorySha;
  }
}

export class PlatformWorkspaceTerraformVariableFileList extends cdktf.ComplexList {
  public internalValue? : PlatformWorkspaceTerraformVariableFile[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): PlatformWorkspaceTerraformVariableFileOutputReference {
    return new PlatformWorkspaceTerraformVariableFileOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/harness/harness/0.45.1/docs/resources/platform_workspace harness_platform_workspace}
*/
export class PlatformWorkspace extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "harness_platform_workspace";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a PlatformWorkspace resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the PlatformWorkspace to import
  * @param importFromId The id of the existing PlatformWorkspace that should be imported. Refer to the {@link https://registry.terraform.io/providers/harness/harness/0.45.1/docs/resources/platform_workspace#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the PlatformWorkspace to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "harness_platform_workspace", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/harness/harness/0.45.1/docs/resources/platform_workspace harness_platform_workspace} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options PlatformWorkspaceConfig
  */
  public constructor(scope: Construct, id: string, config: PlatformWorkspaceConfig) {
    super(scope, id, {
      terraformResourceType: 'harness_platform_workspace',
      terraformGeneratorMetadata: {
        providerName: 'harness',
        providerVersion: '0.45.1',
        providerVersionConstraint: '~> 0.45'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._costEstimationEnabled = config.costEstimationEnabled;
    this._defaultPipelines = config.defaultPipelines;
    this._description = config.description;
    this._id = config.id;
    this._identifier = config.identifier;
    this._name = config.name;
    this._orgId = config.orgId;
    this._projectId = config.projectId;
    this._providerConnector = config.providerConnector;
    this._provisionerType = config.provisionerType;
    this._provisionerVersion = config.provisionerVersion;
    this._repository = config.repository;
    this._repositoryBranch = config.repositoryBranch;
    this._repositoryCommit = config.repositoryCommit;
    this._repositoryConnector = config.repositoryConnector;
    this._repositoryPath = config.repositoryPath;
    this._repositorySha = config.repositorySha;
    this._runAll = config.runAll;
    this._tags = config.tags;
    this._terragruntProvider = config.terragruntProvider;
    this._terragruntVersion = config.terragruntVersion;
    this._variableSets = config.variableSets;
    this._associatedTemplate.internalValue = config.associatedTemplate;
    this._connector.internalValue = config.connector;
    this._environmentVariable.internalValue = config.environmentVariable;
    this._provisionerConfig.internalValue = config.provisionerConfig;
    this._terraformVariable.internalValue = config.terraformVariable;
    this._terraformVariableFile.internalValue = config.terraformVariableFile;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // cost_estimation_enabled - computed: true, optional: true, required: false
  private _costEstimationEnabled?: boolean | cdktf.IResolvable; 
  public get costEstimationEnabled() {
    return this.getBooleanAttribute('cost_estimation_enabled');
  }
  public set costEstimationEnabled(value: boolean | cdktf.IResolvable) {
    this._costEstimationEnabled = value;
  }
  public resetCostEstimationEnabled() {
    this._costEstimationEnabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get costEstimationEnabledInput() {
    return this._costEstimationEnabled;
  }

  // default_pipelines - computed: false, optional: true, required: false
  private _defaultPipelines?: { [key: string]: string }; 
  public get defaultPipelines() {
    return this.getStringMapAttribute('default_pipelines');
  }
  public set defaultPipelines(value: { [key: string]: string }) {
    this._defaultPipelines = value;
  }
  public resetDefaultPipelines() {
    this._defaultPipelines = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get defaultPipelinesInput() {
    return this._defaultPipelines;
  }

  // description - computed: false, optional: true, required: false
  private _description?: string; 
  public get description() {
    return this.getStringAttribute('description');
  }
  public set description(value: string) {
    this._description = value;
  }
  public resetDescription() {
    this._description = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get descriptionInput() {
    return this._description;
  }

  // id - computed: true, optional: true, required: false
  private _id?: string; 
  public get id() {
    return this.getStringAttribute('id');
  }
  public set id(value: string) {
    this._id = value;
  }
  public resetId() {
    this._id = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }

  // identifier - computed: false, optional: false, required: true
  private _identifier?: string; 
  public get identifier() {
    return this.getStringAttribute('identifier');
  }
  public set identifier(value: string) {
    this._identifier = value;
  }
  // Temporarily expose input value. Use with caution.
  public get identifierInput() {
    return this._identifier;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // org_id - computed: false, optional: false, required: true
  private _orgId?: string; 
  public get orgId() {
    return this.getStringAttribute('org_id');
  }
  public set orgId(value: string) {
    this._orgId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get orgIdInput() {
    return this._orgId;
  }

  // project_id - computed: false, optional: false, required: true
  private _projectId?: string; 
  public get projectId() {
    return this.getStringAttribute('project_id');
  }
  public set projectId(value: string) {
    this._projectId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get projectIdInput() {
    return this._projectId;
  }

  // provider_connector - computed: false, optional: true, required: false
  private _providerConnector?: string; 
  public get providerConnector() {
    return this.getStringAttribute('provider_connector');
  }
  public set providerConnector(value: string) {
    this._providerConnector = value;
  }
  public resetProviderConnector() {
    this._providerConnector = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get providerConnectorInput() {
    return this._providerConnector;
  }

  // provisioner_type - computed: false, optional: false, required: true
  private _provisionerType?: string; 
  public get provisionerType() {
    return this.getStringAttribute('provisioner_type');
  }
  public set provisionerType(value: string) {
    this._provisionerType = value;
  }
  // Temporarily expose input value. Use with caution.
  public get provisionerTypeInput() {
    return this._provisionerType;
  }

  // provisioner_version - computed: true, optional: true, required: false
  private _provisionerVersion?: string; 
  public get provisionerVersion() {
    return this.getStringAttribute('provisioner_version');
  }
  public set provisionerVersion(value: string) {
    this._provisionerVersion = value;
  }
  public resetProvisionerVersion() {
    this._provisionerVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get provisionerVersionInput() {
    return this._provisionerVersion;
  }

  // repository - computed: true, optional: true, required: false
  private _repository?: string; 
  public get repository() {
    return this.getStringAttribute('repository');
  }
  public set repository(value: string) {
    this._repository = value;
  }
  public resetRepository() {
    this._repository = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get repositoryInput() {
    return this._repository;
  }

  // repository_branch - computed: true, optional: true, required: false
  private _repositoryBranch?: string; 
  public get repositoryBranch() {
    return this.getStringAttribute('repository_branch');
  }
  public set repositoryBranch(value: string) {
    this._repositoryBranch = value;
  }
  public resetRepositoryBranch() {
    this._repositoryBranch = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get repositoryBranchInput() {
    return this._repositoryBranch;
  }

  // repository_commit - computed: true, optional: true, required: false
  private _repositoryCommit?: string; 
  public get repositoryCommit() {
    return this.getStringAttribute('repository_commit');
  }
  public set repositoryCommit(value: string) {
    this._repositoryCommit = value;
  }
  public resetRepositoryCommit() {
    this._repositoryCommit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get repositoryCommitInput() {
    return this._repositoryCommit;
  }

  // repository_connector - computed: true, optional: true, required: false
  private _repositoryConnector?: string; 
  public get repositoryConnector() {
    return this.getStringAttribute('repository_connector');
  }
  public set repositoryConnector(value: string) {
    this._repositoryConnector = value;
  }
  public resetRepositoryConnector() {
    this._repositoryConnector = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get repositoryConnectorInput() {
    return this._repositoryConnector;
  }

  // repository_path - computed: true, optional: true, required: false
  private _repositoryPath?: string; 
  public get repositoryPath() {
    return this.getStringAttribute('repository_path');
  }
  public set repositoryPath(value: string) {
    this._repositoryPath = value;
  }
  public resetRepositoryPath() {
    this._repositoryPath = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get repositoryPathInput() {
    return this._repositoryPath;
  }

  // repository_sha - computed: true, optional: true, required: false
  private _repositorySha?: string; 
  public get repositorySha() {
    return this.getStringAttribute('repository_sha');
  }
  public set repositorySha(value: string) {
    this._repositorySha = value;
  }
  public resetRepositorySha() {
    this._repositorySha = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get repositoryShaInput() {
    return this._repositorySha;
  }

  // run_all - computed: false, optional: true, required: false
  private _runAll?: boolean | cdktf.IResolvable; 
  public get runAll() {
    return this.getBooleanAttribute('run_all');
  }
  public set runAll(value: boolean | cdktf.IResolvable) {
    this._runAll = value;
  }
  public resetRunAll() {
    this._runAll = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get runAllInput() {
    return this._runAll;
  }

  // tags - computed: false, optional: true, required: false
  private _tags?: string[]; 
  public get tags() {
    return cdktf.Fn.tolist(this.getListAttribute('tags'));
  }
  public set tags(value: string[]) {
    this._tags = value;
  }
  public resetTags() {
    this._tags = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tagsInput() {
    return this._tags;
  }

  // terragrunt_provider - computed: false, optional: true, required: false
  private _terragruntProvider?: boolean | cdktf.IResolvable; 
  public get terragruntProvider() {
    return this.getBooleanAttribute('terragrunt_provider');
  }
  public set terragruntProvider(value: boolean | cdktf.IResolvable) {
    this._terragruntProvider = value;
  }
  public resetTerragruntProvider() {
    this._terragruntProvider = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get terragruntProviderInput() {
    return this._terragruntProvider;
  }

  // terragrunt_version - computed: false, optional: true, required: false
  private _terragruntVersion?: string; 
  public get terragruntVersion() {
    return this.getStringAttribute('terragrunt_version');
  }
  public set terragruntVersion(value: string) {
    this._terragruntVersion = value;
  }
  public resetTerragruntVersion() {
    this._terragruntVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get terragruntVersionInput() {
    return this._terragruntVersion;
  }

  // variable_sets - computed: false, optional: true, required: false
  private _variableSets?: string[]; 
  public get variableSets() {
    return this.getListAttribute('variable_sets');
  }
  public set variableSets(value: string[]) {
    this._variableSets = value;
  }
  public resetVariableSets() {
    this._variableSets = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get variableSetsInput() {
    return this._variableSets;
  }

  // associated_template - computed: false, optional: true, required: false
  private _associatedTemplate = new PlatformWorkspaceAssociatedTemplateOutputReference(this, "associated_template");
  public get associatedTemplate() {
    return this._associatedTemplate;
  }
  public putAssociatedTemplate(value: PlatformWorkspaceAssociatedTemplate) {
    this._associatedTemplate.internalValue = value;
  }
  public resetAssociatedTemplate() {
    this._associatedTemplate.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get associatedTemplateInput() {
    return this._associatedTemplate.internalValue;
  }

  // connector - computed: false, optional: true, required: false
  private _connector = new PlatformWorkspaceConnectorList(this, "connector", true);
  public get connector() {
    return this._connector;
  }
  public putConnector(value: PlatformWorkspaceConnector[] | cdktf.IResolvable) {
    this._connector.internalValue = value;
  }
  public resetConnector() {
    this._connector.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get connectorInput() {
    return this._connector.internalValue;
  }

  // environment_variable - computed: false, optional: true, required: false
  private _environmentVariable = new PlatformWorkspaceEnvironmentVariableList(this, "environment_variable", true);
  public get environmentVariable() {
    return this._environmentVariable;
  }
  public putEnvironmentVariable(value: PlatformWorkspaceEnvironmentVariable[] | cdktf.IResolvable) {
    this._environmentVariable.internalValue = value;
  }
  public resetEnvironmentVariable() {
    this._environmentVariable.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get environmentVariableInput() {
    return this._environmentVariable.internalValue;
  }

  // provisioner_config - computed: false, optional: true, required: false
  private _provisionerConfig = new PlatformWorkspaceProvisionerConfigOutputReference(this, "provisioner_config");
  public get provisionerConfig() {
    return this._provisionerConfig;
  }
  public putProvisionerConfig(value: PlatformWorkspaceProvisionerConfig) {
    this._provisionerConfig.internalValue = value;
  }
  public resetProvisionerConfig() {
    this._provisionerConfig.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get provisionerConfigInput() {
    return this._provisionerConfig.internalValue;
  }

  // terraform_variable - computed: false, optional: true, required: false
  private _terraformVariable = new PlatformWorkspaceTerraformVariableList(this, "terraform_variable", true);
  public get terraformVariable() {
    return this._terraformVariable;
  }
  public putTerraformVariable(value: PlatformWorkspaceTerraformVariable[] | cdktf.IResolvable) {
    this._terraformVariable.internalValue = value;
  }
  public resetTerraformVariable() {
    this._terraformVariable.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get terraformVariableInput() {
    return this._terraformVariable.internalValue;
  }

  // terraform_variable_file - computed: false, optional: true, required: false
  private _terraformVariableFile = new PlatformWorkspaceTerraformVariableFileList(this, "terraform_variable_file", true);
  public get terraformVariableFile() {
    return this._terraformVariableFile;
  }
  public putTerraformVariableFile(value: PlatformWorkspaceTerraformVariableFile[] | cdktf.IResolvable) {
    this._terraformVariableFile.internalValue = value;
  }
  public resetTerraformVariableFile() {
    this._terraformVariableFile.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get terraformVariableFileInput() {
    return this._terraformVariableFile.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      cost_estimation_enabled: cdktf.booleanToTerraform(this._costEstimationEnabled),
      default_pipelines: cdktf.hashMapper(cdktf.stringToTerraform)(this._defaultPipelines),
      description: cdktf.stringToTerraform(this._description),
      id: cdktf.stringToTerraform(this._id),
      identifier: cdktf.stringToTerraform(this._identifier),
      name: cdktf.stringToTerraform(this._name),
      org_id: cdktf.stringToTerraform(this._orgId),
      project_id: cdktf.stringToTerraform(this._projectId),
      provider_connector: cdktf.stringToTerraform(this._providerConnector),
      provisioner_type: cdktf.stringToTerraform(this._provisionerType),
      provisioner_version: cdktf.stringToTerraform(this._provisionerVersion),
      repository: cdktf.stringToTerraform(this._repository),
      repository_branch: cdktf.stringToTerraform(this._repositoryBranch),
      repository_commit: cdktf.stringToTerraform(this._repositoryCommit),
      repository_connector: cdktf.stringToTerraform(this._repositoryConnector),
      repository_path: cdktf.stringToTerraform(this._repositoryPath),
      repository_sha: cdktf.stringToTerraform(this._repositorySha),
      run_all: cdktf.booleanToTerraform(this._runAll),
      tags: cdktf.listMapper(cdktf.stringToTerraform, false)(this._tags),
      terragrunt_provider: cdktf.booleanToTerraform(this._terragruntProvider),
      terragrunt_version: cdktf.stringToTerraform(this._terragruntVersion),
      variable_sets: cdktf.listMapper(cdktf.stringToTerraform, false)(this._variableSets),
      associated_template: platformWorkspaceAssociatedTemplateToTerraform(this._associatedTemplate.internalValue),
      connector: cdktf.listMapper(platformWorkspaceConnectorToTerraform, true)(this._connector.internalValue),
      environment_variable: cdktf.listMapper(platformWorkspaceEnvironmentVariableToTerraform, true)(this._environmentVariable.internalValue),
      provisioner_config: platformWorkspaceProvisionerConfigToTerraform(this._provisionerConfig.internalValue),
      terraform_variable: cdktf.listMapper(platformWorkspaceTerraformVariableToTerraform, true)(this._terraformVariable.internalValue),
      terraform_variable_file: cdktf.listMapper(platformWorkspaceTerraformVariableFileToTerraform, true)(this._terraformVariableFile.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      cost_estimation_enabled: {
        value: cdktf.booleanToHclTerraform(this._costEstimationEnabled),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      default_pipelines: {
        value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._defaultPipelines),
        isBlock: false,
        type: "map",
        storageClassType: "stringMap",
      },
      description: {
        value: cdktf.stringToHclTerraform(this._description),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      id: {
        value: cdktf.stringToHclTerraform(this._id),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      identifier: {
        value: cdktf.stringToHclTerraform(this._identifier),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      org_id: {
        value: cdktf.stringToHclTerraform(this._orgId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      project_id: {
        value: cdktf.stringToHclTerraform(this._projectId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      provider_connector: {
        value: cdktf.stringToHclTerraform(this._providerConnector),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      provisioner_type: {
        value: cdktf.stringToHclTerraform(this._provisionerType),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      provisioner_version: {
        value: cdktf.stringToHclTerraform(this._provisionerVersion),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      repository: {
        value: cdktf.stringToHclTerraform(this._repository),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      repository_branch: {
        value: cdktf.stringToHclTerraform(this._repositoryBranch),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      repository_commit: {
        value: cdktf.stringToHclTerraform(this._repositoryCommit),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      repository_connector: {
        value: cdktf.stringToHclTerraform(this._repositoryConnector),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      repository_path: {
        value: cdktf.stringToHclTerraform(this._repositoryPath),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      repository_sha: {
        value: cdktf.stringToHclTerraform(this._repositorySha),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      run_all: {
        value: cdktf.booleanToHclTerraform(this._runAll),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      tags: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._tags),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
      },
      terragrunt_provider: {
        value: cdktf.booleanToHclTerraform(this._terragruntProvider),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      terragrunt_version: {
        value: cdktf.stringToHclTerraform(this._terragruntVersion),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      variable_sets: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._variableSets),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      associated_template: {
        value: platformWorkspaceAssociatedTemplateToHclTerraform(this._associatedTemplate.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "PlatformWorkspaceAssociatedTemplateList",
      },
      connector: {
        value: cdktf.listMapperHcl(platformWorkspaceConnectorToHclTerraform, true)(this._connector.internalValue),
        isBlock: true,
        type: "set",
        storageClassType: "PlatformWorkspaceConnectorList",
      },
      environment_variable: {
        value: cdktf.listMapperHcl(platformWorkspaceEnvironmentVariableToHclTerraform, true)(this._environmentVariable.internalValue),
        isBlock: true,
        type: "set",
        storageClassType: "PlatformWorkspaceEnvironmentVariableList",
      },
      provisioner_config: {
        value: platformWorkspaceProvisionerConfigToHclTerraform(this._provisionerConfig.internalValue),
        isBlock: true,
        type: "set",
        storageClassType: "PlatformWorkspaceProvisionerConfigList",
      },
      terraform_variable: {
        value: cdktf.listMapperHcl(platformWorkspaceTerraformVariableToHclTerraform, true)(this._terraformVariable.internalValue),
        isBlock: true,
        type: "set",
        storageClassType: "PlatformWorkspaceTerraformVariableList",
      },
      terraform_variable_file: {
        value: cdktf.listMapperHcl(platformWorkspaceTerraformVariableFileToHclTerraform, true)(this._terraformVariableFile.internalValue),
        isBlock: true,
        type: "set",
        storageClassType: "PlatformWorkspaceTerraformVariableFileList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
