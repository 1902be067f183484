/**
 * dlv-dwarf5-old-go: DWARF 5 and a dlv built with Go < 1.25, exactly as Delve decides it (issue 20 item 1).
 * - Delve checks BinaryInfo.DwarfVersion, the highest version among the **Go** compile units only (units whose
 *   DW_AT_language is DW_LANG_Go; go-delve/delve pkg/proc/bininfo.go `DwarfVersion`, `cu.isgo`): cgo's C units
 *   of a DWARF 5 clang do not count.
 * - pkg/goversion/compat.go `Compatible` (from v1.24.2, #3943): DWARF ≥ 5 and runtime.Version() < 1.25 → "To
 *   debug executables using DWARFv5 or later Delve must be built with Go version 1.25.0 or later"; with
 *   --check-go-version=false (warnonly) the same text is only logged and Delve goes on. Delve < 1.24.2 has no
 *   check and misreads (delve#3957, #4227, #4268; research/field-2026.md §1 row 1).
 * - Go ≥ 1.25 writes DWARF 5 on Linux unless GOEXPERIMENT=nodwarf5; on darwin only with GOEXPERIMENT=dwarf5
 *   (Go 1.25 release notes; cmd/link buildcfg.Experiment.Dwarf5).
 * exec mode reads the program's units (src/core/dwarf); a build is judged from the Go that builds it. After F5 the
 * same module reads Delve's refusal (research/failure-modes.md §1).
 */
import { messages, t } from '../../i18n';
import { compareVersions, goMinor, parseVersion } from '../../probe/delveCompat';
import type { Machine } from '../../probe/machine';
import { builds } from '../../probe/target';
import { dlvFlagOff } from '../dlvFlags';
import { command, goCmd, launchEdit } from '../fixes';
import { defineFinding } from '../define';
import { dwarfOf } from '../../platforms';
import { installDlvCommand } from '../../delve/install';

const ERR = '"To debug executables using DWARFv5 or later Delve must be built with Go version 1.25.0 or later"';

