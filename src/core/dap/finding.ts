import type { Finding, Fix, Severity } from '../report/types';
import type { FindingCode } from '../findings/registry';
import { codeInfo } from '../findings/registry';

/** A finding with the catalogue's component, title and severity (the severity may be lowered when unsure). */
export function textFinding(code: FindingCode, detail: string, evidence: string[], fixes: Fix[], severity?: Severity): Finding {
  const info = codeInfo(code);
  return { code, severity: severity ?? info.severity, component: info.component, title: info.title, detail, evidence, fixes };
}
