/** Titles of the Linux finding codes (src/core/report/codes-linux.ts). */
import { messages } from '../index';

export const LINUX_CODE_TITLES = messages({
  'linux-emulated': { en: 'The container is for another CPU than the kernel (emulated)', zh: '容器与内核的 CPU 不同（在模拟下运行）' },
  'linux-ptrace-blocked': { en: 'Seccomp or a missing SYS_PTRACE blocks Delve', zh: 'Seccomp 或缺少 SYS_PTRACE 阻止了 Delve' },
  'linux-ptrace-scope': { en: 'Yama ptrace_scope blocks attaching', zh: 'Yama ptrace_scope 阻止了附加' },
  'linux-goarch-override': { en: 'GOARCH is set for another CPU than the Linux kernel\'s', zh: 'GOARCH 被设置为与 Linux 内核不同的 CPU' },
  'dlv-dwarf5-old-go': { en: 'dlv is built with Go < 1.25 and cannot read DWARF 5', zh: 'dlv 是用 Go < 1.25 构建的，无法读取 DWARF 5' },
});
