/**
 * diagnose(): probes the machine (live or a snapshot replay) into the Machine model, runs the rules, and returns
 * the Report of SNAPSHOT.md §2. Never throws: an internal failure becomes a report that says so.
 */
import type { Host } from './host/types';
import { linuxBoundary } from './probe/linux/boundary';
import { REPORT_FORMAT, verdictOf, type Finding, type HostInfo, type Report } from './report/types';
import { DiagnosisCache } from './probe/cache';
import { onMachine, platformOf } from './platforms';
import { componentsOf, findingsOf, probeOf } from './machines';
import type { ProbeInput } from './probe/input';
import type { Machine } from './probe/machine';
import type { GoSettings, SettingsByScope } from './probe/settings';
import { ruleFinding } from './rules/finding';
import { t } from './i18n';
import { RULES_HOST } from './i18n/messages/rules-host';
import INTERNAL_ERROR from './findings/shared/internal-error';

export { DiagnosisCache } from './probe/cache';

export interface DiagnoseInput {
  host: Host;
  workspaceFolder?: string;
  settings?: GoSettings;
  settingsByScope?: { user?: GoSettings; workspace?: GoSettings; workspaceFolder?: GoSettings };
  launch?: { config: Record<string, unknown>; index?: number; launchJsonText?: string };
  trusted?: boolean;
  timeoutMs?: number;
  /** Lines the report shows with the machine's notes (e.g. why a configured snapshot was refused). */
  notes?: string[];
  cache?: DiagnosisCache;
}

const sharedCache = new DiagnosisCache();

export async function diagnose(input: DiagnoseInput): Promise<Report> {
  try {
    const platform = platformOf(input.host.platform);
    if (!platform) return notMacReport(input.host, input.notes);
    const machine = await diagnoseMachine(input);
    if (input.notes) machine.notes.unshift(...input.notes);
    return reportOf(machine, findingsOf(machine));
  } catch (err) {
    const host: HostInfo = { platform: input.host.platform, processArch: input.host.processArch };
    const f = INTERNAL_ERROR.make({ detail: t(INTERNAL_ERROR.texts.internalError, { message: err instanceof Error ? err.message : String(err) }), evidence: [] });
    return { format: REPORT_FORMAT, verdict: 'error', host, components: [], findings: [f] };
  }
}

/**
 * The Machine model only, without rules (the unit tests of probes and of Linux rules use it; no product code does).
 * @internal exported for its unit test only (knip --production ignores it; issue 17 item 5: to be tested through the public surface)
 */
export function diagnoseMachine(input: DiagnoseInput): Promise<Machine> {
  const probe: ProbeInput = {
    host: input.host,
    cache: input.cache ?? sharedCache,
    settings: input.settings ?? {},
    trusted: input.trusted ?? true,
    timeoutMs: input.timeoutMs ?? 2000,
  };
  const wf = input.workspaceFolder ?? input.host.cwd;
  if (wf) probe.workspaceFolder = wf;
  if (input.settingsByScope) probe.settingsByScope = input.settingsByScope as SettingsByScope;
  if (input.launch) probe.launch = input.launch.index === undefined ? { config: input.launch.config } : { config: input.launch.config, index: input.launch.index };
  return probeOf(input.host.platform)(probe);
}

function reportOf(m: Machine, findings: Finding[]): Report {
  const host: HostInfo = { platform: m.host.platform, processArch: m.host.processArch };
  if (m.host.hardware) host.hardwareArch = m.host.hardware;
  if (m.host.translated !== undefined) host.translated = m.host.translated;
  if (m.host.osVersion) host.osVersion = m.host.osVersion;
  const boundary = onMachine(m, { darwin: () => undefined, linux: (x) => linuxBoundary(x.linux, x.host) });
  if (boundary) host.boundary = boundary;
  const comps = componentsOf(m);
  if (m.notes.length > 0) {
    const first = comps[0];
    if (first) first.notes = [...(first.notes ?? []), ...m.notes];
  }
  const report: Report = { format: REPORT_FORMAT, verdict: verdictOf(findings), host, components: comps, findings };
  if (m.skipped?.length) report.skipped = [...m.skipped];
  return report;
}

/**
 * Not a Mac: nothing of the macOS chain (debugserver, Rosetta, the Command Line Tools) applies, so the report says
 * only that, with no fix (a fix pointing at a snapshot folder would name files the .vsix does not ship).
 */
function notMacReport(host: Host, notes: string[] = []): Report {
  const f = ruleFinding('not-macos', {
    detail: t(RULES_HOST.notMac, { platform: host.platform }),
    evidence: [`process.platform = ${host.platform}`, `process.arch = ${host.processArch}`],
  });
  return { format: REPORT_FORMAT, verdict: 'ok', host: { platform: host.platform, processArch: host.processArch }, components: [{ id: 'host', status: 'unknown', notes: [...notes, `${host.platform} ${host.processArch}`] }], findings: [f] };
}
