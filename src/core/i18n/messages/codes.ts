/** Titles of the codes in src/core/findings/legacy.ts (rules not yet finding modules): what each code means, in a few words. */
import { messages } from '../index';

export const CODE_TITLES = messages({
  'go-not-found': { en: 'No Go toolchain found', zh: '找不到 Go 工具链' },
  'go-arch-mismatch': { en: 'The Go toolchain is built for the other CPU', zh: 'Go 工具链是为另一种 CPU 构建的' },
  'dlv-not-found': { en: 'Delve (dlv) not found', zh: '找不到 Delve (dlv)' },
  'dlv-arch-mismatch': { en: 'dlv is built for the other CPU', zh: 'dlv 是为另一种 CPU 构建的' },
  'dlv-translated': { en: 'dlv runs under Rosetta', zh: 'dlv 在 Rosetta 下运行' },
  'dlv-bad-cpu': { en: 'dlv cannot run on this CPU', zh: 'dlv 无法在这个 CPU 上运行' },
  'dlv-no-arm64-support': { en: 'Delve predates Apple Silicon support', zh: 'Delve 早于 Apple 芯片支持' },
  'target-arch-mismatch': { en: 'The program is built for the other CPU', zh: '程序是为另一种 CPU 构建的' },
  'target-not-executable': { en: 'The program is not an executable for this Mac', zh: '程序不是这台机器可运行的可执行文件' },
  'settings-alternate-dlv-invalid': { en: 'go.alternateTools.dlv points nowhere', zh: 'go.alternateTools.dlv 指向不存在的位置' },
  'attach-failed': { en: 'Delve could not attach to the process', zh: 'Delve 无法附加到进程' },
  'dlv-not-executable': { en: 'dlv is not executable', zh: 'dlv 不可执行' },
  'go-build-differs': { en: 'Delve builds with another go than the one vscode-go shows', zh: 'Delve 构建时使用的 go 与 vscode-go 显示的不同' },
  'linux-emulated': { en: 'The container is for another CPU than the kernel (emulated)', zh: '容器与内核的 CPU 不同（在模拟下运行）' },
  'internal-error': { en: 'The diagnosis failed', zh: '诊断本身失败了' },
});
