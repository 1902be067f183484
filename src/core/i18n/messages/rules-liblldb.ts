/** Texts of the LLDB library rules (src/core/rules/darwin/liblldb.ts, liblldbPresence.ts). */
import { messages } from '../index';

export const LIB = messages({
  brewArm: { en: 'Install LLVM with the Apple silicon Homebrew', zh: '用 Apple silicon 版的 Homebrew 安装 LLVM' },
  brewArmDetail: { en: '/usr/local is the Intel (Rosetta) Homebrew prefix; run `/opt/homebrew/bin/brew install llvm` and put /opt/homebrew/opt/llvm/bin first on PATH.', zh: '/usr/local 是 Intel（Rosetta）版 Homebrew 的前缀；请运行 `/opt/homebrew/bin/brew install llvm`，并把 /opt/homebrew/opt/llvm/bin 放在 PATH 最前面。' },
  brewReinstall: { en: 'Reinstall {formula} with Homebrew', zh: '用 Homebrew 重新安装 {formula}' },
  removeEntry: { en: 'Remove the entry from goLldbDoctor.lldbPaths', zh: '从 goLldbDoctor.lldbPaths 中删除这一项' },
  stale: { en: 'goLldbDoctor.lldbPaths[{i}] is {path}, which does not exist (an LLDB that was moved or uninstalled).', zh: 'goLldbDoctor.lldbPaths[{i}] 为 {path}，但它不存在（该 LLDB 已被移动或卸载）。' },
  archMismatch: { en: '{path} ({why}) has {archs}; {load|a} process on {hw} cannot load it, so LLDB-based tools that use it fail. Delve does not load liblldb.', zh: '{path}（{why}）包含 {archs}；{hw} 上的 {load} 进程无法加载它，因此使用它的基于 LLDB 的工具会失败。Delve 不加载 liblldb。' },
  whoStub: { en: 'debugserver cannot start', zh: 'debugserver 无法启动' },
  whoTools: { en: 'LLDB-based tools that load it fail', zh: '加载它的基于 LLDB 的工具会失败' },
  depMissing1: { en: 'A library that {path} loads cannot be found, so {who}.', zh: '{path} 加载的一个库找不到，因此{who}。' },
  depMissingN: { en: '{n} libraries that {path} loads cannot be found, so {who}.', zh: '{path} 加载的 {n} 个库找不到，因此{who}。' },
  depArch1: { en: 'A library that {path} loads is built for another CPU than the {load} process loading it ({hw}), so {who}.', zh: '{path} 加载的一个库是为另一种 CPU 构建的，与加载它的 {load} 进程（{hw}）不符，因此{who}。' },
  depArchN: { en: '{n} libraries that {path} loads are built for another CPU than the {load} process loading it ({hw}), so {who}.', zh: '{path} 加载的 {n} 个库是为另一种 CPU 构建的，与加载它们的 {load} 进程（{hw}）不符，因此{who}。' },
  mixed: { en: 'Homebrew\'s LLVM ({brew}) is on PATH and the system LLDB ({sys}) is installed too. Which `lldb` runs depends on PATH order; /usr/bin/lldb is an xcselect shim for the active developer dir. Delve uses neither: it talks to debugserver.', zh: 'Homebrew 的 LLVM（{brew}）在 PATH 上，同时也安装了系统 LLDB（{sys}）。运行哪个 `lldb` 取决于 PATH 的顺序；/usr/bin/lldb 是指向当前开发者目录的 xcselect 垫片。Delve 两者都不用：它与 debugserver 通信。' },
  nothing: { en: 'Nothing to change for Go debugging', zh: '对 Go 调试而言无需更改' },
  nothingDetail: { en: 'For lldb or CodeLLDB, choose one LLDB: put its bin directory first on PATH, or set CodeLLDB\'s lldb.library.', zh: '对于 lldb 或 CodeLLDB，请选定一个 LLDB：把它的 bin 目录放在 PATH 最前面，或设置 CodeLLDB 的 lldb.library。' },
  unreferenced: { en: '{path} ({why}, {archs}) is installed but not on PATH, not in settings and not next to dlv: nothing uses it. Delve never loads liblldb, so it plays no part in Go debugging.', zh: '{path}（{why}，{archs}）已安装，但不在 PATH 上、不在设置中，也不在 dlv 旁边：没有任何东西使用它。Delve 从不加载 liblldb，所以它与 Go 调试无关。' },
  noSlice: { en: ' It also has no {arch} slice.', zh: '它也没有 {arch} 切片。' },
  noChange: { en: 'No change needed', zh: '无需更改' },
  noChangeDetail: { en: 'Leave it, or remove it with `brew uninstall` if you installed it only for Go debugging.', zh: '保留它即可；如果只是为了 Go 调试而安装的，可以用 `brew uninstall` 删除。' },
  notFound: { en: 'No LLDB.framework and no liblldb.dylib were found (Command Line Tools, Xcode, Homebrew LLVM).', zh: '没有找到 LLDB.framework，也没有找到 liblldb.dylib（Command Line Tools、Xcode、Homebrew LLVM）。' },
  installClt: { en: 'Install the Command Line Tools if Delve reports no debugserver', zh: '如果 Delve 报告找不到 debugserver，请安装 Command Line Tools' },
  installCltDetail: { en: 'xcode-select --install', zh: '在终端中运行：xcode-select --install' },
});
