/**
 * What Delve's launch and attach failures that name a mistake in the configuration share (issue 10 item 8): the
 * fix of an attribute whose right value only the user knows, said in words, and the `open …: no such file or
 * directory` text that is the program in exec mode and the core file in core mode. Exact texts recorded from Debian's
 * Delve 1.20.2 through `dlv dap` (test/fixtures/delve/texts-debian-1.20.json).
 */
import type { ManualFix } from '../report/types';

/** The fix of a launch.json attribute whose right value only the user knows: said in words. */
export const saidFix = (title: string): ManualFix => ({ kind: 'manual', title });

/** exec mode: "could not launch process: open <path>: no such file or directory"; core mode (no prefix): the core file. */
export const OPEN_NO_SUCH_FILE = /(could not launch process:\s*)?\bopen (\/\S*?|[A-Z]:\\\S*?): no such file or directory/gi;
