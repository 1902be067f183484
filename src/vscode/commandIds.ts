/**
 * The commands package.json contributes, by id: activation registers each of them (src/vscode/shell.ts) and
 * forwards it to the engine loaded on first use, which holds the handlers (commands.ts), except Show Log. Apart from both so that
 * registering a command loads nothing. The fix commands the lightbulb uses are not here: only the engine offers
 * them, so the engine registers them itself.
 */
import { SELFTEST_COMMAND } from './selftestId';

/** Show Log: activation's own (the log channel is activation's), so it works even when the engine cannot load. */
export const SHOW_LOG_COMMAND = 'goLldbDoctor.showLog';

/** The commands the engine handles. */
export const COMMANDS = {
  diagnose: 'goLldbDoctor.diagnose',
  explain: 'goLldbDoctor.explain',
  showReport: 'goLldbDoctor.showReport',
  exportSnapshot: 'goLldbDoctor.exportSnapshot',
  reportIssue: 'goLldbDoctor.reportIssue',
  selftest: SELFTEST_COMMAND,
} as const;

export type CommandId = (typeof COMMANDS)[keyof typeof COMMANDS];
