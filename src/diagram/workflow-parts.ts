import { list, type Plain, plain, textOf } from './document-walk';

/** A form field as the outline shows it. */
export interface OutlineField {
  /** 0-based page index. */
  readonly page: number;
  /** Property key. */
  readonly id: string;
  /** Field title, else the key. */
  readonly title: string;
  /** JSON-schema type, the picker (`ui:field`) or widget, and the allowed values. */
  readonly input: string;
  readonly required: boolean;
  /** The default as text. */
  readonly default?: string;
  /** Inputset keys (pipeline variables) whose value reads this field, in inputset order. */
  readonly feeds: readonly string[];
  /** Index of the workflow step whose inputset reads it, if any. */
  readonly step?: number;
}

/** A workflow step (normally the one `trigger:harness-custom-pipeline`). */
export interface OutlineStep {
  readonly id: string;
  readonly name: string;
  readonly action: string;
  /** The pipeline identifier in the trigger URL. */
  readonly pipelineId?: string;
  /** The step's `if`. */
  readonly condition?: string;
}

/** An output link or text. */
export interface OutlineOutput {
  readonly title: string;
  readonly kind: 'link' | 'text';
  /** The URL, entity reference or Markdown content as written. */
  readonly value: string;
  /** Outputs of workflow steps it reads (`steps.<id>.output…`): step index and output name. */
  readonly reads: ReadonlyArray<{ readonly step: number; readonly output: string }>;
  readonly condition?: string;
}

/** The workflow's steps, in order. */
export function outlineSteps(spec: Plain): OutlineStep[] {
  return list(spec.steps).map((s, i) => {
    const step = plain(s) ?? {};
    const id = textOf(step.id) ?? `step${i + 1}`;
    const url = textOf(plain(step.input)?.url) ?? '';
    return {
      id,
      name: textOf(step.name) ?? id,
      action: textOf(step.action) ?? '',
      pipelineId: /\/pipelines\/([^/?#]+)/.exec(url)?.[1],
      condition: textOf(step.if),
    };
  });
}

/** The form fields, page by page, with the inputset entries that read each. */
export function outlineFields(spec: Plain): OutlineField[] {
  const feeds = inputsetReaders(spec);
  return list(spec.parameters).flatMap((p, page) => {
    const params = plain(p) ?? {};
    const required = list(params.required).map((r) => textOf(r));
    return Object.entries(plain(params.properties) ?? {}).map(([id, value]) => {
      const prop = plain(value) ?? {};
      const fed = feeds.get(id);
      return {
        page,
        id,
        title: textOf(prop.title) ?? id,
        input: inputKind(prop),
        required: required.includes(id),
        default: textOf(prop.default),
        feeds: fed?.keys ?? [],
        step: fed?.step,
      };
    });
  });
}

/** The outputs: links, then texts. */
export function outlineOutputs(spec: Plain, steps: readonly OutlineStep[]): OutlineOutput[] {
  const output = plain(spec.output) ?? {};
  const entries = (kind: 'link' | 'text', key: string): OutlineOutput[] =>
    list(output[key]).map((o) => {
      const entry = plain(o) ?? {};
      const value = textOf(kind === 'text' ? entry.content : (entry.url ?? entry.entityRef)) ?? '';
      return { title: textOf(entry.title) ?? '', kind, value, reads: stepOutputsRead(value, steps), condition: textOf(entry.if) };
    });
  return [...entries('link', 'links'), ...entries('text', 'text')];
}

/** `string`, `string · HarnessProjectPicker`, `string: dev, prod`, ... */
function inputKind(prop: Plain): string {
  const parts = [textOf(prop.type) ?? 'string'];
  const ui = textOf(prop['ui:field']) ?? textOf(prop['ui:widget']);
  if (ui !== undefined) parts.push(ui);
  const values = list(prop.enum).map((v) => textOf(v) ?? '');
  const kind = parts.join(' · ');
  return values.length > 0 ? `${kind}: ${values.join(', ')}` : kind;
}

/** For each parameter id: the inputset keys whose value reads `parameters.<id>`, and the (first) step reading it. */
function inputsetReaders(spec: Plain): Map<string, { keys: string[]; step: number }> {
  const readers = new Map<string, { keys: string[]; step: number }>();
  list(spec.steps).forEach((s, step) => {
    const inputset = plain(plain(plain(s)?.input)?.inputset) ?? {};
    for (const [key, value] of Object.entries(inputset)) {
      for (const m of (textOf(value) ?? '').matchAll(/\bparameters\.([A-Za-z_$][\w$]*)/g)) {
        const entry = readers.get(m[1]) ?? { keys: [], step };
        if (!entry.keys.includes(key)) entry.keys.push(key);
        readers.set(m[1], entry);
      }
    }
  });
  return readers;
}

/** `steps.<id>.output.<name>` and `steps.<id>.output['<path>']` references, as step index and output name. */
function stepOutputsRead(value: string, steps: readonly OutlineStep[]): Array<{ step: number; output: string }> {
  const reads: Array<{ step: number; output: string }> = [];
  for (const m of value.matchAll(/\bsteps\.([\w-]+)\.output(?:\.(\w+)|\[\s*['"]([^'"]+)['"]\s*\])/g)) {
    const step = steps.findIndex((s) => s.id === m[1]);
    const path = m[2] ?? m[3];
    const output = path.slice(path.lastIndexOf('.') + 1);
    if (step >= 0 && !reads.some((r) => r.step === step && r.output === output)) reads.push({ step, output });
  }
  return reads;
}
