/**
 * The status bar's words, worked out from a report. Pure (no `vscode` import) so that plain mocha tests it.
 */
import { trimEndOf } from '../text/trim';
import type { ComponentReport, Report } from '../report/types';
import { familyOf, knownMachO } from '../arch/names';
import { t } from '../i18n';
import { STATUS_CORE as STATUS } from '../i18n/messages/status-core';
import { statusSeam } from '../platforms';

export interface StatusWords {
  icon: '$(check)' | '$(warning)' | '$(error)' | '$(info)';
  /**
   * What is wrong, in a few words: `LLDB arm64 ≠ x86_64` when LLDB / debugserver runs as another CPU than the
   * Mac's; else, when something else is wrong (a setting, dlv, the program), the root cause's title, shortened;
   * else what LLDB runs as, `LLDB arm64`, or `LLDB ?`.
   */
  label: string;
  /** `cause` when the label is the root cause's title (LLDB is not what is wrong). */
  kind: 'mismatch' | 'cause' | 'lldb' | 'platform' | 'unknown';
  /** The architecture the debug chain runs as, when known. */
  runsAs?: string;
  lldbArchs?: string[];
}

/** The architecture the chain runs as: VS Code's own build when it is translated, else the hardware's. */
export function runsAs(report: Report): string | undefined {
  const h = report.host;
  if (h.translated) return knownMachO(h.processArch) ?? h.processArch;
  return h.hardwareArch ?? knownMachO(h.processArch);
}

/** The stub Delve would start, else LLDB itself: the component whose slices the item shows. */
function lldbComponent(report: Report): ComponentReport | undefined {
  const order = ['debugserver', 'lldb-server', 'liblldb'] as const;
  for (const id of order) {
    const c = report.components.find((x) => x.id === id && x.archs && x.archs.length > 0);
    if (c) return c;
  }
  return undefined;
}

/** Whether a slice list can run as `arch` (arm64e runs as arm64; x86_64h as x86_64). */
function hasSliceFor(archs: readonly string[], arch: string): boolean {
  return archs.some((a) => family(a) === family(arch));
}

const family = (a: string): string => familyOf(a) ?? a;

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
 * Off macOS there is no LLDB/debugserver chain to show ("LLDB ?" said nothing true): while nothing is found the
 * item says "Go debug" with the verdict's icon, shown as on a healthy Mac (one rule for both: a diagnosis that
 * ran is always on screen); once something is, the root cause's title below says it.
 */
function notMacWords(report: Report): StatusWords | undefined {
  if (report.findings.some((f) => f.severity !== 'info')) return undefined;
  return { icon: '$(check)', label: t(STATUS.goDebug), kind: 'platform' };
}

/** The longest label the item shows (a status bar item is one short line). */
const MAX_LABEL = 48;

/** `text` cut at a word boundary to at most `max` characters, with an ellipsis when cut. */
function shorten(text: string, max = MAX_LABEL): string {
  const one = text.replace(/\s+/g, ' ').trim();
  if (one.length <= max) return one;
  const cut = one.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${trimEndOf(space > max / 2 ? cut.slice(0, space) : cut, ' \t\n,;:.—-')}…`;
}

export function statusWords(report: Report): StatusWords {
  const seam = statusSeam(report.host.platform);
  const offMac = !seam.macChain && seam.known ? notMacWords(report) : undefined;
  if (offMac) return offMac;
  const icon = report.verdict === 'error' ? '$(error)' : report.verdict === 'warning' ? '$(warning)' : seam.known ? '$(check)' : '$(info)';
  // In a Linux container or VM there is no LLDB to show: the platform's own cause in its own short words.
  const own = seam.cause?.(report);
  if (own) return { icon, label: own, kind: 'cause' };
  const parent = runsAs(report);
  const parts = statusParts(report);
  const archs = lldbComponent(report)?.archs;
  const extra = { ...(archs && parts.lldb !== undefined ? { lldbArchs: archs } : {}), ...(parent ? { runsAs: parent } : {}) };
  if (parts.lldb !== undefined && parts.otherThan) return { icon, label: `LLDB ${parts.lldb} ≠ ${parts.otherThan}`, kind: 'mismatch', ...extra };
  // LLDB is fine (or unknown) but something else is wrong: say that, not an LLDB label in the verdict's colour.
  const cause = report.verdict === 'ok' ? undefined : report.findings.find((f) => f.severity === report.verdict);
  if (cause) return { icon, label: shorten(cause.title), kind: 'cause', ...extra };
  if (parts.lldb === undefined) return { icon, label: 'LLDB ?', kind: 'unknown', ...extra };
  return { icon, label: `LLDB ${parts.lldb}`, kind: 'lldb', ...extra };
}
