import { checkTemplateUrl } from '../../../pipeline/steps/idp/cookie-cutter';
import { optionalProps } from '../../../core/arguments';

import { fail } from '../../../core/errors';
import { WorkflowInput } from '../../../workflow/workflow-input';

/** A Cookiecutter template offered in a fixed list. */
export interface CookiecutterTemplateChoice {
  /** Label in the drop-down, e.g. `Java (Spring Boot)`. */
  readonly title: string;
  /** URL of the public template repository, e.g. `https://github.com/acme/cookiecutter-spring`. */
  readonly url: string;
}

/** Options of {@link CookiecutterTemplates.freeUrl}. */
export interface FreeUrlTemplatesProps {
  /** URL offered in the form. @default - none (the requester types one) */
  readonly default?: string;
  /** Label of the form field. @default 'Public Cookiecutter template URL' */
  readonly title?: string;
}

/** Options of {@link CookiecutterTemplates.fixedList}. */
export interface FixedListTemplatesProps {
  /** URL of the template selected by default; one of the list. @default the first template */
  readonly default?: string;
  /** Label of the form field. @default 'Cookiecutter template' */
  readonly title?: string;
}

/**
 * The public Cookiecutter templates a service onboarding offers: any URL the requester types
 * ({@link CookiecutterTemplates.freeUrl}), or a drop-down of approved templates
 * ({@link CookiecutterTemplates.fixedList}). Either way the value is the pipeline variable `template_url`,
 * read by the CookieCutter step as `publicTemplateUrl`.
 */
export class CookiecutterTemplates {
  /** A free-text URL field. */
  public static freeUrl(props: FreeUrlTemplatesProps = {}): CookiecutterTemplates {
    optionalProps(
      props,
      'CookiecutterTemplates.freeUrl',
      "CookiecutterTemplates.freeUrl({ default: 'https://github.com/acme/cookiecutter-service' })",
    );
    if (props.default !== undefined) checkUrl(props.default, 'CookiecutterTemplates.freeUrl', 'default');
    return new CookiecutterTemplates(undefined, props.title ?? 'Public Cookiecutter template URL', props.default);
  }

  /** A drop-down of approved templates: the form shows the titles, the pipeline gets the URL. */
  public static fixedList(templates: readonly CookiecutterTemplateChoice[], props: FixedListTemplatesProps = {}): CookiecutterTemplates {
    const where = 'CookiecutterTemplates.fixedList';
    if (!Array.isArray(templates) || templates.length === 0) {
      fail(
        where,
        'templates',
        'the list of templates is empty',
        "list at least one template, e.g. [{ title: 'Java service', url: 'https://github.com/acme/cookiecutter-java' }], or use CookiecutterTemplates.freeUrl()",
      );
    }
    const seen = new Set<string>();
    templates.forEach((t, i) => {
      if (typeof t?.title !== 'string' || t.title.trim() === '') {
        fail(where, `templates[${i}].title`, 'the template has no title', 'give each template the label shown in the drop-down');
      }
      checkUrl(t.url, where, `templates[${i}].url`);
      if (seen.has(t.url)) fail(where, `templates[${i}].url`, `'${t.url}' is listed twice`, 'list each template URL once');
      seen.add(t.url);
    });
    if (props.default !== undefined && !seen.has(props.default)) {
      fail(where, 'default', `'${props.default}' is not the URL of a listed template`, `use one of: ${[...seen].join(', ')}`);
    }
    return new CookiecutterTemplates(
      templates.map((t) => ({ title: t.title, url: t.url })),
      props.title ?? 'Cookiecutter template',
      props.default ?? templates[0].url,
    );
  }

  private constructor(
    /** The fixed list, or `undefined` for a free URL. */
    public readonly choices: readonly CookiecutterTemplateChoice[] | undefined,
    private readonly title: string,
    /** The URL offered by default, if any. */
    public readonly defaultUrl: string | undefined,
  ) {}

  /**
   * The `template_url` input.
   * @param required false when the template may also be private (the URL is then unused)
   */
  public createInput(required: boolean): WorkflowInput {
    const common = {
      title: this.title,
      required,
      variableDescription: 'Public cookiecutter template URL',
    };
    if (this.choices) {
      return WorkflowInput.enum('template_url', {
        ...common,
        values: this.choices.map((c) => c.url),
        enumNames: this.choices.map((c) => c.title),
        default: this.defaultUrl,
      });
    }
    return WorkflowInput.string('template_url', { ...common, default: this.defaultUrl });
  }
}

/**
 * A template URL: http(s), no spaces, and none of `,` `(` `)`, which a pipeline runtime input's `.default()` /
 * `.allowedValues()` cannot carry.
 */
function checkUrl(url: unknown, where: string, field: string): asserts url is string {
  // One rule, one place: the Cookiecutter step's template URL rule, then what a runtime input cannot carry.
  checkTemplateUrl(url, where, field, true);
  if (/[,()]/.test(url as string)) {
    fail(
      where,
      field,
      `'${url}' contains ',', '(' or ')', which a pipeline runtime input cannot carry`,
      'use a URL without these characters (e.g. percent-encode them)',
    );
  }
}
