// The platform team's Harness IDP workflows as code (cdktf-harness-idp on CDK for Terraform).
//   npx cdktf synth    writes cdktf.out/stacks/{{text stackId}}/cdk.tf.json
//   npx cdktf deploy {{text stackId}}    (credentials: see README.md)
import { App } from 'cdktf';
import {
  CustomStage,
  FormPage,
  HarnessPlatformStack,
  Pipeline,
  RunStep,
  SelfServiceWorkflow,
  WorkflowInput,
  WorkflowOutput,
{{#if gitops}}
  WorkflowRegistration,
{{/if}}
} from 'cdktf-harness-idp';
import { localState } from './state';

/** The stacks of this repo (one per Harness project); `main.test.ts` builds them too. */
export function buildApp(app: App): { team: HarnessPlatformStack } {
  const team = new HarnessPlatformStack(app, {{json stackId}}, {
    orgId: {{json orgId}},
    projectId: {{json projectId}},
{{#if account}}
    accountId: {{json accountId}},
{{/if}}
{{#if gitops}}
    github: { owner: {{json githubOwner}} },
{{/if}}
    // Local state to start with; a team keeps it remote: s3State({{json stackId}}) (see state.ts).
    backend: localState(),
  });

  // A self-service workflow: a form with one field, and the pipeline it triggers. The input is declared once and
  // becomes the form field, the pipeline's runtime input and the trigger's inputset entry.
  const greeting = WorkflowInput.string('greeting', { title: 'Greeting', default: 'hello' });
  const greet = new RunStep({ identifier: 'greet', command: `msg="${greeting} from the platform team"`, outputVariables: ['msg'] });
  const pipeline = new Pipeline({ identifier: 'hello_platform', name: 'Hello platform', variables: [greeting] }).addStage(
    new CustomStage({ identifier: 'main', steps: [greet] }),
  );
  new SelfServiceWorkflow(team, 'hello_platform', {
    pipeline,
    workflow: {
      type: 'operations',
      pages: [new FormPage({ title: 'Greeting', inputs: [greeting] })],
      outputs: [WorkflowOutput.pipelineUrl(), WorkflowOutput.text('Message', greet.outputVariable('msg'))],
    },
{{#if gitops}}
    // GitOps: the workflow YAML is committed to {{text githubOwner}}/{{text gitopsRepo}} and the catalog imports it from there.
    registration: WorkflowRegistration.gitOps({ repository: {{json gitopsRepo}}, connectorRef: {{json gitopsConnector}} }),
{{/if}}
  });
  return { team };
}

if (require.main === module) {
  const app = new App();
  buildApp(app);
  app.synth();
}
