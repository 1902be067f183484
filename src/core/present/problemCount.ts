/**
 * How many problems a report has, counted as Problems counts them: one per root cause (chain.ts), a finding that
 * follows from another found in the same report being its cause's related information, not a problem of its own.
 * The blockOnError dialog says this count, so that it never says "4 problems" where Problems lists 2 errors and
 * 1 warning.
 */
import { t } from '../i18n';
import { REPORT } from '../i18n/messages/report';
import { COUNT } from '../report/render-util';
import type { Finding } from '../report/types';
import { rootCauseOf } from './chain';

export interface ProblemCount {
  error: number;
  warning: number;
}

/** Root-cause errors and warnings of a report's findings (info is not a problem). */
export function problemCount(findings: readonly Finding[]): ProblemCount {
  const roots = findings.filter((f) => rootCauseOf(f, findings) === undefined);
  return {
    error: roots.filter((f) => f.severity === 'error').length,
    warning: roots.filter((f) => f.severity === 'warning').length,
  };
}

/** "2 errors, 1 warning" (the report summary's words); empty when there is nothing. */
export function problemCountText(c: ProblemCount): string {
  const parts: string[] = [];
  if (c.error) parts.push(COUNT.error(c.error));
  if (c.warning) parts.push(COUNT.warning(c.warning));
  return parts.join(t(REPORT.listSep));
}

/** The error a launch fails on, as the notification and the dialog name it: the first error that is a root cause. */
export function failingCause(findings: readonly Finding[]): Finding | undefined {
  return findings.find((f) => f.severity === 'error' && rootCauseOf(f, findings) === undefined) ?? findings.find((f) => f.severity === 'error');
}
