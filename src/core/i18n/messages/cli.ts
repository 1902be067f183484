/** Messages of the command line's own frame (src/cli): its usage texts, its argument errors and its own lines of output. */
import { messages } from '../index';

export const CLI = messages({
  usage: {
    en: `Usage: go-lldb-doctor [command] [options]

Commands:
  diagnose (default)     diagnose this Mac, or a machine snapshot
      --snapshot DIR       replay a machine snapshot instead of this machine
      --launch FILE        a workspace's launch.json   --config NAME   which configuration
      --settings FILE      a workspace's settings.json
      --json | --markdown  the JSON report (SNAPSHOT.md §2) or a Markdown report for an issue: paste it
                           into github.com/golang/vscode-go/issues/new or github.com/go-delve/delve/issues/new
                           (read it first: it shows your paths; nothing is sent)
  inspect FILE... [--json]   what each file's Mach-O headers say (lipo -info + otool -hlL in one)
  explain [--json|--markdown] [--arch arm64|x86_64] [TEXT]
                             the causes an error message supports (TEXT or standard input;
                             a Debug Console paste or JSON lines of DAP messages)
  snapshot DIR               capture this machine as a snapshot folder
  selftest [--json|--markdown] [--launch FILE --config NAME] [--settings FILE] [--timeout S]
                             debug a small program with the dlv F5 would start, stage by stage
                             (exit 0 every stage passed, 1 one failed, 2 could not run)
  --lang en|zh-cn            the language of the report (default: LC_ALL, LC_MESSAGES, LANG)
  --help, -h                 show this help
  --version, -v              print the version

Exit codes: 0 ok or warnings, 1 an error was found, 2 could not run.
`,
    zh: `用法：go-lldb-doctor [命令] [选项]

命令：
  diagnose（默认）       诊断这台 Mac，或一个机器快照
      --snapshot DIR       回放机器快照，而不是诊断这台机器
      --launch FILE        工作区的 launch.json   --config NAME   哪个启动配置
      --settings FILE      工作区的 settings.json
      --json | --markdown  JSON 报告（SNAPSHOT.md §2），或用于提交问题的 Markdown 报告：粘贴到
                           github.com/golang/vscode-go/issues/new 或 github.com/go-delve/delve/issues/new
                           （请先阅读：其中有你的路径；不会发送任何内容）
  inspect FILE... [--json]   每个文件的 Mach-O 头信息（相当于 lipo -info 加 otool -hlL）
  explain [--json|--markdown] [--arch arm64|x86_64] [TEXT]
                             一条错误信息可能的原因（TEXT 或标准输入；
                             调试控制台中粘贴的文本，或 DAP 消息的 JSON 行）
  snapshot DIR               把这台机器记录为一个快照文件夹
  selftest [--json|--markdown] [--launch FILE --config NAME] [--settings FILE] [--timeout S]
                             用 F5 会启动的 dlv 调试一个小程序，逐阶段检查
                             （退出码 0 所有阶段通过，1 有阶段失败，2 无法运行）
  --lang en|zh-cn            报告的语言（默认取自 LC_ALL、LC_MESSAGES、LANG）
  --help, -h                 显示本帮助
  --version, -v              显示版本

退出码：0 正常或仅有警告，1 发现错误，2 无法运行。
`,
  },
  unknownCommand: { en: 'unknown command: {command}', zh: '未知命令：{command}' },
  /** A sub-command's error: `explain: unknown option -x`. */
  ofCommand: { en: '{command}: {message}', zh: '{command}：{message}' },
  needsValue: { en: '{flag} needs a value', zh: '{flag} 需要一个值' },
  unknownOption: { en: 'unknown option {option}', zh: '未知选项 {option}' },
  unexpectedArgument: { en: 'unexpected argument {arg}', zh: '多余的参数 {arg}' },
  configNeedsLaunch: { en: '--config needs --launch FILE (or a snapshot with vscode.launchJson)', zh: '--config 需要 --launch FILE（或带有 vscode.launchJson 的快照）' },
  langNeedsValue: { en: '--lang needs a value (en or zh-cn)', zh: '--lang 需要一个值（en 或 zh-cn）' },
  langUnknown: { en: '--lang {value}: not a language of this tool (en or zh-cn)', zh: '--lang {value}：本工具没有这种语言（可用 en 或 zh-cn）' },
  archNeeds: { en: '--arch needs arm64 or x86_64', zh: '--arch 需要 arm64 或 x86_64' },
  archNeedsNot: { en: '--arch needs arm64 or x86_64, not "{value}"', zh: '--arch 需要 arm64 或 x86_64，而不是“{value}”' },
  explainNoText: { en: 'give the error text as arguments or on standard input', zh: '请以参数或标准输入给出错误文本' },
  explainEmpty: { en: 'nothing to explain (empty text)', zh: '没有可解释的内容（文本为空）' },
  explainNoMatch: { en: 'no known cause matches this text.', zh: '没有已知原因与这段文本相符。' },
  inspectUnknownFlag: { en: 'unknown flag {flag}', zh: '未知参数 {flag}' },
  inspectNoFiles: { en: 'no files given (usage: go-lldb-doctor inspect FILE... [--json])', zh: '没有给出文件（用法：go-lldb-doctor inspect FILE... [--json]）' },
  inspectUsage: {
    en: `Usage: go-lldb-doctor inspect FILE... [--json]
  Prints each file's architectures, file type, install name, dependencies, rpaths, platform and Go build info.
  --json   one object per file in a JSON array (SNAPSHOT.md §3)
Exit codes: 0 all files are Mach-O or ELF, 1 a file is malformed, not Mach-O or unreadable, 2 bad arguments.
`,
    zh: `用法：go-lldb-doctor inspect FILE... [--json]
  显示每个文件的架构、文件类型、安装名、依赖、rpath、平台和 Go 构建信息。
  --json   每个文件一个对象，放在一个 JSON 数组中（SNAPSHOT.md §3）
退出码：0 所有文件都是 Mach-O 或 ELF，1 有文件损坏、不是 Mach-O 或无法读取，2 参数错误。
`,
  },
  timeoutNeeds: { en: '--timeout needs a number of seconds (0 < S ≤ 3600)', zh: '--timeout 需要一个秒数（0 < S ≤ 3600）' },
  selftestNoSnapshot: { en: 'selftest runs on this machine: --snapshot does not apply', zh: 'selftest 在这台机器上运行：--snapshot 不适用' },
  snapshotOneFolder: { en: 'give one output folder: go-lldb-doctor snapshot DIR', zh: '请给出一个输出文件夹：go-lldb-doctor snapshot DIR' },
  snapshotWrote: {
    en: 'Wrote {dir}: {files} files, {bytes} bytes (verdict {verdict}: {codes}).\nReplay it with: go-lldb-doctor --snapshot {quoted}',
    zh: '已写入 {dir}：{files} 个文件，{bytes} 字节（结论 {verdict}：{codes}）。\n回放命令：go-lldb-doctor --snapshot {quoted}',
  },
  snapshotNoFindings: { en: 'no findings', zh: '无发现' },
  snapshotCannotWrite: { en: '{dir}: cannot write the snapshot ({error})', zh: '{dir}：无法写入快照（{error}）' },
});
