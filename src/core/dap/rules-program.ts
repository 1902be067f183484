/**
 * Delve's words after F5 about a program it cannot debug well (issue 20 items 3-4), mapped to the codes the
 * preflight uses for the same cause (rules/darwin/macos.ts lineStrPanic, rules/debugInfo.ts trimpath):
 * - a panic in pkg/dwarf/line parseFileEntries5 (Delve 1.26.2 on macOS with DWARF 5; delve#4311, fix #4315);
 * Delve ≥ 1.26.1's "Warning: debugging executable built with trimpath" is read by rules-session.ts (target-trimpath,
 * with the substitutePath it computes from the paths Delve reported).
 */
import { t } from '../i18n';
import { DAP_PROGRAM as P } from '../i18n/messages/dap-program';
import type { TextRule } from './rule';
import { textFinding } from './finding';
import { installDlvCommand } from '../delve/install';

export const PROGRAM_RULES: TextRule[] = [
  {
    re: /parseFileEntries5/g,
    build: (_m, line) => textFinding('dlv-dwarf5-macos-panic', t(P.lineStrPanic), [line], [{ kind: 'command', title: t(P.updateDlv), command: installDlvCommand() }]),
  },
];
