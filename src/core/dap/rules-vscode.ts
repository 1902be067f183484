/**
 * The DAP wrappers around Delve's errors, vscode-go's own messages about starting dlv, and spawn errors.
 * `launch-failed`, `attach-failed`, `dlv-start-failed` and `dlv-exited` are generic: they give way (and their
 * evidence) to any more precise finding from the same text (see GENERIC_CODES in ../report/merge).
 */
import type { Fix } from '../report/types';
import type { Resolved } from './context';
import type { TextRule } from './rule';
import { hwEvidence, UNKNOWN_CPU } from './rule';
import { textFinding } from './finding';
import * as fx from './fixes';
import { sh } from '../text';

function dlvEvidence(r: Resolved): string[] {
  return r.launch.dlvToolPath ? [`dlv: ${r.launch.dlvToolPath}`] : [];
}

/** errno -86: the binary is for a CPU this Mac cannot run. Which one depends on the hardware. */
function badCpu(line: string, r: Resolved) {
  if (/could not launch process|fork\/exec/i.test(line) && !/dlv/i.test(line)) {
    return textFinding(
      'target-arch-mismatch',
      'macOS refused to run the program: it is built for a CPU this Mac cannot run.',
      [line, ...hwEvidence(r)],
      [{ kind: 'manual', title: 'Build the program for this Mac: remove GOARCH from launch.json env, envFile and go.toolsEnvVars' }],
    );
  }
  let fixes: Fix[];
  let detail: string;
  if (r.hw === 'arm64') {
    detail = 'macOS cannot run this dlv: it is an x86_64 build and Rosetta is not installed. Do not install Rosetta for it: a translated dlv refuses to debug. Install an arm64 dlv.';
    fixes = [fx.arm64Go(), fx.reinstallDlv(), fx.alternateDlv()];
  } else if (r.hw === 'x86_64') {
    detail = 'macOS cannot run this dlv: it is an arm64 build, copied or installed with an Apple Silicon Go, on an Intel Mac.';
    fixes = [
      { kind: 'manual', title: 'Install the darwin/amd64 Go toolchain (go version must end in darwin/amd64)' },
      fx.reinstallDlv(),
      { kind: 'manual', title: 'Or point go.alternateTools.dlv at an x86_64 dlv' },
    ];
  } else {
    detail = `macOS cannot run this dlv: it is built for the other CPU (errno -86, "Bad CPU type in executable"). ${UNKNOWN_CPU}`;
    fixes = [fx.whichCpu(), { kind: 'manual', title: 'Install the Go toolchain for this CPU (darwin/arm64 on Apple Silicon, darwin/amd64 on Intel)' }, fx.reinstallDlv()];
  }
  return textFinding('dlv-bad-cpu', detail, [line, ...hwEvidence(r), ...dlvEvidence(r)], fixes);
}

const installDlvFixes = (): Fix[] => [
  fx.reinstallDlv('Install dlv'),
  { kind: 'manual', title: 'Or run "Go: Install/Update Tools" from the Command Palette and select dlv' },
  { kind: 'manual', title: 'If dlv is installed elsewhere, set go.alternateTools.dlv to its absolute path' },
];

export const VSCODE_RULES: TextRule[] = [
  { re: /bad cpu type in executable|unknown system error -86|errno:?\s*-86\b|\bEBADARCH\b/gi, build: (_m, line, r) => badCpu(line, r) },
  {
    re: /cannot find delve debugger|couldn't find (\S+) at the go tools path|spawn (\S+) ENOENT/gi,
    build: (m, line, r) => {
      const missing = m[1] ?? m[2];
      if (missing && /(^|\/)go$/.test(missing)) {
        return textFinding('go-not-found', 'The go command could not be found where the tools were started.', [line], [
          { kind: 'manual', title: 'Install Go for this Mac from https://go.dev/dl/, or set go.goroot / PATH so that VS Code finds it' },
        ]);
      }
      return textFinding(
        'dlv-not-found',
        'vscode-go could not find dlv: not in go.alternateTools.dlv, GOBIN, GOPATH/bin, GOROOT/bin or PATH.',
        [line, ...(missing ? [`looked for: ${missing}`] : []), ...dlvEvidence(r)],
        installDlvFixes(),
      );
    },
  },
  {
    re: /spawn (\S+) EACCES/gi,
    build: (m, line) =>
      textFinding('dlv-not-executable', `${m[1] ?? 'dlv'} exists but cannot be executed (permission denied).`, [line], [
        { kind: 'command', title: 'Make it executable', command: m[1] ? sh`chmod +x -- ${m[1]}` : 'chmod +x <dlv>' },
        ...installDlvFixes(),
      ]),
  },
  {
    re: /couldn't start dlv dap:?|cannot launch dlv dap|failed to launch dlv:?/gi,
    build: (_m, line, r) => textFinding('dlv-start-failed', 'vscode-go could not start `dlv dap`; the lines after this message say why.', [line, ...dlvEvidence(r)], []),
  },
  {
    re: /dlv dap \((\d+)\) (?:exited with code:\s*(-?\d+)|was killed by signal:\s*(\w+))/gi,
    build: (m, line) => {
      if (m[2] === '0') return undefined;
      return textFinding('dlv-exited', `dlv dap (pid ${m[1] ?? '?'}) ${m[3] ? `was killed by ${m[3]}` : `exited with code ${m[2] ?? '?'}`} before the session could start.`, [line], []);
    },
  },
  {
    re: /build error:?\s*([^\n]*)/gi,
    build: (_m, line) =>
      textFinding('build-failed', 'go build failed before Delve could start the program; the Debug Console shows the compiler output.', [line], [
        { kind: 'manual', title: 'Fix the build error (run the same go build in a terminal to see it)' },
      ]),
  },
  {
    // Delve ≥ 1.26.1 names what it launched: `Failed to launch <program>: `, `… tests of <program>: `, `… core file <path>: `
    // (delve service/dap/server.go:1279,1365, #4264); exec mode and errors before the build keep `Failed to launch: `.
    re: /failed to launch(?!\s+dlv)(?:(?: tests of| core file)? [^\n:]+)?(?::\s*([^\n]*))?/gi,
    build: (m, line, r) =>
      textFinding('launch-failed', `Delve could not launch the program${m[1] ? `: ${m[1]}` : '.'}`, [line, ...launchEvidence(r)], []),
  },
  {
    re: /failed to attach(?::\s*([^\n]*))?|could not attach to pid\s+(\d+)/gi,
    build: (m, line, r) =>
      textFinding('attach-failed', `Delve could not attach${m[2] ? ` to pid ${m[2]}` : ''}${m[1] ? `: ${m[1]}` : '.'}`, [line], fx.offMac(r.platform) ? [fx.ptraceFix()] : fx.permissionFixes()),
  },
];

function launchEvidence(r: Resolved): string[] {
  const l = r.launch;
  const parts = [l.mode && `mode=${l.mode}`, l.backend && `backend=${l.backend}`, l.goarch && `env.GOARCH=${l.goarch}`].filter(Boolean);
  return parts.length ? [`launch request: ${parts.join(', ')}`] : [];
}
