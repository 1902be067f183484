/**
 * DWARF 5 and a dlv built with Go < 1.25, exactly as Delve decides it (issue 20 item 1).
 * - Delve checks BinaryInfo.DwarfVersion, the highest version among the **Go** compile units only (units whose
 *   DW_AT_language is DW_LANG_Go; go-delve/delve pkg/proc/bininfo.go `DwarfVersion`, `cu.isgo`): cgo's C units
 *   of a DWARF 5 clang do not count.
 * - pkg/goversion/compat.go `Compatible` (from v1.24.2, #3943): DWARF ≥ 5 and runtime.Version() < 1.25 → "To
 *   debug executables using DWARFv5 or later Delve must be built with Go version 1.25.0 or later"; with
 *   --check-go-version=false (warnonly) the same text is only logged and Delve goes on. Delve < 1.24.2 has no
 *   check and misreads (delve#3957, #4227, #4268; research/field-2026.md §1 row 1).
 * - Go ≥ 1.25 writes DWARF 5 on Linux unless GOEXPERIMENT=nodwarf5; on darwin only with GOEXPERIMENT=dwarf5
 *   (Go 1.25 release notes; cmd/link buildcfg.Experiment.Dwarf5).
 * exec mode reads the program's units (src/core/dwarf); a build is judged from the Go that builds it.
 */
import { t } from '../i18n';
import { RULES_DWARF5 as D } from '../i18n/messages/rules-dwarf5';
import { compareVersions, goMinor, parseVersion } from '../probe/delveCompat';
import type { Machine } from '../probe/machine';
import { builds } from '../probe/target';
import { dlvFlagOff } from './dlvFlags';
import { dwarfOf } from '../platforms';
import { command, goCmd, launchEdit, ruleFinding, type MachineRule } from './finding';
import { installDlvCommand } from '../delve/install';

/** The GOEXPERIMENT of the build: the launch/tools env, else `go env`; for an exec-mode file, its build info. */
function experiment(m: Machine): string {
  if (m.target.mode === 'exec') return m.target.buildSettings?.GOEXPERIMENT ?? '';
  return m.dlvEnv.GOEXPERIMENT?.value ?? m.go.env?.GOEXPERIMENT ?? '';
}

function has(exp: string, name: string): boolean {
  return exp.split(',').some((x) => x.trim() === name);
}

/**
 * The Go that builds (debug/test), as the platform's other rules read it (probe/darwin/dwarf.ts,
 * probe/linux/dwarf.ts); an exec-mode file's own.
 */
function buildGo(m: Machine): string | undefined {
  if (m.target.mode === 'exec') return m.target.goVersion ?? m.go.version;
  return dwarfOf(m).buildGo;
}

/** How we know the Go units are DWARF 5, or undefined when they are not (or it is unknown). */
function dwarf5How(m: Machine): string | undefined {
  const d = m.target.dwarf;
  if (m.target.mode === 'exec' && d && !d.error) return (d.goVersion ?? 0) >= 5 ? t(D.howRead, { n: d.goUnits }) : undefined;
  const go = buildGo(m);
  if ((goMinor(go) ?? 0) < 25 || !(builds(m.target.mode) || m.target.mode === 'exec')) return undefined;
  const exp = experiment(m);
  if (!dwarfOf(m).byDefault) return has(exp, 'dwarf5') ? t(D.howExperiment, { go: go ?? '', exp }) : undefined;
  return has(exp, 'nodwarf5') ? undefined : t(D.howLinux, { go: go ?? '' });
}

function dlvGoOf(m: Machine): string | undefined {
  return m.dlv.builtWithGo ?? dwarfOf(m).dlvGo;
}

/** What this Delve does with it: refuses (≥ 1.24.2), logs and misreads (with the check off), or misreads. */
function outcome(m: Machine): string {
  const v = parseVersion(m.dlv.version);
  const delve = m.dlv.version ?? '?';
  if (v && compareVersions(v, [1, 24, 2]) < 0) return t(D.misreads, { delve });
  return t(dlvFlagOff(m, 'check-go-version') ? D.warnOnly : D.refuses, { delve });
}

function programEvidence(m: Machine): string {
  const tg = m.target;
  const d = tg.dwarf;
  if (tg.mode === 'exec') {
    const counted = d?.firstGoOnly ? 'read up to the first Go unit; Go\'s linker writes all Go units alike' : `${d?.goUnits ?? 0} of ${d?.units ?? 0} units`;
    const units = d && !d.error ? `; Go compile units DWARF ${d.goVersion ?? '-'} (${counted}${d.otherVersion ? `; other units DWARF ${d.otherVersion}, not counted by Delve` : ''})` : '';
    return `program ${tg.program ?? ''}: built with ${tg.goVersion ?? '?'}${units} (\`go version -m\`, DWARF .debug_info)`;
  }
  return `program: built by ${buildGo(m) ?? '?'}${experiment(m) ? ` with GOEXPERIMENT=${experiment(m)}` : ''} (\`go env GOVERSION GOEXPERIMENT\`)`;
}

export const dwarf5OldDlv: MachineRule = (m) => {
  const dlvGo = dlvGoOf(m);
  if ((goMinor(dlvGo) ?? 99) >= 25) return [];
  const how = dwarf5How(m);
  if (!how) return [];
  const fixes = [command(t(D.fix), installDlvCommand(goCmd(m)))];
  if (builds(m.target.mode) && dwarfOf(m).byDefault && m.launch.config) fixes.push(launchEdit(t(D.fixNoDwarf5), m, ['env', 'GOEXPERIMENT'], { value: 'nodwarf5' }));
  return [ruleFinding('dlv-dwarf5-old-go', {
    detail: `${t(D.why, { dlvGo: dlvGo ?? '?', how })} ${outcome(m)}`,
    evidence: [`dlv ${m.dlv.path ?? ''}: built with ${dlvGo} (Delve ${m.dlv.version ?? '?'}; \`go version -m\`)`, programEvidence(m)],
    fixes,
  })];
};
