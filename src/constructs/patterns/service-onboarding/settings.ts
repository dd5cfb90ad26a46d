import { CATALOG_TAG_PATTERN } from '../../../core/catalog-naming';
import { fail } from '../../../core/errors';
import type { SecretRef } from '../../../core/secret-ref';
import { checkSecretRef, requireText } from '../../../pipeline/steps/common/field-checks';
import { GitConnectorType } from '../../../pipeline/steps/idp/git-target';
import { CookiecutterTemplates } from '../blocks/cookiecutter-templates';
import { OwnerPicker, ownerPickerOf } from '../blocks/owner-picker';
import type { PrivateTemplateRepository, ServiceOnboardingProps } from './props';

/** The props of a ServiceOnboarding, checked, with their defaults. */
export interface OnboardingSettings {
  /** Git provider of the connector. */
  readonly connectorType: GitConnectorType;
  /** Default branch of the new repository. */
  readonly defaultBranch: string;
  /** The tech stacks offered, the first being the default. */
  readonly techStacks: readonly string[];
  /** With Slack notifications. */
  readonly slack: boolean;
  /** The Slack bot token (with Slack notifications). */
  readonly slackToken?: SecretRef;
  /** With the CreateResource step (and the Harness project/org fields). */
  readonly withResource: boolean;
  /** The Harness API key of the CreateResource step. */
  readonly apiKey?: SecretRef;
  /** The public templates offered. */
  readonly templates: CookiecutterTemplates;
  /** How the form asks for the owning team. */
  readonly ownerPicker: OwnerPicker;
  /** The private templates, when offered. */
  readonly priv?: PrivateTemplateRepository;
}

const DEFAULT_TECH_STACKS: readonly string[] = ['java', 'nodejs', 'python', 'go'];
const SUPPORTED_PROVIDERS: readonly GitConnectorType[] = [GitConnectorType.GITHUB, GitConnectorType.GITLAB];

/** Checks the props of a ServiceOnboarding (in the order of its form) and applies their defaults. */
export function onboardingSettings(props: ServiceOnboardingProps, where: string): OnboardingSettings {
  requireText(props.connectorRef, where, 'connectorRef', "pass the Git connector of the IDP steps, e.g. 'account.github_org_connector'");
  const connectorType = props.connectorType ?? GitConnectorType.GITHUB;
  if (!SUPPORTED_PROVIDERS.includes(connectorType)) {
    fail(
      where,
      'connectorType',
      `'${connectorType}' is not supported by this pattern ` +
        `(it addresses repositories by organization; ${connectorType} needs workspace/project)`,
      'use GitConnectorType.GITHUB or GitConnectorType.GITLAB, or build the pipeline from the IDP steps directly',
    );
  }
  const defaultBranch = props.defaultBranch ?? 'main';
  requireText(defaultBranch, where, 'defaultBranch', "pass a branch name, e.g. 'main'");
  const techStacks = checkTechStacks(props.techStacks, where);
  const { slack, slackToken } = slackSettings(props, where);
  const withResource = props.createResource !== false;
  if (withResource && props.harnessApiKey === undefined) {
    fail(
      where,
      'harnessApiKey',
      'the CreateResource step needs a Harness API key (xApiKey), and none is given',
      "pass harnessApiKey: SecretRef.fromIdentifier('account.idp_onboarding_pat'), or set createResource: false to leave the step out",
    );
  }
  const apiKey = checkSecretRef(props.harnessApiKey, where, 'harnessApiKey', false);
  const templates = props.templates ?? CookiecutterTemplates.freeUrl();
  if (!(templates instanceof CookiecutterTemplates)) {
    fail(
      where,
      'templates',
      'expects CookiecutterTemplates',
      'pass CookiecutterTemplates.freeUrl({ default }) or CookiecutterTemplates.fixedList([{ title, url }])',
    );
  }
  const ownerPicker = ownerPickerOf(props.ownerPicker, OwnerPicker.harnessOwnerPicker(), where);
  const priv = checkPrivateTemplates(props.privateTemplates, where);
  return { connectorType, defaultBranch, techStacks, slack, slackToken, withResource, apiKey, templates, ownerPicker, priv };
}

/** Slack notifications: on by default, and then they need the bot token. */
function slackSettings(props: ServiceOnboardingProps, where: string): { slack: boolean; slackToken?: SecretRef } {
  const slack = props.slackNotifications ?? true;
  if (slack && props.slackBotToken === undefined) {
    fail(
      where,
      'slackBotToken',
      'Slack notifications are on, but no Slack bot token secret is given',
      "pass slackBotToken: SecretRef.fromIdentifier('account.slack_bot_token'), or set slackNotifications: false",
    );
  }
  return { slack, slackToken: checkSecretRef(props.slackBotToken, where, 'slackBotToken', false) };
}

/** The private template repository: each field given is text. */
function checkPrivateTemplates(priv: PrivateTemplateRepository | undefined, where: string): PrivateTemplateRepository | undefined {
  if (priv !== undefined) {
    for (const f of ['defaultRepository', 'branch', 'cloneDirectory', 'connectorRef'] as const) {
      if (priv[f] !== undefined) requireText(priv[f], where, `privateTemplates.${f}`, `pass the ${f}, or leave it out for the default`);
    }
  }
  return priv;
}

/** Tech stacks: a non-empty list of distinct catalog tags (they tag the catalog entity). */
function checkTechStacks(value: readonly string[] | undefined, where: string): readonly string[] {
  if (value === undefined) return DEFAULT_TECH_STACKS;
  if (!Array.isArray(value) || value.length === 0) {
    fail(
      where,
      'techStacks',
      'the list of tech stacks is empty',
      "list at least one stack, e.g. ['java', 'go'], or leave techStacks out for the default list",
    );
  }
  for (const s of value) {
    if (typeof s !== 'string' || s.length > 63 || !CATALOG_TAG_PATTERN.test(s)) {
      fail(
        where,
        'techStacks',
        `'${String(s)}' is not a catalog tag, but the stack tags the new catalog entity`,
        `use lowercase letters, digits, ':', '+' or '#' joined by single '-', e.g. '${
          String(s)
            .toLowerCase()
            .replace(/[^a-z0-9:+#]+/g, '-')
            .replace(/^-+|-+$/g, '') || 'java'
        }'`,
      );
    }
  }
  if (new Set(value).size !== value.length) fail(where, 'techStacks', 'a tech stack is listed twice', 'list each stack once');
  return [...value];
}
