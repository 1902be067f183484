/** Texts the liblldb findings share (src/core/findings/liblldb.ts: fixes by origin, dependency evidence). */
import { messages } from '../index';

export const LIB = messages({
  brewArm: { en: 'Install LLVM with the Apple silicon Homebrew', zh: '用 Apple silicon 版的 Homebrew 安装 LLVM' },
  brewArmDetail: { en: '/usr/local is the Intel (Rosetta) Homebrew prefix; run `/opt/homebrew/bin/brew install llvm` and put /opt/homebrew/opt/llvm/bin first on PATH.', zh: '/usr/local 是 Intel（Rosetta）版 Homebrew 的前缀；请运行 `/opt/homebrew/bin/brew install llvm`，并把 /opt/homebrew/opt/llvm/bin 放在 PATH 最前面。' },
  brewReinstall: { en: 'Reinstall {formula} with Homebrew', zh: '用 Homebrew 重新安装 {formula}' },
  removeEntry: { en: 'Remove the entry from goLldbDoctor.lldbPaths', zh: '从 goLldbDoctor.lldbPaths 中删除这一项' },
  whoStub: { en: 'debugserver cannot start', zh: 'debugserver 无法启动' },
  whoTools: { en: 'LLDB-based tools that load it fail', zh: '加载它的基于 LLDB 的工具会失败' },
  evDepArch: { en: '{name} -> {resolved}: {archs}, needs {load}', zh: '{name} -> {resolved}：{archs}，需要 {load}' },
  evDepTried: { en: ' (tried {paths})', zh: '（已尝试 {paths}）' },
  evDepNoRpath: { en: ' (no LC_RPATH resolves it)', zh: '（没有 LC_RPATH 能解析它）' },
  evDepMissing: { en: '{name}, needed by {loader}: not found{tried}', zh: '{name}（{loader} 需要）：找不到{tried}' },
});
