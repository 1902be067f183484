/**
 * Delve's Linux texts of emulation for the DAP watch and explain (ptrace and DWARF 5 texts are in their finding
 * modules, src/core/findings/) (research/failure-modes.md §1; delve
 * service/debugger/debugger_linux.go, pkg/goversion/compat.go). The "function not implemented" form was measured
 * here: Debian's arm64 delve 1.20.2 under qemu-aarch64 on x86_64.
 */
import type { TextRule } from '../rule';
import type { Resolved } from '../context';
import { textFinding } from '../finding';
import { t } from '../../i18n';
import { LINUX } from '../../i18n/messages/linux';
import type { Fix } from '../../report/types';
import { goarchOf, mismatchNames } from '../../arch/names';
import { joinParagraphs } from '../../text/prose';
import { rebuildStep } from '../../findings/containerFixes';

/** Both sides of the mismatch: the kernel is the machine's CPU when the caller knows it, else Apple Silicon's (the common case). */
function namesOf(r: Resolved) {
  return mismatchNames(goarchOf(r.hw) ?? 'arm64', undefined);
}

function containerFixes(r: Resolved): Fix[] {
  const names = namesOf(r);
  const platform = names.platform;
  return [
    { kind: 'manual', title: t(LINUX.fixPlatformImage, { platform }), detail: joinParagraphs([t(LINUX.fixPlatformImageDetail, names), t(LINUX.whyNative, names)]) },
    rebuildStep(),
  ];
}

// Linear time: a path or breakpoint name is scanned only up to the next occurrence of the rule's own opening
// words, starts and ends with a non-space (so it trades no characters with the widened spaces around it), and
// `npm run bench -- regex` times each rule on 1 MB of its repeated words (issue 16 item 6: 200 KB of
// `fork/exec ` took 6.4 s).
export const LINUX_DAP_RULES: TextRule[] = [
  {
    re: /(?:fork\/exec \S(?:(?!fork\/exec)[^\n])*?|could not attach to pid \d+): function not implemented/gi,
    build: (_m, line, r) => ({ ...textFinding('linux-emulated', t(LINUX.qemuText, namesOf(r)), [line], containerFixes(r)), title: t(LINUX.titleQemu) }),
  },
  {
    // `breakpoint … not verified:` is the DAP watch's line for an unverified breakpoint (dap/messages.ts).
    re: /(?:command failed|unable to retrieve goroutines|runtime error|could not set breakpoint(?:(?:(?!breakpoint)[^\n])*?\S)?|breakpoint \S(?:(?!breakpoint)[^\n])*?\S not verified):? input\/output error/gi,
    build: (_m, line, r) => ({ ...textFinding('linux-emulated', t(LINUX.rosettaText), [line], containerFixes(r)), title: t(LINUX.titleRosetta) }),
  },
];
