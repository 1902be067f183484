/**
 * go-too-old-for-xcode: the LLDB of this Mac is of the Xcode 16 family (lldb-1600+), cgo is possible and the Go that
 * builds is older than 1.23: Xcode 16's linker and that Go produce DWARF Delve cannot read, "could not find rodata
 * struct member" (vscode-go#3539, #3547; research/failure-modes.md §2.4). A warning before launch (whether the
 * program uses cgo is not checked), an error once Delve says it.
 */
import { messages, t } from '../../i18n';
import { goMinor } from '../../probe/delveCompat';
import { builds } from '../../probe/target';
import { defineFinding } from '../define';
import { manual } from '../fixes';
import { atLeast } from '../macosVersions';
import { EVIDENCE as EV } from '../../i18n/messages/evidence';

const M = messages({
  xcode16: {
    en: 'The LLDB of this Mac is from the Xcode 16 family ({lldb}), and {go} builds the program. With cgo, Go older than 1.23 and Xcode 16\'s linker produce DWARF Delve cannot read ("could not read debug info … could not find rodata struct member"; vscode-go#3539). Not checked: whether the program uses cgo (any import "C", e.g. go-sqlite3).',
    zh: '这台 Mac 的 LLDB 属于 Xcode 16 系列（{lldb}），而构建程序的是 {go}。使用 cgo 时，早于 1.23 的 Go 与 Xcode 16 的链接器生成的 DWARF Delve 无法读取（"could not read debug info … could not find rodata struct member"；vscode-go#3539）。未检查：程序是否使用 cgo（任何 import "C"，例如 go-sqlite3）。',
  },
  xcode16Fix: { en: 'Build with Go 1.23 or later (check the toolchain line of go.mod and GOTOOLCHAIN)', zh: '用 Go 1.23 或更新版本构建（检查 go.mod 的 toolchain 行和 GOTOOLCHAIN）' },
  rodata: {
    en: 'Delve could not read the program\'s debug information nor its symbol table. With Xcode 16 (or its Command Line Tools) and cgo, a Go older than 1.23 links a binary whose DWARF is unreadable (vscode-go#3539, #3547). A `toolchain` line in go.mod or GOTOOLCHAIN can make an older Go build than the one installed.',
    zh: 'Delve 既无法读取程序的调试信息，也无法读取其符号表。在 Xcode 16（或其命令行工具）下使用 cgo 时，早于 1.23 的 Go 链接出的二进制文件 DWARF 无法读取（vscode-go#3539、#3547）。go.mod 中的 `toolchain` 行或 GOTOOLCHAIN 可能让比已安装版本更旧的 Go 来构建。',
  },
  rodataFix: { en: 'Build with Go 1.23 or later (check the toolchain line of go.mod and GOTOOLCHAIN)', zh: '用 Go 1.23 或更新版本构建（检查 go.mod 的 toolchain 行和 GOTOOLCHAIN）' },
  evLldbVersion: { en: '{path}: version {version}', zh: '{path}：版本 {version}' },
  evCgo: { en: 'CGO_ENABLED is not 0', zh: 'CGO_ENABLED 不是 0' },
});

export default defineFinding({
  code: 'go-too-old-for-xcode',
  component: 'go',
  severity: 'error',
  rank: 0,
  title: { en: 'Go is too old for the Xcode 16 linker (cgo)', zh: 'Go 对 Xcode 16 链接器 (cgo) 来说太旧' },
  texts: M,
  darwin: (x, make) => {
    const lldb = x.darwin.lldb.frameworkVersion;
    const go = x.target.goVersion;
    const minor = goMinor(go);
    const cgo = (x.dlvEnv.CGO_ENABLED?.value ?? x.go.env?.CGO_ENABLED) !== '0';
    if (!lldb || !atLeast(lldb.value, '1600.0') || minor === undefined || minor >= 23 || !cgo || !builds(x.target.mode)) return [];
    return [make({
      severity: 'warning',
      detail: t(M.xcode16, { lldb: `lldb-${lldb.value}`, go: go ?? '' }),
      evidence: [t(M.evLldbVersion, { path: lldb.path, version: lldb.value }), t(EV.goThatBuildsWhy, { go: String(go), why: x.toolchain.why ?? 'go env GOVERSION' }), t(M.evCgo)],
      fixes: [manual(t(M.xcode16Fix))],
    })];
  },
  dap: [
    {
      re: /could not find rodata struct member/gi,
      build: (_m, line, _r, make) => make({ detail: t(M.rodata), evidence: [line], fixes: [{ kind: 'manual', title: t(M.rodataFix) }] }),
    },
  ],
});
