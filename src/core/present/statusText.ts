/**
 * The status bar's words, worked out from a report. Pure (no `vscode` import) so that plain mocha tests it.
 */
import type { ComponentReport, Report } from '../report/types';
import { nodeArchToMachO } from '../macho/arch';
import { t } from '../i18n';
import { STATUS_CORE as STATUS } from '../i18n/messages/status-core';

export interface StatusWords {
  icon: '$(check)' | '$(warning)' | '$(error)' | '$(info)';
  /** e.g. `LLDB arm64 ≠ x86_64` (an arm64-only LLDB on an Intel Mac), `LLDB arm64`, `LLDB ?`. */
  label: string;
  /** The architecture the debug chain runs as, when known. */
  runsAs?: string;
  lldbArchs?: string[];
  /** Nothing true and useful to say yet (not a Mac, nothing found): the item stays hidden (issue 10 item 10). */
  hidden?: boolean;
}

/** Node's name of an arch this product knows (x64, arm64, ia32) in Mach-O terms; undefined for anything else. */
function knownMachO(nodeArch: string): string | undefined {
  return ['x64', 'arm64', 'ia32'].includes(nodeArch) ? nodeArchToMachO(nodeArch) : undefined;
}

/** The architecture the chain runs as: VS Code's own build when it is translated, else the hardware's. */
export function runsAs(report: Report): string | undefined {
  const h = report.host;
  if (h.translated) return knownMachO(h.processArch) ?? h.processArch;
  return h.hardwareArch ?? knownMachO(h.processArch);
}

/** The stub Delve would start, else LLDB itself: the component whose slices the item shows. */
export function lldbComponent(report: Report): ComponentReport | undefined {
  const order = ['debugserver', 'lldb-server', 'liblldb'] as const;
  for (const id of order) {
    const c = report.components.find((x) => x.id === id && x.archs && x.archs.length > 0);
    if (c) return c;
  }
  return undefined;
}

/** Whether a slice list can run as `arch` (arm64e runs as arm64; x86_64h as x86_64). */
export function hasSliceFor(archs: readonly string[], arch: string): boolean {
  return archs.some((a) => family(a) === family(arch));
}

const family = (a: string): string => (a.startsWith('arm64') && a !== 'arm64_32' ? 'arm64' : a.startsWith('x86_64') ? 'x86_64' : a);

/** What the item says about LLDB: the arch it runs as, and the Mac's own when that is another one. */
export interface StatusParts {
  /** e.g. `x86_64`, or the slices joined by `/` when the parent's arch is unknown; absent when LLDB is unknown. */
  lldb?: string;
  /** The Mac's CPU, when LLDB does not run as it. */
  otherThan?: string;
}

/**
 * `LLDB <arch it runs as>`, and `≠ <hardware>` when that is not the Mac's own CPU: the stub runs as the slice
 * its parent (VS Code, translated or not) prefers, else as the only slices it has.
 */
export function statusParts(report: Report): StatusParts {
  const parent = runsAs(report);
  const hw = report.host.hardwareArch ?? (report.host.translated ? undefined : parent);
  const lldb = lldbComponent(report);
  if (!lldb?.archs) return {};
  const effective = parent && hasSliceFor(lldb.archs, parent) ? family(parent) : lldb.archs.join('/');
  const mismatch = hw !== undefined && !hasSliceFor(effective.split('/'), hw);
  return { lldb: effective, ...(mismatch ? { otherThan: family(hw) } : {}) };
}

/**
 * Off macOS there is no LLDB/debugserver chain to show ("LLDB ?" said nothing true): the item names what the
 * DAP watch found, and stays hidden while nothing is found.
 */
function notMacWords(report: Report): StatusWords {
  const problems = report.findings.filter((f) => f.severity !== 'info');
  const first = problems[0];
  if (!first) return { icon: '$(info)', label: t(STATUS.goDebug), hidden: true };
  const icon = first.severity === 'error' ? '$(error)' : '$(warning)';
  return { icon, label: problems.length > 1 ? t(STATUS.goDebugMany, { title: first.title, n: problems.length - 1 }) : t(STATUS.goDebugOne, { title: first.title }) };
}

export function statusWords(report: Report): StatusWords {
  if (report.host.platform !== 'darwin' && report.host.platform !== 'unknown') return notMacWords(report);
  const icon = report.verdict === 'error' ? '$(error)' : report.verdict === 'warning' ? '$(warning)' : report.host.platform === 'darwin' ? '$(check)' : '$(info)';
  const parent = runsAs(report);
  const parts = statusParts(report);
  const archs = lldbComponent(report)?.archs;
  if (parts.lldb === undefined || !archs) return { icon, label: 'LLDB ?', ...(parent ? { runsAs: parent } : {}) };
  return {
    icon,
    label: parts.otherThan ? `LLDB ${parts.lldb} ≠ ${parts.otherThan}` : `LLDB ${parts.lldb}`,
    lldbArchs: archs,
    ...(parent ? { runsAs: parent } : {}),
  };
}
