/**
 * dlv-too-old-for-macos: a Delve older than the macOS it runs on handles (research/failure-modes.md §2.2-2.3):
 * - macOS ≥ 15.4 and Delve < 1.24.2: "protocol error E97 during register read" (delve#3964, fix #3966;
 *   pkg/proc/gdbserial/gdbserver.go);
 * - macOS ≥ 15, Delve < 1.23.1 and Go ≤ 1.23: "DW_FORM_strx with no .debug_str_offsets section" (delve#3797).
 * Before launch from the versions; after F5 from either text.
 */
import { messages, t } from '../../i18n';
import { RULES_MACOS } from '../../i18n/messages/rules-macos';
import { installDlvCommand } from '../../delve/install';
import { goMinor, parseVersion } from '../../probe/delveCompat';
import { defineFinding } from '../define';
import { command, goCmd } from '../fixes';
import { atLeast, below } from '../macosVersions';
import { EVIDENCE as EV } from '../../i18n/messages/evidence';

const M = messages({
  e97: {
    en: 'On macOS {os} (15.4 and later) debugserver refuses register reads that Delve {delve} asks for ("protocol error E97 during register read"): breakpoints are not hit and stepping fails. Fixed in Delve 1.24.2 (delve#3964).',
    zh: '在 macOS {os}（15.4 及更高版本）上，debugserver 拒绝 Delve {delve} 发出的寄存器读取（"protocol error E97 during register read"）：断点不会命中，单步执行失败。已在 Delve 1.24.2 修复（delve#3964）。',
  },
  strx: {
    en: 'On macOS {os}, Delve {delve} cannot read the DWARF that {go} writes ("DW_FORM_strx with no .debug_str_offsets section"; delve#3797, fixed in Delve 1.23.1).',
    zh: '在 macOS {os} 上，Delve {delve} 无法读取 {go} 写出的 DWARF（"DW_FORM_strx with no .debug_str_offsets section"；delve#3797，已在 Delve 1.23.1 修复）。',
  },
  e97Text: {
    en: 'debugserver of macOS 15.4 and later refuses register reads that Delve before 1.24.2 asks for ("protocol error E97"), so breakpoints and stepping fail (delve#3964, fixed in 1.24.2).',
    zh: 'macOS 15.4 及更高版本的 debugserver 拒绝 Delve 1.24.2 之前版本发出的寄存器读取（"protocol error E97"），因此断点和单步执行失败（delve#3964，已在 1.24.2 修复）。',
  },
  strxText: {
    en: 'Delve before 1.23.1 cannot read the DWARF that Go 1.23 and older write on macOS 15 (a section name truncated to 16 characters; delve#3797, fixed in 1.23.1).',
    zh: '1.23.1 之前的 Delve 无法读取 Go 1.23 及更早版本在 macOS 15 上写出的 DWARF（节名被截断为 16 个字符；delve#3797，已在 1.23.1 修复）。',
  },
});

export default defineFinding({
  code: 'dlv-too-old-for-macos',
  component: 'dlv',
  severity: 'error',
  rank: 0,
  title: { en: 'Delve is too old for this macOS', zh: 'Delve 对这个 macOS 版本来说太旧' },
  texts: M,
  platforms: ['darwin'],
  check: (m, make) => {
    const os = m.host.osVersion;
    const delve = m.dlv.version;
    if (m.host.platform !== 'darwin' || !os || !parseVersion(delve)) return [];
    const go = m.target.goVersion ?? m.go.version;
    const parts: string[] = [];
    if (atLeast(os, '15.4') && below(delve, '1.24.2')) parts.push(t(M.e97, { os, delve: delve ?? '' }));
    const minor = goMinor(go);
    if (atLeast(os, '15.0') && below(delve, '1.23.1') && minor !== undefined && minor <= 23) parts.push(t(M.strx, { os, delve: delve ?? '', go: go ?? '' }));
    if (parts.length === 0) return [];
    return [make({
      detail: parts.join(' '),
      evidence: [`macOS ${os} (\`sw_vers -productVersion\`)`, `Delve ${delve} (${m.dlv.versionSource ?? 'version'})`, ...(go ? [t(EV.goThatBuilds, { go })] : [])],
      fixes: [command(t(RULES_MACOS.updateDlv), installDlvCommand(goCmd(m)))],
    })];
  },
  dap: [
    {
      re: /protocol error E97 during register read/gi,
      build: (_m, line, _r, make) => make({ detail: t(M.e97Text), evidence: [line], fixes: [{ kind: 'command', title: t(RULES_MACOS.updateDlv), command: installDlvCommand() }] }),
    },
    {
      re: /DW_FORM_strx with no \.debug_str_offsets section/gi,
      build: (_m, line, _r, make) => make({ detail: t(M.strxText), evidence: [line], fixes: [{ kind: 'command', title: t(RULES_MACOS.updateDlv), command: installDlvCommand() }] }),
    },
  ],
});
