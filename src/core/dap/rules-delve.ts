/** Delve's own error strings (GROUND_TRUTH §2), all of which follow `could not launch process: ` on launch. */
import { machOArchOfGoarch } from '../macho/arch';
import type { TextRule } from './rule';
import { hwEvidence } from './rule';
import { textFinding } from './finding';
import * as fx from './fixes';
import { stubExited } from './rules-stub';
import { backendUnavailable, lldbServerOffMac } from './rules-launch';

/** Go's debug/macho names (CpuAmd64) and GOARCH names (amd64) as lipo names (x86_64), by macho/arch's one map. */
function lipoName(cpu: string): string {
  return machOArchOfGoarch(cpu.toLowerCase().replace(/^cpu/, '')) ?? cpu;
}

export const DELVE_RULES: TextRule[] = [
  {
    re: /debugserver or lldb-server not found(?::?\s*install x?code'?s command line tools or lldb-server)?|\bbackend unavailable\b/gi,
    build: (_m, line, r) =>
      backendUnavailable(line, r) ??
      textFinding(
        'debugserver-not-found',
        'Delve found neither debugserver (in $DELVE_DEBUGSERVER_PATH, on PATH, in the Command Line Tools or in Xcode) nor lldb-server. On macOS debugserver comes with the Xcode Command Line Tools.',
        [line],
        [fx.xcodeSelectInstall()],
      ),
  },
  {
    re: /exec:\s*"?lldb-server"?:\s*executable file not found in \$PATH/gi,
    build: (_m, line, r) =>
      lldbServerOffMac(line, r) ??
      textFinding(
        'lldb-server-not-found',
        'This Delve is so old that it looks only for lldb-server and never for debugserver. Update Delve (it needs the Command Line Tools too).',
        [line],
        [fx.updateDlv(), fx.xcodeSelectInstall()],
      ),
  },
  {
    re: /can\s*not run under rosetta(?:,?\s*check that the (installed build of go|terminal\/shell in use) is right for your cpu architecture)?/gi,
    build: (m, line, r) => {
      const shell = /terminal/i.test(m[1] ?? '');
      if (shell) {
        return textFinding(
          'shell-translated',
          'debugserver exited and `uname -m`, run by dlv, printed x86_64: the process dlv was started from (VS Code, or the terminal) runs under Rosetta, so its children start as x86_64. The Mac is Apple Silicon.',
          [line, ...hwEvidence(r)],
          [...fx.rosettaFixes(), { kind: 'manual', title: 'In a terminal, turn off "Open using Rosetta" for the terminal app (Finder > Get Info) and restart it' }],
        );
      }
      return textFinding(
        'dlv-translated',
        'dlv itself runs under Rosetta: it is an x86_64 build, installed with an Intel (darwin/amd64) Go, on an Apple Silicon Mac. Delve refuses to debug that way.',
        [line, ...hwEvidence(r), ...(r.launch.dlvToolPath ? [`dlv: ${r.launch.dlvToolPath}`] : [])],
        fx.rosettaFixes(),
      );
    },
  },
  ...stubExited,
  {
    re: /not an executable file/gi,
    build: (_m, line) =>
      textFinding(
        'target-not-executable',
        'The file Delve was asked to run is not a Mach-O executable it can load (a directory, a script, a file for another OS, or a universal binary).',
        [line],
        [{ kind: 'manual', title: 'Check "program" in launch.json: it must be a Go package directory or file (mode debug/auto), or a Mach-O executable (mode exec)' }],
      ),
  },
  {
    re: /unsupported architecture of darwin\/([\w()]+)\s*-\s*only\s+(.*?)\s*(?:is|are) supported|unsupported architecture\s*-\s*only darwin\/amd64 is supported/gi,
    build: (m, line) => {
      const cpu = lipoName(m[1] ?? 'unknown');
      const supported = m[2] ?? 'darwin/amd64';
      if (!/arm64/i.test(supported)) {
        return textFinding(
          'dlv-no-arm64-support',
          `This Delve supports only ${supported.trim()}: it predates Apple Silicon support (Delve 1.6.0).`,
          [line],
          [fx.updateDlv()],
        );
      }
      return textFinding(
        'target-arch-mismatch',
        `The program is built for ${cpu}, which Delve cannot debug on macOS (it supports ${supported.replace(/\s+/g, ' ').trim()}).`,
        [line, `target CPU: ${cpu}`],
        [{ kind: 'manual', title: 'Build the program for this Mac: remove GOARCH from launch.json env, envFile and go.toolsEnvVars' }],
      );
    },
  },
  {
    re: /native backend disabled during compilation/gi,
    build: (_m, line, r) =>
      textFinding(
        'launch-native-backend',
        'launch.json asks for `"backend": "native"`. Delve builds for macOS have no native backend (it exists only with the macnative build tag); the default backend on macOS is lldb (debugserver).',
        [line, ...(r.launch.backend ? [`launch request: backend=${r.launch.backend}`] : [])],
        [fx.removeLaunchAttribute(r.launchIndex, 'backend', '"backend": "native"')],
      ),
  },
  {
    re: /unknown backend "?([^"\s]*)"?/gi,
    build: (m, line, r) =>
      textFinding(
        'launch-unknown-backend',
        `"backend": "${m[1] ?? ''}" is not a Delve backend: use default, lldb or rr (or leave it out).`,
        [line],
        [fx.removeLaunchAttribute(r.launchIndex, 'backend', `"backend": "${m[1] ?? ''}"`)],
      ),
  },
  {
    re: /decoding dwarf section \w+ at offset 0x[0-9a-f]+:\s*too short|could not (?:read|open) debug info/gi,
    build: (_m, line) =>
      textFinding(
        'target-no-debug-info',
        'Delve found no DWARF it can read in the program: it was built stripped (-ldflags "-s -w"), or by a Go too old for this macOS.',
        [line],
        [
          { kind: 'manual', title: 'Remove -s / -w from -ldflags in buildFlags (launch.json) or GOFLAGS' },
          fx.updateGo(),
        ],
      ),
  },
  {
    // Delve ≥ 1.8 names the Go version; older releases (pkg/goversion/compat.go until 1.7) say "this version of Go".
    re: /version of delve is too old for (?:go version\s+(go[\d.]*\d\w*|\d[\d.]*\d)|this version of go)(?:\s*\(maximum supported version\s+([\d.]+))?/gi,
    build: (m, line) =>
      textFinding(
        'dlv-too-old',
        `This Delve does not know ${m[1] ? `Go ${m[1]}` : 'the Go version the program was built with'}${m[2] ? ` (it supports up to ${m[2]})` : ''}.`,
        [line, ...(m[1] ? [`Go version: ${m[1]}`] : []), ...(m[2] ? [`Delve supports up to: ${m[2]}`] : [])],
        [fx.updateDlv()],
      ),
  },
  {
    re: /(?:go version\s+(\S+?)|version of go)\s+is too old for this version of delve(?:\s*\(minimum supported version\s+([\d.]+))?/gi,
    build: (m, line) =>
      textFinding(
        'go-too-old',
        `${m[1] ? `Go ${m[1]}` : 'The Go the program was built with'} is older than this Delve supports${m[2] ? ` (minimum ${m[2]})` : ''}.`,
        [line, ...(m[1] ? [`Go version: ${m[1]}`] : [])],
        [fx.updateGo()],
      ),
  },
  {
    re: /could not launch process:\s*EOF\b/gi,
    build: (_m, line, r) =>
      lldbServerOffMac(line, r) ??
      textFinding(
        'debugserver-broken',
        'debugserver closed the connection at once. Old Command Line Tools ship a debugserver that fails this way with newer macOS or Delve versions.',
        [line],
        [{ kind: 'manual', title: 'Update the Command Line Tools (System Settings > Software Update), or reinstall them' }, fx.xcodeSelectInstall(), fx.updateDlv()],
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
        `The system refused to run ${m[1] ?? 'the program'}: it was built for another CPU or OS than this machine (exec format error). A GOARCH or GOOS override in the launch configuration, its envFile or go.toolsEnvVars does this.`,
        [line, ...(r.launch.goarch ? [`launch request: env.GOARCH=${r.launch.goarch}`] : []), ...hwEvidence(r)],
        [{ kind: 'manual', title: 'Build the program for this machine: remove GOARCH/GOOS from launch.json env, envFile and go.toolsEnvVars' }],
      ),
  },
];
