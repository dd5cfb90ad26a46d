import type { ValidationProblem } from './errors';

/**
 * One detector of credential shapes, used wherever text enters a document: a token pasted into a field, a header, a
 * URL or an identifier is refused before it reaches Git or Harness. Messages name the kind of credential and never
 * repeat the value.
 */

/** A credential shape: its name and what it looks like. */
interface Shape {
  readonly kind: string;
  readonly pattern: RegExp;
}

const SHAPES: readonly Shape[] = [
  { kind: 'GitHub token', pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{40,})/ },
  { kind: 'Slack token', pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}|\bxapp-\d-[A-Za-z0-9-]{10,}/ },
  { kind: 'Harness API key (PAT/SAT)', pattern: /\b(?:pat|sat)\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}(?:\.[A-Za-z0-9_-]{10,})?/ },
  { kind: 'JSON Web Token', pattern: /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/ },
  { kind: 'AWS access key', pattern: /\b(?:AKIA|ASIA|AGPA|AIDA|AROA)[0-9A-Z]{16}\b/ },
  { kind: 'private key', pattern: /-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----/ },
  // Incoming-webhook URLs are credentials themselves: whoever has one can post.
  { kind: 'Slack webhook URL', pattern: /\bhooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9_/-]{20,}/ },
  {
    kind: 'Microsoft Teams webhook URL',
    pattern: /\.webhook\.office\.com\/webhook(?:b2)?\/[^\s"']{20,}|\.logic\.azure\.com(?::\d+)?\/workflows\/[^\s"']*[?&]sig=[^&\s"']{10,}/,
  },
  { kind: 'Discord webhook URL', pattern: /\bdiscord(?:app)?\.com\/api\/webhooks\/\d+\/[A-Za-z0-9_-]{20,}/ },
];

/** `user:password@` in a URL: the password (group 1) is a credential when it looks generated (see {@link urlPassword}). */
const URL_USERINFO = /\b[a-z][a-z0-9+.-]*:\/\/[^\s/?#@:]+:([^\s/?#@]+)@/gi;

/** No credential shape is shorter (a Slack token, `xoxb-` and 10 characters). */
const MIN_CREDENTIAL_LENGTH = 15;

/** Field, header, variable or query names that say they hold a credential. */
export const CREDENTIAL_NAME = /(auth|token|api[-_]?key|[-_]key$|^key$|secret|password|passwd|credential|private[-_]?key|access[-_]?key)/i;
/**
 * Fields of Harness notification methods and similar specs whose camelCase name does not say "secret" but whose
 * value is one (PagerDuty's `integrationKey` and routing key, the Microsoft Teams webhook keys).
 */
const SECRET_KEY_FIELD = /^(integration|routing|msTeam|webhook|signing|encryption)Keys?$/;

/** True if a field, variable or query name says it holds a credential. */
function isCredentialName(name: string): boolean {
  return CREDENTIAL_NAME.test(name) || SECRET_KEY_FIELD.test(name);
}

/**
 * The kind of credential `text` holds, or `undefined`. Known token shapes are found anywhere in the text; when
 * `name` says the field holds a credential, a long random-looking word (20+ characters, no spaces, high entropy) is
 * one too.
 * @param name the field, header, variable or query name the text is given for @default - none
 */
export function credentialIn(text: string, name?: string): string | undefined {
  for (const shape of SHAPES) if (shape.pattern.test(text)) return shape.kind;
  if (text.includes('://') && urlPassword(text)) return 'password in a URL';
  if (name !== undefined && isCredentialName(name)) {
    if (text.split(/[\s"'`,;=:&?]+/).some(looksRandom)) return `secret value in a field named '${name}'`;
  }
  return undefined;
}

/**
 * The problem text for a credential found in a field (never the value itself), and the fix.
 */
export function credentialProblem(kind: string): { readonly problem: string; readonly fix: string } {
  return {
    problem: `holds what looks like a ${kind} (value not shown); credentials must never be written into code, Git or pipeline YAML`,
    fix: "store it as a Harness secret and pass SecretRef.fromIdentifier('account.<secret identifier>') instead",
  };
}

/**
 * A word that looks like a generated secret rather than a name: 20+ characters of a key alphabet (letters, digits,
 * `+/=_-`; a `.` makes it a name such as `account.my_pat`), at least two digits and two letters, and high entropy.
 */
function looksRandom(word: string): boolean {
  if (word.length < 20 || !/^[A-Za-z0-9+/=_-]+$/.test(word)) return false;
  const digits = word.replace(/[^0-9]/g, '').length;
  const letters = word.replace(/[^A-Za-z]/g, '').length;
  return digits >= 2 && letters >= 2 && entropy(word) >= 3.5;
}

/**
 * Whether a URL in `text` carries a password that looks generated: 12+ characters of letters and digits (both),
 * high entropy, and not an expression (`<+...>`, `${...}`, `{{...}}`) or a mask (`****`). A password such as
 * `postgres` or `guest` in a local service URL is not one.
 */
function urlPassword(text: string): boolean {
  for (const m of text.matchAll(URL_USERINFO)) {
    const password = decodeURIComponentSafe(m[1]);
    if (/[<>${}*]/.test(password) || password.length < 12) continue;
    if (/[0-9]/.test(password) && /[A-Za-z]/.test(password) && entropy(password) >= 3.2) return true;
  }
  return false;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Shannon entropy in bits per character. */
function entropy(word: string): number {
  const counts = new Map<string, number>();
  for (const c of word) counts.set(c, (counts.get(c) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / word.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/**
 * Every credential found in a rendered document, as problems: each string leaf is checked under its own name (for a
 * `{ key|name, value }` pair, the pair's key or name), and each query parameter of a URL under the parameter's name.
 * @param path where the document is, for the problems' path
 */
export function credentialProblems(document: unknown, path: string): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const visit = (value: unknown, at: string, name: string | undefined): void => {
    if (typeof value === 'string') {
      if (value.length < MIN_CREDENTIAL_LENGTH) return;
      const kind = credentialIn(value, name) ?? queryCredential(value);
      if (kind !== undefined) problems.push({ path, field: at, ...credentialProblem(kind) });
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => visit(v, `${at}[${i}]`, name));
    } else if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value as Record<string, unknown>);
      const pairName = (value as Record<string, unknown>).key ?? (value as Record<string, unknown>).name;
      for (const [k, v] of entries) {
        const own = k === 'value' && typeof pairName === 'string' ? pairName : k;
        visit(v, at === '' ? k : `${at}.${k}`, own);
      }
    }
  };
  visit(document, '', undefined);
  return problems;
}

/** A credential in a URL's query (`?token=...`, `&api_key=...`), by the parameter's name. */
function queryCredential(text: string): string | undefined {
  for (const m of text.matchAll(/[?&]([^=&#\s]+)=([^&#\s]+)/g)) {
    if (isCredentialName(m[1]) && looksRandom(decodeURIComponentSafe(m[2]))) return `credential in the URL query parameter '${m[1]}'`;
  }
  return undefined;
}
