/** Building blocks of the rules not yet finding modules: a finding from the code catalogue, and the fixes (findings/fixes.ts). */
import { t } from '../i18n';
import { PRE } from '../i18n/messages/rules-preflight';
import { codeInfo, type FindingCode } from '../findings/registry';
import type { ComponentId, Finding, Fix, Severity } from '../report/types';
import type { Machine } from '../probe/machine';
import { familyOf } from '../probe/arch';
import { command, goCmd, q } from '../findings/fixes';

export type { MachineRule } from '../findings/define';

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

export { command, goCmd, launchEdit, manual, q, settingsEdit } from '../findings/fixes';

export function lipo(p: string): string {
  return `lipo -archs ${q(p)}`;
}

/** Reinstalls dlv with the resolved Go, or (when that Go is for the other CPU) with the native Go installed first. */
export function reinstallDlv(m: Machine): Fix {
  const hw = m.host.hardware;
  const goNative = !hw || !m.go.binary || m.go.binary.archs.some((a) => familyOf(a) === hw);
  if (!goNative) return command(t(PRE.afterInstall, { goarch: hw === 'arm64' ? 'arm64' : 'amd64' }), 'env -u GOOS -u GOARCH go install github.com/go-delve/delve/cmd/dlv@latest');
  return command(t(PRE.reinstallDlv), `env -u GOOS -u GOARCH ${goCmd(m)} install github.com/go-delve/delve/cmd/dlv@latest`);
}

export function hwName(arch: string | undefined): string {
  return t(arch === 'arm64' ? PRE.hwArm : arch === 'x86_64' ? PRE.hwIntel : PRE.hwUnknown);
}
