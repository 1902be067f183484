/** Messages of the command line's own frame (src/cli/main.ts, src/cli/io.ts): its usage and its argument errors. */
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
});
