import type { TerraformDataSource, TerraformProvider } from 'cdktf';
import type { Construct } from 'constructs';
import { DataHarnessPlatformConnectorAws } from '../../../.gen/providers/harness/data-harness-platform-connector-aws';
import { DataHarnessPlatformConnectorAzureRepo } from '../../../.gen/providers/harness/data-harness-platform-connector-azure-repo';
import { DataHarnessPlatformConnectorBitbucket } from '../../../.gen/providers/harness/data-harness-platform-connector-bitbucket';
import { DataHarnessPlatformConnectorDocker } from '../../../.gen/providers/harness/data-harness-platform-connector-docker';
import { DataHarnessPlatformConnectorGcp } from '../../../.gen/providers/harness/data-harness-platform-connector-gcp';
import { DataHarnessPlatformConnectorGit } from '../../../.gen/providers/harness/data-harness-platform-connector-git';
import { DataHarnessPlatformConnectorGithub } from '../../../.gen/providers/harness/data-harness-platform-connector-github';
import { DataHarnessPlatformConnectorGitlab } from '../../../.gen/providers/harness/data-harness-platform-connector-gitlab';
import { DataHarnessPlatformConnectorJira } from '../../../.gen/providers/harness/data-harness-platform-connector-jira';
import { DataHarnessPlatformConnectorKubernetes } from '../../../.gen/providers/harness/data-harness-platform-connector-kubernetes';
import { DataHarnessPlatformConnectorServiceNow } from '../../../.gen/providers/harness/data-harness-platform-connector-service-now';
import { DataHarnessPlatformSecretText } from '../../../.gen/providers/harness/data-harness-platform-secret-text';
import { DataHarnessPlatformUsergroup } from '../../../.gen/providers/harness/data-harness-platform-usergroup';
import { ConnectorType } from '../../pipeline/prerequisites';
import { terraformArgs } from '../../terraform/terraform-args';

/** The arguments of a lookup: the identifier without its scope prefix, and the scope as `org_id`/`project_id`. */
export interface LookupArgs {
  readonly identifier: string;
  readonly orgId?: string;
  readonly projectId?: string;
  readonly provider?: TerraformProvider;
}

/** Creates the data source that reads one Harness object (the plan fails when it does not exist). */
export type Lookup = (scope: Construct, id: string, args: LookupArgs) => TerraformDataSource;

/**
 * The data source of each connector type: `harness_platform_connector_<type>`, which also fails when the connector
 * exists with another type.
 */
export const CONNECTOR_LOOKUPS: Readonly<Record<ConnectorType, Lookup>> = {
  [ConnectorType.GITHUB]: (s, id, a) => new DataHarnessPlatformConnectorGithub(s, id, terraformArgs(a)),
  [ConnectorType.GITLAB]: (s, id, a) => new DataHarnessPlatformConnectorGitlab(s, id, terraformArgs(a)),
  [ConnectorType.BITBUCKET]: (s, id, a) => new DataHarnessPlatformConnectorBitbucket(s, id, terraformArgs(a)),
  [ConnectorType.AZURE_REPO]: (s, id, a) => new DataHarnessPlatformConnectorAzureRepo(s, id, terraformArgs(a)),
  [ConnectorType.GIT]: (s, id, a) => new DataHarnessPlatformConnectorGit(s, id, terraformArgs(a)),
  [ConnectorType.KUBERNETES]: (s, id, a) => new DataHarnessPlatformConnectorKubernetes(s, id, terraformArgs(a)),
  [ConnectorType.DOCKER_REGISTRY]: (s, id, a) => new DataHarnessPlatformConnectorDocker(s, id, terraformArgs(a)),
  [ConnectorType.AWS]: (s, id, a) => new DataHarnessPlatformConnectorAws(s, id, terraformArgs(a)),
  [ConnectorType.GCP]: (s, id, a) => new DataHarnessPlatformConnectorGcp(s, id, terraformArgs(a)),
  [ConnectorType.JIRA]: (s, id, a) => new DataHarnessPlatformConnectorJira(s, id, terraformArgs(a)),
  [ConnectorType.SERVICE_NOW]: (s, id, a) => new DataHarnessPlatformConnectorServiceNow(s, id, terraformArgs(a)),
};

/** `harness_platform_secret_text`: the secrets the documents read are text secrets (API keys, tokens, passwords). */
export const SECRET_LOOKUP: Lookup = (s, id, a) => new DataHarnessPlatformSecretText(s, id, terraformArgs(a));

/** `harness_platform_usergroup`, by identifier. */
export const USER_GROUP_LOOKUP: Lookup = (s, id, a) => new DataHarnessPlatformUsergroup(s, id, terraformArgs(a));
