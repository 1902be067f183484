/** Delve's own error strings (GROUND_TRUTH §2), all of which follow `could not launch process: ` on launch. */
import { machOArchOfGoarch } from '../arch/names';
import { t } from '../i18n';
import { DAP_DELVE as D } from '../i18n/messages/dap-delve';
import type { TextRule } from './rule';
import { hwEvidence } from './rule';
import { textFinding } from './finding';
import * as fx from './fixes';

/** Go's debug/macho names (CpuAmd64) and GOARCH names (amd64) as lipo names (x86_64), by macho/arch's one map. */
function lipoName(cpu: string): string {
  return machOArchOfGoarch(cpu.toLowerCase().replace(/^cpu/, '')) ?? cpu;
}

export const DELVE_RULES: TextRule[] = [
  {
    re: /can\s*not run under rosetta(?:,?\s*check that the (installed build of go|terminal\/shell in use) is right for your cpu architecture)?/gi,
    build: (m, line, r) => {
      const shell = /terminal/i.test(m[1] ?? '');
      if (shell) {
        return textFinding(
          'shell-translated',
          t(D.shellTranslated),
          [line, ...hwEvidence(r)],
          [...fx.rosettaFixes(), { kind: 'manual', title: t(D.terminalRosetta) }],
        );
      }
      return textFinding(
        'dlv-translated',
        t(D.dlvTranslated),
        [line, ...hwEvidence(r), ...(r.launch.dlvToolPath ? [`dlv: ${r.launch.dlvToolPath}`] : [])],
        fx.rosettaFixes(),
      );
    },
  },
  {
    re: /not an executable file/gi,
    build: (_m, line) =>
      textFinding(
        'target-not-executable',
        t(D.notExecutable),
        [line],
        [{ kind: 'manual', title: t(D.checkProgram) }],
      ),
  },
  {
    re: /unsupported architecture of darwin\/([\w()]+)\s*-\s*only\s+(\S+(?:\s+(?!(?:is|are)\b)\S+)*)\s+(?:is|are) supported|unsupported architecture\s*-\s*only darwin\/amd64 is supported/gi,
    build: (m, line) => {
      const cpu = lipoName(m[1] ?? 'unknown');
      const supported = m[2] ?? 'darwin/amd64';
      if (!/arm64/i.test(supported)) {
        return textFinding(
          'dlv-no-arm64-support',
          t(D.noArm64, { supported: supported.trim() }),
          [line],
          [fx.updateDlv()],
        );
      }
      return textFinding(
        'target-arch-mismatch',
        t(D.archUnsupported, { cpu, supported: supported.replace(/\s+/g, ' ').trim() }),
        [line, `target CPU: ${cpu}`],
        [{ kind: 'manual', title: t(D.buildForMac) }],
      );
    },
  },
  {
    // `could not open debug info - debuggee must not be built with 'go run' …` has its own wording (findings/shared/target-no-debug-info.ts).
    re: /decoding dwarf section \w+ at offset 0x[0-9a-f]+:\s*too short|could not read debug info|could not open debug info(?! - debuggee)/gi,
    build: (_m, line) =>
      textFinding(
        'target-no-debug-info',
        t(D.noDwarf),
        [line],
        [
          { kind: 'manual', title: t(D.removeStrip) },
          fx.updateGo(),
        ],
      ),
  },
  {
    // The kernel's ENOEXEC through Go's os/exec: Delve built the program for a CPU or OS this machine cannot run
    // (GOARCH/GOOS overridden in launch env, envFile or go.toolsEnvVars). Seen on Linux; on macOS the same
    // mistake gives "unsupported architecture of darwin/..." or errno -86 instead.
    re: /fork\/exec\s+(\S+?):?\s+exec format error/gi,
    build: (m, line, r) =>
      textFinding(
        'target-arch-mismatch',
        t(D.execFormat, { program: m[1] ?? t(D.theProgram) }),
        [line, ...(r.launch.goarch ? [`launch request: env.GOARCH=${r.launch.goarch}`] : []), ...hwEvidence(r)],
        [{ kind: 'manual', title: t(D.buildForMachine) }],
      ),
  },
];
