/** Words that cannot name a constant. */
const RESERVED: ReadonlySet<string> = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for function if ' +
    'import in instanceof new null return super switch this throw true try typeof var void while with yield let static ' +
    'implements interface package private protected public await arguments eval undefined'
  ).split(' '),
);

/** `project_name` → `projectName`, `IDP Service` → `idpService`; a leading digit gets a `_`. */
export function camelCase(text: string): string {
  const words = text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w !== '');
  if (words.length === 0) return 'value';
  const name = words.map((w, i) => (i === 0 ? w.toLowerCase() : w[0].toUpperCase() + w.slice(1).toLowerCase())).join('');
  return /^[0-9]/.test(name) ? `_${name}` : name;
}

/** `project_name` → `ProjectName`. */
export function pascalCase(text: string): string {
  const c = camelCase(text).replace(/^_/, '');
  return c[0].toUpperCase() + c.slice(1);
}

/** Hands out constant names unique within one scope, from a hint. */
export class NameScope {
  private readonly used = new Set<string>();

  constructor(taken: Iterable<string> = []) {
    for (const t of taken) this.used.add(t);
  }

  /** A fresh name from `hint` (camel-cased), with `suffix` or a number added on a clash. */
  public name(hint: string, suffix = ''): string {
    let base = camelCase(hint);
    if (RESERVED.has(base)) base = `${base}${suffix || 'Value'}`;
    let candidate = base;
    if (this.used.has(candidate) && suffix !== '' && !this.used.has(`${base}${suffix}`)) candidate = `${base}${suffix}`;
    for (let i = 2; this.used.has(candidate); i++) candidate = `${base}${i}`;
    this.used.add(candidate);
    return candidate;
  }

  /** Marks a name as used. */
  public take(name: string): void {
    this.used.add(name);
  }
}
