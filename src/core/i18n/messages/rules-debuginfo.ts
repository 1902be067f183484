/** Texts of the "program Delve cannot debug" rules (src/core/rules/debugInfo.ts). */
import { messages } from '../index';

const NO_DWARF = '"could not open debug info - debuggee must not be built with \'go run\' or -ldflags=\'-s -w\', which strip debug info"';

export const RULES_DEBUGINFO = messages({
  noDwarf: {
    en: `{program} has no DWARF debug information ({why}). Delve refuses it: ${NO_DWARF}.`,
    zh: `{program} 没有 DWARF 调试信息（{why}）。Delve 会拒绝：${NO_DWARF}。`,
  },
  whyStripFlags: { en: 'built with -ldflags={flags}', zh: '构建时使用了 -ldflags={flags}' },
  whyNoSection: { en: 'no .debug_info section: stripped, -ldflags=-w, or a go run / go build -ldflags=-s -w binary', zh: '没有 .debug_info 节：已被 strip、使用了 -ldflags=-w，或是 go run / go build -ldflags=-s -w 生成的文件' },
  buildStrips: {
    en: `The launch builds with {where} containing {flags}: the linker leaves out the DWARF debug information, and Delve refuses the program: ${NO_DWARF}.`,
    zh: `启动配置在 {where} 中使用了 {flags} 构建：链接器不写入 DWARF 调试信息，Delve 会拒绝该程序：${NO_DWARF}。`,
  },
  optimized: {
    en: '{program} was built with optimizations and inlining ({gcflags}): Delve runs it, but variables show as unavailable or wrong, lines jump, and some breakpoints never hit. Debug builds use -gcflags=all=-N -l (what dlv debug adds).',
    zh: '{program} 是在开启优化和内联的情况下构建的（{gcflags}）：Delve 可以运行它，但变量会显示为不可用或错误、行号跳动，某些断点永远不会命中。调试构建应使用 -gcflags=all=-N -l（dlv debug 会自动添加）。',
  },
  noGcflags: { en: 'no -gcflags in its build info', zh: '构建信息中没有 -gcflags' },
  trimpath: {
    en: '{what} is built with -trimpath: its file names are module paths (e.g. example.com/m/main.go), not the paths VS Code sends, so breakpoints set in the editor do not bind ("location … not found", "could not find file"; Delve 1.26.1+ also prints "Warning: debugging executable built with trimpath"). Remove -trimpath from debug builds, or map the paths with "substitutePath" in launch.json.',
    zh: '{what} 使用 -trimpath 构建：其中的文件名是模块路径（例如 example.com/m/main.go），而不是 VS Code 发送的路径，因此在编辑器中设置的断点无法绑定（"location … not found"、"could not find file"；Delve 1.26.1+ 还会打印 "Warning: debugging executable built with trimpath"）。请在调试构建中去掉 -trimpath，或在 launch.json 中用 "substitutePath" 映射路径。',
  },
  theProgram: { en: 'The program Delve builds', zh: 'Delve 构建的程序' },
  rebuild: { en: 'Rebuild it for debugging (with DWARF, without optimizations)', zh: '为调试重新构建（带 DWARF，关闭优化）' },
  removeFlags: { en: 'Remove {flags} from buildFlags', zh: '从 buildFlags 中去掉 {flags}' },
  substitutePath: { en: 'Or add "substitutePath" to launch.json: from the workspace folder to the module path', zh: '或在 launch.json 中添加 "substitutePath"：从工作区文件夹映射到模块路径' },
});
