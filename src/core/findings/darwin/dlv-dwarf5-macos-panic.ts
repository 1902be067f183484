/**
 * dlv-dwarf5-macos-panic: Delve 1.26.2 and a DWARF 5 program on macOS: "panic in parseFileEntries5" (its
 * debug_line_str lookup missed the Mach-O section; delve#4311, fixed by #4315 in 1.26.3; reported on darwin/arm64,
 * the code path is Mach-O's). Before launch from the Delve version and the program's DWARF; after F5 from the panic
 * in pkg/dwarf/line parseFileEntries5 (issue 20 item 3).
 */
import { messages, t } from '../../i18n';
import { RULES_MACOS } from '../../i18n/messages/rules-macos';
import { compareVersions, parseVersion } from '../../probe/delveCompat';
import type { Machine } from '../../probe/machine';
import { builds } from '../../probe/target';
import { command, goCmd } from '../fixes';
import { installDlvCommand } from '../../delve/install';
import { defineFinding } from '../define';

const M = messages({
  lineStr: {
    en: 'Delve {delve} panics on macOS when the program has DWARF 5 line tables ("panic in parseFileEntries5": it does not find the __debug_line_str section; delve#4311). Fixed in Delve 1.26.3 (#4315).',
    zh: '当程序带有 DWARF 5 行号表时，Delve {delve} 在 macOS 上会崩溃（"panic in parseFileEntries5"：它找不到 __debug_line_str 节；delve#4311）。已在 Delve 1.26.3 修复（#4315）。',
  },
  text: {
    en: 'Delve panicked in parseFileEntries5 while reading the program\'s DWARF 5 line tables: Delve 1.26.2 does not find the __debug_line_str section of a Mach-O file (delve#4311). Fixed in Delve 1.26.3 (#4315).',
    zh: 'Delve 在读取程序的 DWARF 5 行号表时于 parseFileEntries5 中崩溃：Delve 1.26.2 找不到 Mach-O 文件的 __debug_line_str 节（delve#4311）。已在 Delve 1.26.3 修复（#4315）。',
  },
  evDwarf5Units: { en: '{program}: DWARF 5 units (DWARF .debug_info)', zh: '{program}：有 DWARF 5 单元（DWARF .debug_info）' },
});

function atLeast(v: string | undefined, floor: string): boolean {
  const a = parseVersion(v);
  const b = parseVersion(floor);
  return Boolean(a && b && compareVersions(a, b) >= 0);
}

/** The program has DWARF 5 units of any language (Delve parses every unit's line table). */
function anyDwarf5(m: Machine): boolean {
  const d = m.target.dwarf;
  if (m.target.mode === 'exec') return Boolean(d && !d.error && Math.max(d.goVersion ?? 0, d.otherVersion ?? 0) >= 5);
  const exp = m.dlvEnv.GOEXPERIMENT?.value ?? m.go.env?.GOEXPERIMENT ?? '';
  return builds(m.target.mode) && atLeast(m.target.goVersion, '1.25') && exp.split(',').includes('dwarf5');
}

export default defineFinding({
  code: 'dlv-dwarf5-macos-panic',
  component: 'dlv',
  severity: 'error',
  title: { en: 'Delve 1.26.2 panics on DWARF 5 programs on macOS', zh: 'Delve 1.26.2 在 macOS 上遇到 DWARF 5 程序会崩溃' },
  texts: M,
  platforms: ['darwin'],
  check: (m, make) => {
    const v = parseVersion(m.dlv.version);
    if (m.host.platform !== 'darwin' || !v || compareVersions(v, [1, 26, 2]) !== 0 || !anyDwarf5(m)) return [];
    return [make({
      detail: t(M.lineStr, { delve: m.dlv.version ?? '' }),
      evidence: [`Delve ${m.dlv.version} (${m.dlv.versionSource ?? 'version'})`, m.target.mode === 'exec' ? t(M.evDwarf5Units, { program: m.target.program ?? '' }) : `GOEXPERIMENT=${m.dlvEnv.GOEXPERIMENT?.value ?? m.go.env?.GOEXPERIMENT ?? ''}, Go ${m.target.goVersion ?? ''}`],
      fixes: [command(t(RULES_MACOS.updateDlv), installDlvCommand(goCmd(m)))],
    })];
  },
  dap: [
    {
      re: /parseFileEntries5/g,
      build: (_m, line, _r, make) => make({ detail: t(M.text), evidence: [line], fixes: [{ kind: 'command', title: t(RULES_MACOS.updateDlv), command: installDlvCommand() }] }),
    },
  ],
});
