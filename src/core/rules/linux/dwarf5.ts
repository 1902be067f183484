/**
 * DWARF 5 and a dlv built with Go < 1.25 (research/failure-modes.md §1.4, delve pkg/goversion/compat.go): Go
 * 1.25+ writes DWARF 5 on Linux, and Delve ≥ 1.24.2 refuses it unless it was itself built with Go ≥ 1.25.
 */
import { t } from '../../i18n';
import { LINUX } from '../../i18n/messages/linux';
import type { Machine } from '../../probe/machine';
import type { Finding } from '../../report/types';
import { command, goCmd, ruleFinding, launchEdit, type MachineRule } from '../finding';

/** [major, minor] of `go1.25.3`, `go1.25rc1`, `1.24`; undefined otherwise. */
function goMinor(v: string | undefined): [number, number] | undefined {
  const m = /(?:^|go)(\d+)\.(\d+)/.exec(v ?? '');
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

function atLeast125(v: [number, number] | undefined): boolean | undefined {
  return v ? v[0] > 1 || (v[0] === 1 && v[1] >= 25) : undefined;
}

export const dwarf5OldDlv: MachineRule = (m: Machine): Finding[] => {
  const l = m.linux;
  if (!l) return [];
  const dlvGo = l.binaries.find((b) => b.role === 'dlv')?.goVersion ?? m.dlv.builtWithGo;
  const exec = m.target.mode === 'exec';
  const progGo = exec ? l.binaries.find((b) => b.role === 'target')?.goVersion : (m.go.env?.GOVERSION ?? l.binaries.find((b) => b.role === 'go')?.goVersion ?? m.go.version);
  const experiment = `${m.dlvEnv.GOEXPERIMENT?.value ?? ''},${m.go.env?.GOEXPERIMENT ?? ''}`;
  if (atLeast125(goMinor(dlvGo)) !== false || atLeast125(goMinor(progGo)) !== true || /\bnodwarf5\b/.test(experiment)) return [];
  const fixes = [command(t(LINUX.fixReinstallDlv), `${goCmd(m)} install github.com/go-delve/delve/cmd/dlv@latest`)];
  if (!exec && m.launch.config) fixes.push(launchEdit(t(LINUX.fixNoDwarf5), m, ['env', 'GOEXPERIMENT'], { value: 'nodwarf5' }));
  const detail = t(LINUX.dwarf5, { dlvGo: dlvGo ?? '?', go: progGo ?? '?' });
  return [ruleFinding('dlv-dwarf5-old-go', { detail, evidence: [t(LINUX.evBuiltWith, { what: 'dlv', path: m.dlv.path ?? '', go: dlvGo ?? '?' }), t(LINUX.evGoVersion, { what: exec ? `program ${m.target.program ?? ''}` : 'go', go: progGo ?? '?' })], fixes })];
};
