/** Which document format a workflow renders to. */
export enum WorkflowFormat {
  /** IDP 2.0 Harness-native entity (`harness.io/v1`, `kind: Workflow`). The only format the catalog API accepts inline. */
  IDP_2 = 'idp2',
  /** IDP 1.0 Backstage software template (`scaffolder.backstage.io/v1beta3`, `kind: Template`), for Git-registered IDP 1.0 accounts. */
  BACKSTAGE = 'backstage',
}
