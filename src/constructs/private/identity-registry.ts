import { Token } from 'cdktf';
import type { IConstruct } from 'constructs';
import type { ValidationProblem } from '../../core/errors';
import { reportProblems } from './synth-session';

/**
 * Identity is app-wide: two constructs of one app must not claim one Harness object (kind + scope + identifier) or
 * one GitOps file (repository + branch + path). Each construct claims what it creates; the second claim of the same
 * key fails the synth, naming both construct paths and the fix. The claims live on the app's root construct.
 */

/** What a construct creates: a kind of object, where, and under which name. */
export interface Identity {
  /** Kind of object, e.g. `pipeline`, `workflow`, `GitOps file`. */
  readonly kind: string;
  /** Organization it lives in. @default - the account */
  readonly orgId?: string;
  /** Project it lives in. @default - the organization (or the account) */
  readonly projectId?: string;
  /**
   * The project as a resource of the app, when the scope is a reference to it (its org and project are then Terraform
   * references, compared through the resource). @default - none
   */
  readonly projectResource?: IConstruct;
  /** The identifier (or path) within the scope. */
  readonly identifier: string;
  /** How to tell the two apart, e.g. "give one of them another identifier, or put it in another project". */
  readonly fix: string;
}

interface Claim {
  readonly construct: IConstruct;
  readonly identity: Identity;
}

const CLAIMS = Symbol.for('cdktf-harness-idp.IdentityClaims');

/** Claims `identity` for `construct`; a second claim of the same identity in the app fails the synth. */
export function claimIdentity(construct: IConstruct, identity: Identity): void {
  const claims = claimsOf(construct.node.root);
  const scope = identity.projectResource ? [identity.projectResource.node.path] : [identity.orgId ?? '', identity.projectId ?? ''];
  const key = [identity.kind, ...scope, identity.identifier].join('\u0000');
  const earlier = claims.get(key);
  if (earlier) {
    reportProblems(construct, () => [conflict(identity, earlier)]);
    return;
  }
  claims.set(key, { construct, identity });
}

/**
 * Where an identity lives, for messages: `in org 'o' / project 'p'`, `in org 'o'` or `in the account`. (Claims
 * compare a Terraform reference by its token, so two references to one resource are one scope.)
 */
function scopeText(identity: Identity): string {
  if (identity.projectResource) return `in the project ${identity.projectResource.node.path}`;
  const show = (v: string): string => (Token.isUnresolved(v) ? 'a Terraform reference' : `'${v}'`);
  const parts = [identity.orgId, identity.projectId].map((v, i) =>
    v === undefined ? undefined : `${i === 0 ? 'org' : 'project'} ${show(v)}`,
  );
  const defined = parts.filter((p) => p !== undefined);
  return defined.length === 0 ? 'in the account' : `in ${defined.join(' / ')}`;
}

function conflict(identity: Identity, earlier: Claim): ValidationProblem {
  const where = scopeText(identity);
  return {
    path: '',
    field: 'identifier',
    problem:
      `${identity.kind} '${identity.identifier}' ${where} is also created by ${earlier.construct.node.path}; ` +
      'the second would overwrite the first',
    fix: identity.fix,
  };
}

function claimsOf(root: IConstruct): Map<string, Claim> {
  const holder = root as unknown as Record<symbol, Map<string, Claim> | undefined>;
  let claims = holder[CLAIMS];
  if (!claims) {
    claims = new Map();
    Object.defineProperty(root, CLAIMS, { value: claims, enumerable: false });
  }
  return claims;
}
