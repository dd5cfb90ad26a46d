import { ConnectorType, isLiteralReference, PrerequisiteKind, type PrerequisiteReference } from '../../pipeline/prerequisites';
import type { Workflow } from '../../workflow/workflow';
import type { WorkflowRegistration } from '../workflow-registration';

/**
 * What an IDP workflow's registration needs to exist: the account secret its trigger reads the API key from
 * (`apiKeySecret`, always account-level) and, in GitOps mode, the GitHub connector the catalog imports the file
 * through. (The pipeline the trigger runs is the pipeline's own construct's concern.)
 */
export function workflowPrerequisites(workflow: Workflow, registration: WorkflowRegistration): PrerequisiteReference[] {
  const path = workflow.describe();
  const found: PrerequisiteReference[] = [];
  const secret = workflow.trigger.auth.secretIdentifier;
  if (secret !== undefined)
    found.push({ kind: PrerequisiteKind.SECRET, ref: `account.${secret}`, path, field: 'trigger.auth.apiKeySecret' });
  const connectorRef = registration.gitOpsProps?.connectorRef;
  if (connectorRef !== undefined && isLiteralReference(PrerequisiteKind.CONNECTOR, connectorRef)) {
    found.push({
      kind: PrerequisiteKind.CONNECTOR,
      ref: connectorRef,
      connectorType: ConnectorType.GITHUB,
      path,
      field: 'registration.connectorRef',
    });
  }
  return found;
}
