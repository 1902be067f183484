/**
 * diagnose(): probes the machine (live or a snapshot replay) into the Machine model, runs the rules, and returns
 * the Report of SNAPSHOT.md §2. Never throws: an internal failure becomes a report that says so.
 */
import type { Host } from './host/types';
import { linuxBoundary } from './probe/linux/boundary';
import { REPORT_FORMAT, verdictOf, type Finding, type HostInfo, type Report } from './report/types';
import { onMachine, platformOf } from './platforms';
import { componentsOf, findingsOf } from './machines';
import { machineOf, type DiagnoseInput } from './diagnoseInput';
import type { Machine } from './probe/machine';
import { t } from './i18n';
import INTERNAL_ERROR from './findings/shared/internal-error';
import NOT_MACOS from './findings/shared/not-macos';

export { DiagnosisCache } from './probe/cache';
export type { DiagnoseInput } from './diagnoseInput';

export async function diagnose(input: DiagnoseInput): Promise<Report> {
  try {
    const platform = platformOf(input.host.platform);
    if (!platform) return notMacReport(input.host, input.notes);
    const machine = await machineOf(input);
    if (input.notes) machine.notes.unshift(...input.notes);
    return reportOf(machine, findingsOf(machine));
  } catch (err) {
    const host: HostInfo = { platform: input.host.platform, processArch: input.host.processArch };
    const f = INTERNAL_ERROR.make({ detail: t(INTERNAL_ERROR.texts.internalError, { message: err instanceof Error ? err.message : String(err) }), evidence: [] });
    return { format: REPORT_FORMAT, verdict: 'error', host, components: [], findings: [f] };
  }
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
  const f = NOT_MACOS.make({
    detail: t(NOT_MACOS.texts.notMac, { platform: host.platform }),
    evidence: [`process.platform = ${host.platform}`, `process.arch = ${host.processArch}`],
  });
  return { format: REPORT_FORMAT, verdict: 'ok', host: { platform: host.platform, processArch: host.processArch }, components: [{ id: 'host', status: 'unknown', notes: [...notes, `${host.platform} ${host.processArch}`] }], findings: [f] };
}
