/** The status bar's words on Linux (present/linuxStatus.ts): the one cause that blocks Go debugging, in brief. */
import { messages } from '../index';

export const LINUX_STATUS = messages({
  qemu: { en: 'Go debug: QEMU emulation', zh: 'Go 调试：QEMU 仿真' },
  rosetta: { en: 'Go debug: Rosetta emulation', zh: 'Go 调试：Rosetta 仿真' },
  emulated: { en: 'Go debug: CPU emulation', zh: 'Go 调试：CPU 仿真' },
  goarch: { en: 'Go debug: GOARCH for another CPU', zh: 'Go 调试：GOARCH 指向其他 CPU' },
  ptrace: { en: 'Go debug: ptrace blocked', zh: 'Go 调试：ptrace 被阻止' },
  scope: { en: 'Go debug: ptrace_scope', zh: 'Go 调试：ptrace_scope' },
  dwarf5: { en: 'Go debug: dlv too old for DWARF 5', zh: 'Go 调试：dlv 太旧，无法读取 DWARF 5' },
});
