import { fail } from '../../../core/errors';
import { isLiteralText } from '../../../core/expression';

/** A Jira project key: an uppercase letter, then uppercase letters, digits or `_` (e.g. `OPS`, `PAY_2`). */
export const JIRA_PROJECT_KEY = /^[A-Z][A-Z0-9_]+$/;
/** A Jira issue key: the project key, `-`, the issue number (e.g. `OPS-123`). */
export const JIRA_ISSUE_KEY = /^[A-Z][A-Z0-9_]+-[1-9][0-9]*$/;

/**
 * Throws unless a Jira project key given as text is one (docs/rules.md#jira-keys); an expression is resolved at run
 * time. The Jira steps check their `projectKey` with it, and a pattern that fixes a project uses the same rule.
 */
export function checkJiraProjectKey(value: unknown, where: string, field: string): void {
  if (isLiteralText(value) && !JIRA_PROJECT_KEY.test(value)) {
    fail(
      where,
      field,
      `'${value}' is not a Jira project key`,
      "use the project's key (an uppercase letter, then uppercase letters, digits or _), e.g. 'OPS'",
    );
  }
}

/** Throws unless a Jira issue key given as text is one (docs/rules.md#jira-keys); an expression is resolved at run time. */
export function checkJiraIssueKey(value: unknown, where: string, field: string): void {
  if (isLiteralText(value) && !JIRA_ISSUE_KEY.test(value)) {
    fail(
      where,
      field,
      `'${value}' is not a Jira issue key`,
      "use the issue's key (the project key, '-', the number), e.g. 'OPS-123', or a JiraCreate step's outputs.issueKey",
    );
  }
}