const D = messages({
  why: {
    en: 'dlv was built with {dlvGo}, and the program\'s Go compile units are DWARF 5 ({how}). Go\'s debug/dwarf before 1.25 misreads DWARF 5.',
    zh: 'dlv 由 {dlvGo} 构建，而程序的 Go 编译单元是 DWARF 5（{how}）。1.25 之前的 Go debug/dwarf 会误读 DWARF 5。',
  },
  refuses: { en: `Delve {delve} refuses it: ${ERR}.`, zh: `Delve {delve} 会拒绝：${ERR}。` },
  warnOnly: {
    en: `dlvFlags has --check-go-version=false, so Delve {delve} only prints ${ERR} and goes on with a reader that misreads the program (wrong variables and lines, breakpoints that do not bind).`,
    zh: `dlvFlags 中有 --check-go-version=false，因此 Delve {delve} 只打印 ${ERR} 并继续运行，而它的读取器会误读程序（变量和行号错误，断点无法绑定）。`,
  },
  misreads: {
    en: 'Delve {delve} is older than 1.24.2, which added the check: it starts and misreads the program (wrong variables and lines, breakpoints that do not bind, or "could not read debug info").',
    zh: 'Delve {delve} 早于加入此检查的 1.24.2：它会启动并误读程序（变量和行号错误、断点无法绑定，或 "could not read debug info"）。',
  },
  howRead: { en: 'read from the file: {n} Go units', zh: '从文件读取：{n} 个 Go 单元' },
  howLinux: { en: '{go} writes DWARF 5 on Linux', zh: '{go} 在 Linux 上生成 DWARF 5' },
  howExperiment: { en: '{go} with GOEXPERIMENT={exp}', zh: '{go}，GOEXPERIMENT={exp}' },
  fix: { en: 'Reinstall dlv with Go 1.25 or later', zh: '用 Go 1.25 或更新版本重新安装 dlv' },
  fixNoDwarf5: { en: 'Or build the program without DWARF 5 (launch env GOEXPERIMENT=nodwarf5)', zh: '或不使用 DWARF 5 构建程序（launch env 中设置 GOEXPERIMENT=nodwarf5）' },
  text: {
    en: 'The dlv in use was built with a Go older than 1.25 and the program has DWARF 5 debug information (Go 1.25+ on Linux). Rebuild dlv with the container\'s Go 1.25 or later, or build the program with GOEXPERIMENT=nodwarf5.',
    zh: '正在使用的 dlv 由低于 1.25 的 Go 构建，而程序带有 DWARF 5 调试信息（Linux 上的 Go 1.25+）。请用容器中 1.25 或更高版本的 Go 重新构建 dlv，或以 GOEXPERIMENT=nodwarf5 构建程序。',
  },
  fixReinstallDlv: { en: 'Rebuild dlv with this Go (1.25 or later)', zh: '用此 Go（1.25 或更高）重新构建 dlv' },
  evDlv: { en: 'dlv {path}: built with {go} (Delve {version}; `go version -m`)', zh: 'dlv {path}：由 {go} 构建（Delve {version}；`go version -m`）' },
  evProgramExec: { en: 'program {program}: built with {go}{units} (`go version -m`, DWARF .debug_info)', zh: '程序 {program}：由 {go} 构建{units}（`go version -m`，DWARF .debug_info）' },
  evGoUnits: { en: '; Go compile units DWARF {dwarf} ({counted}{other})', zh: '；Go 编译单元为 DWARF {dwarf}（{counted}{other}）' },
  evFirstGoOnly: { en: 'read up to the first Go unit; Go\'s linker writes all Go units alike', zh: '读到第一个 Go 单元为止；Go 的链接器以相同方式写入所有 Go 单元' },
  evUnitsOf: { en: '{go} of {all} units', zh: '{all} 个单元中的 {go} 个' },
  evOtherUnits: { en: '; other units DWARF {dwarf}, not counted by Delve', zh: '；其他单元为 DWARF {dwarf}，Delve 不计入' },
  evProgramBuild: { en: 'program: built by {go}{experiment} (`go env GOVERSION GOEXPERIMENT`)', zh: '程序：由 {go} 构建{experiment}（`go env GOVERSION GOEXPERIMENT`）' },
  evExperiment: { en: ' with GOEXPERIMENT={value}', zh: '，GOEXPERIMENT={value}' },
});

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
    const counted = d?.firstGoOnly ? t(D.evFirstGoOnly) : t(D.evUnitsOf, { go: d?.goUnits ?? 0, all: d?.units ?? 0 });
    const units = d && !d.error ? t(D.evGoUnits, { dwarf: d.goVersion ?? '-', counted, other: d.otherVersion ? t(D.evOtherUnits, { dwarf: d.otherVersion }) : '' }) : '';
    return t(D.evProgramExec, { program: tg.program ?? '', go: tg.goVersion ?? '?', units });
  }
  return t(D.evProgramBuild, { go: buildGo(m) ?? '?', experiment: experiment(m) ? t(D.evExperiment, { value: String(experiment(m)) }) : '' });
}

export default defineFinding({
  code: 'dlv-dwarf5-old-go',
  component: 'dlv',
  severity: 'error',
  title: { en: 'dlv is built with Go < 1.25 and cannot read DWARF 5', zh: 'dlv 是用 Go < 1.25 构建的，无法读取 DWARF 5' },
  texts: D,
  platforms: ['darwin', 'linux'],
  check: (m, make) => {
    const dlvGo = dlvGoOf(m);
    if ((goMinor(dlvGo) ?? 99) >= 25) return [];
    const how = dwarf5How(m);
    if (!how) return [];
    const fixes = [command(t(D.fix), installDlvCommand(goCmd(m)))];
    if (builds(m.target.mode) && dwarfOf(m).byDefault && m.launch.config) fixes.push(launchEdit(t(D.fixNoDwarf5), m, ['env', 'GOEXPERIMENT'], { value: 'nodwarf5' }));
    return [make({
      detail: `${t(D.why, { dlvGo: dlvGo ?? '?', how })} ${outcome(m)}`,
      evidence: [t(D.evDlv, { path: m.dlv.path ?? '', go: String(dlvGo), version: m.dlv.version ?? '?' }), programEvidence(m)],
      fixes,
    })];
  },
  dap: [
    {
      re: /to debug executables using dwarfv5 or later delve must be built with go version 1\.25\.0 or later/gi,
      build: (_m, line, _r, make) => make({
        detail: t(D.text),
        evidence: [line],
        fixes: [
          { kind: 'command', title: t(D.fixReinstallDlv), command: installDlvCommand() },
          { kind: 'manual', title: t(D.fixNoDwarf5) },
        ],
      }),
    },
  ],
});
