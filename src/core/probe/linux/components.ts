/** The components list of the report on Linux: the kernel, each binary of the chain with its ELF CPU, permissions. */
import { linuxArchName } from '../../arch/names';
import { t } from '../../i18n';
import { PROBE as P } from '../../i18n/messages/probe';
import type { ComponentReport, ComponentStatus } from '../../report/types';
import { shellQuote as q } from '../../text';
import type { LinuxMachine } from '../machine';
import { launchPtraceBlocked } from './ptrace';
import type { ChainBinary, LinuxFacts } from './types';

const IDS: Record<ChainBinary['role'], ComponentReport['id']> = { process: 'vscode', go: 'go', dlv: 'dlv', target: 'target' };

function binaryStatus(b: ChainBinary, kernel: string | undefined): ComponentStatus {
  if (b.format === 'unreadable') return 'unreadable';
  if (b.format !== 'elf') return 'invalid';
  if (!kernel || !b.goarch) return 'unknown';
  return b.goarch === kernel || (kernel === 'amd64' && b.goarch === '386') || (kernel === 'arm64' && b.goarch === 'arm') ? 'ok' : 'mismatch';
}

function binaryComponent(b: ChainBinary, l: LinuxFacts, m: LinuxMachine): ComponentReport {
  const c: ComponentReport = { id: b.role === 'process' && !m.host.isVscode ? 'shell' : IDS[b.role], path: b.path, status: binaryStatus(b, l.kernelGoarch), command: `readelf -h ${q(b.path)}` };
  if (b.goarch) c.archs = [linuxArchName(b.goarch)];
  const notes = [`ELF ${b.machineName ?? '?'}`];
  if (b.interpreter) notes.push(t(P.interpreter, { path: b.interpreter }));
  if (b.goVersion) notes.push(t(P.builtWith, { version: b.goVersion }));
  c.notes = notes;
  if (b.role === 'dlv' && m.dlv.version) c.version = m.dlv.version;
  if (b.role === 'go' && m.go.version) c.version = m.go.version;
  return c;
}

export function linuxComponents(m: LinuxMachine): ComponentReport[] {
  const l = m.linux;
  if (!l) return [];
  const host: ComponentReport = { id: 'host', status: l.kernelArch ? 'ok' : 'unknown', command: `cat ${l.kernelSource ?? '/proc/sys/kernel/arch'}` };
  if (l.kernelArch) host.archs = [l.kernelArch];
  host.notes = [t(P.kernel, { arch: l.kernelArch ?? '?' }), ...l.container.map((c) => t(P.container, { c })), ...l.markers.filter((x) => x.emulator).map((x) => `${x.source} -> ${x.value}`)];
  const out = [host, ...l.binaries.map((b) => binaryComponent(b, l, m))];
  if (!l.binaries.some((b) => b.role === 'dlv')) out.push({ id: 'dlv', status: 'missing' });
  const perm: ComponentReport = { id: 'permissions', status: permissionStatus(l), command: 'grep -E "Seccomp|CapEff" /proc/self/status' };
  perm.notes = [`Seccomp ${l.seccomp ?? '?'}, CAP_SYS_PTRACE ${l.capSysPtrace === undefined ? '?' : t(l.capSysPtrace ? P.yes : P.no)}, ptrace_scope ${l.ptraceScope ?? '-'}`];
  out.push(perm);
  return out;
}

/**
 * ptrace is refused under seccomp filtering without CAP_SYS_PTRACE (man 2 ptrace, man 7 capabilities); a status
 * without both lines (/proc/self/status unreadable, or an old kernel) proves nothing, so it is unknown, not ok.
 */
function permissionStatus(l: LinuxFacts): ComponentStatus {
  if (l.seccomp === undefined || l.capSysPtrace === undefined) return 'unknown';
  return launchPtraceBlocked(l) ? 'invalid' : 'ok';
}
