/**
 * The status bar's words on Linux (a dev container, a Linux VM or remote), where there is no LLDB to show: the
 * Linux cause that blocks Go debugging, in a few words. The Linux platform (platforms.ts) gives them to
 * present/statusText's `statusWords`. Pure.
 */
import { t, type Message } from '../../i18n';
import { LINUX } from '../../i18n/messages/linux';
import { LINUX_STATUS } from '../../i18n/messages/linuxStatus';
import type { Finding, Report } from '../types';

/** The emulation finding's words: its title names QEMU or Rosetta (in either language of the catalogue). */
function emulationWords(f: Finding): Message {
  const is = (m: Message) => f.title === m.en || f.title === m.zh;
  return is(LINUX.titleQemu) ? LINUX_STATUS.qemu : is(LINUX.titleRosetta) ? LINUX_STATUS.rosetta : LINUX_STATUS.emulated;
}

/** The words of the first (root-cause-first) Linux finding, if any. */
function linuxCause(findings: readonly Finding[]): Message | undefined {
  for (const f of findings) {
    if (f.code === 'linux-emulated') return emulationWords(f);
    if (f.code === 'linux-goarch-override') return LINUX_STATUS.goarch;
    if (f.code === 'linux-ptrace-blocked') return LINUX_STATUS.ptrace;
    if (f.code === 'linux-ptrace-scope') return LINUX_STATUS.scope;
    if (f.code === 'dlv-dwarf5-old-go') return LINUX_STATUS.dwarf5;
  }
  return undefined;
}

/**
 * The Linux cause that blocks Go debugging, in a few words, for statusText's `statusWords`; undefined when no
 * Linux-specific cause is found (then the words off a Mac apply).
 */
export function linuxStatusLabel(report: Report): string | undefined {
  const cause = linuxCause(report.findings);
  return cause ? t(cause) : undefined;
}
