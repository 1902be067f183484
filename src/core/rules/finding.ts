/** Building blocks of the rules not yet finding modules: a finding from the code catalogue, and the fixes (findings/fixes.ts). */
import { codeInfo, type FindingCode } from '../findings/registry';
import type { ComponentId, Finding, Fix, Severity } from '../report/types';

export type { DarwinRule, LinuxRule } from '../findings/define';

export interface FindingParts {
  detail: string;
  evidence: string[];
  fixes?: Fix[];
  component?: ComponentId;
  severity?: Severity;
  title?: string;
}

/** A finding of a machine rule: the catalogue's component, severity and title unless the parts say otherwise. */
export function ruleFinding(code: FindingCode, parts: FindingParts): Finding {
  const info = codeInfo(code);
  return {
    code,
    severity: parts.severity ?? info.severity,
    component: parts.component ?? info.component,
    title: parts.title ?? info.title,
    detail: parts.detail,
    evidence: parts.evidence,
    fixes: parts.fixes ?? [],
  };
}

export { command, goCmd, hwName, launchEdit, lipo, manual, q, settingsEdit } from '../findings/fixes';
