import { StateBackend } from 'cdktf-harness-idp';

/**
 * Local state: `terraform.<stack>.tfstate` in this folder (ignored by Git: state holds secrets). Fine for a first
 * try; not for a team, where two deploys must not race and the state must not live on one laptop.
 */
export function localState(): StateBackend {
  return StateBackend.local();
}

/**
 * Remote state in S3, with a DynamoDB table for locking: fill in your bucket, region and table, use it in main.ts
 * (`backend: s3State('<stack>')`), then run `npx cdktf deploy` once: Terraform offers to copy the local state
 * over. `StateBackend.gcs`, `azurerm`, `remote`, `cloud` and `http` take their cdktf backend settings the same way.
 */
export function s3State(stack: string): StateBackend {
  return StateBackend.s3({
    bucket: 'acme-terraform-state', // versioning on, public access blocked
    key: `harness-idp/${stack}.tfstate`,
    region: 'eu-west-1',
    dynamodbTable: 'terraform-locks', // partition key LockID (string)
    encrypt: true,
  });
}
