/**
 * Texts of a macOS, Xcode or Go version that the Delve in use does not handle (issue 10 items 6-7; sources in
 * ../../../../shared/research/failure-modes.md §2.1-2.4): dyld's LC_UUID refusal on macOS 26 (delve#4162), E97
 * register reads on macOS 15.4+ (delve#3964, pkg/proc/gdbserial/gdbserver.go), DW_FORM_strx on macOS 15 (delve#3797),
 * Xcode 16 + cgo + Go < 1.23 (vscode-go#3539). (DWARF 5 with a dlv built by Go < 1.25 is findings/shared/dlv-dwarf5-old-go.ts's.)
 */
import { t } from '../../i18n';
import { DAP_MACOS as M } from '../../i18n/messages/dap-macos';
import type { TextRule } from '../rule';
import { textFinding } from '../finding';
import { installDlvCommand } from '../../delve/install';

const manual = (title: string) => ({ kind: 'manual' as const, title });

export const MACOS_RULES: TextRule[] = [
  {
    // `dyld[21679]: missing LC_UUID load command in /Users/x/go/bin/dlv` (delve#4162); the path may be absent.
    re: /missing LC_UUID load command(?: in (\S+))?/gi,
    build: (m, line, r) => {
      const path = m[1] ?? '';
      const dlv = /(?:^|\/)dlv$/.test(path) || (path !== '' && path === r.launch.dlvToolPath);
      return dlv
        ? textFinding('dlv-missing-lc-uuid', t(M.lcUuidDlv, { path }), [line], [manual(t(M.lcUuidDlvFix))])
        : textFinding('target-missing-lc-uuid', t(M.lcUuidTarget, { path: path || '?' }), [line], [manual(t(M.lcUuidTargetFix))]);
    },
  },
  {
    re: /protocol error E97 during register read/gi,
    build: (_m, line) => textFinding('dlv-too-old-for-macos', t(M.e97), [line], [{ kind: 'command', title: t(M.updateDlv), command: installDlvCommand() }]),
  },
  {
    re: /DW_FORM_strx with no \.debug_str_offsets section/gi,
    build: (_m, line) => textFinding('dlv-too-old-for-macos', t(M.strx), [line], [{ kind: 'command', title: t(M.updateDlv), command: installDlvCommand() }]),
  },
  {
    re: /could not find rodata struct member/gi,
    build: (_m, line) => textFinding('go-too-old-for-xcode', t(M.rodata), [line], [manual(t(M.rodataFix))]),
  },
];
