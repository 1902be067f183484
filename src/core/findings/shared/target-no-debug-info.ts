/**
 * target-no-debug-info: a program without DWARF, which Delve refuses (issue 20 item 4), before launch and after F5:
 * - exec of a file without DWARF (-ldflags=-s -w, -w, strip, a `go run` binary): Delve stops with "could not open
 *   debug info - debuggee must not be built with 'go run' or -ldflags='-s -w', which strip debug info"
 *   (pkg/proc/bininfo.go NoDebugWarning / ErrNoDebugInfo; measured with Debian's Delve 1.20.2 on this machine),
 *   and the same when the launch's buildFlags (or GOFLAGS) pass -s / -w to the linker;
 * - Delve's text after F5 (the same NoDebugWarning; recorded from Debian's Delve 1.20.2 too), and its words for DWARF
 *   it cannot read ("decoding dwarf section … too short", "could not read debug info").
 */
import { messages, t } from '../../i18n';
import { DAP_DELVE } from '../../i18n/messages/dap-delve';
import { RULES_DEBUGINFO as S } from '../../i18n/messages/rules-debuginfo';
import { builds } from '../../probe/target';
import { buildFlagTexts, ldflagsIn, reached, rebuild, strips } from '../programBuild';
import { manual, updateGo } from '../fixes';
import { defineFinding } from '../define';

const NO_DWARF = '"could not open debug info - debuggee must not be built with \'go run\' or -ldflags=\'-s -w\', which strip debug info"';

const D = messages({
  textNoDwarf: { en: 'Delve found no DWARF it can read in the program: it was built stripped (-ldflags "-s -w"), or by a Go too old for this macOS.', zh: 'Delve 在程序中没有找到可读取的 DWARF：程序构建时被剥离了调试信息（-ldflags "-s -w"），或者构建它的 Go 对这个 macOS 来说太旧。' },
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
  text: {
    en: 'Delve found no debug information in the program: it was built with -ldflags=\'-s -w\' (which strips DWARF and the symbol table) or is the temporary binary of `go run`. Delve needs a binary built with debug information.',
    zh: 'Delve 在程序中没有找到调试信息：它是以 -ldflags=\'-s -w\' 构建的（会剥离 DWARF 和符号表），或者是 `go run` 的临时二进制文件。Delve 需要带调试信息构建的二进制文件。',
  },
  textGoRun: { en: 'Do not debug the binary `go run` leaves: let the launch build it ("mode": "debug"), or build it with `go build -gcflags=all="-N -l"` for "mode": "exec"', zh: '不要调试 `go run` 留下的二进制文件：让启动配置来构建（"mode": "debug"），或以 `go build -gcflags=all="-N -l"` 构建后用于 "mode": "exec"' },
  evNoSection: { en: '{program}: no .debug_info / __debug_info section', zh: '{program}：没有 .debug_info / __debug_info 节' },
});

export default defineFinding({
  code: 'target-no-debug-info',
  component: 'target',
  severity: 'error',
  rank: 2,
  title: { en: 'The program has no debug information Delve can read', zh: '程序没有 Delve 能读取的调试信息' },
  texts: D,
  platforms: ['darwin', 'linux'],
  check: (m, make) => {
    const tg = m.target;
    if (!reached(m)) return [];
    if (tg.mode === 'exec' && tg.program && tg.dwarf?.error?.code === 'no-debug-info') {
      const ld = tg.buildSettings?.['-ldflags'];
      const why = ld && strips(ld) ? t(D.whyStripFlags, { flags: ld }) : t(D.whyNoSection);
      return [make({
        detail: t(D.noDwarf, { program: tg.program, why }),
        evidence: [t(D.evNoSection, { program: tg.program }), ...(ld ? [`build -ldflags=${ld} (\`go version -m\`)`] : [])],
        fixes: [rebuild(m, tg.program)],
      })];
    }
    if (!builds(tg.mode)) return [];
    for (const { where, text } of buildFlagTexts(m)) {
      const ld = ldflagsIn(text);
      if (!ld || !strips(ld)) continue;
      return [make({
        detail: t(D.buildStrips, { where, flags: `-ldflags=${ld}` }),
        evidence: [`${where}: ${text}`],
        fixes: [manual(t(S.removeFlags, { flags: `-ldflags=${ld}` }))],
      })];
    }
    return [];
  },
  dap: [
    {
      re: /could not open debug info - debuggee must not be built with 'go run' or -ldflags='-s -w'/gi,
      build: (_m, line, _r, make) => make({ detail: t(D.text), evidence: [line], fixes: [{ kind: 'manual', title: t(DAP_DELVE.removeStrip) }, { kind: 'manual', title: t(D.textGoRun) }] }),
    },
    {
      // DWARF Delve cannot read (stripped, or written by a Go too old for this macOS); Delve's own wording for a
      // program without any is the rule above.
      re: /decoding dwarf section \w+ at offset 0x[0-9a-f]+:\s*too short|could not read debug info|could not open debug info(?! - debuggee)/gi,
      build: (_m, line, _r, make) => make({ detail: t(D.textNoDwarf), evidence: [line], fixes: [{ kind: 'manual', title: t(DAP_DELVE.removeStrip) }, updateGo()] }),
    },
  ],
});
