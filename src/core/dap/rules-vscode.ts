/**
 * The DAP wrappers around Delve's errors, vscode-go's own messages about starting dlv, and spawn errors.
 * `launch-failed`, `attach-failed`, `dlv-start-failed` and `dlv-exited` are generic: they give way (and their
 * evidence) to any more precise finding from the same text (see GENERIC_CODES in ../findings/registry, used by ../findings/merge).
 */
import { t } from '../i18n';
import { DAP_VSCODE as V } from '../i18n/messages/dap-vscode';
import { DAP_DELVE } from '../i18n/messages/dap-delve';
import type { Fix } from '../report/types';
import type { Resolved } from './context';
import type { TextRule } from './rule';
import { hwEvidence, unknownCpu } from './rule';
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
      t(V.programBadCpu),
      [line, ...hwEvidence(r)],
      [{ kind: 'manual', title: t(DAP_DELVE.buildForMac) }],
    );
  }
  let fixes: Fix[];
  let detail: string;
  if (r.hw === 'arm64') {
    detail = t(V.dlvX86NoRosetta);
    fixes = [fx.arm64Go(), fx.reinstallDlv(), fx.alternateDlv()];
  } else if (r.hw === 'x86_64') {
    detail = t(V.dlvArmOnIntel);
    fixes = [
      { kind: 'manual', title: t(V.amd64Go) },
      fx.reinstallDlv(),
      { kind: 'manual', title: t(V.x86Dlv) },
    ];
  } else {
    detail = t(V.dlvOtherCpu, { unknown: unknownCpu() });
    fixes = [fx.whichCpu(), { kind: 'manual', title: t(V.goForCpu) }, fx.reinstallDlv()];
  }
  return textFinding('dlv-bad-cpu', detail, [line, ...hwEvidence(r), ...dlvEvidence(r)], fixes);
}

const installDlvFixes = (): Fix[] => [
  fx.reinstallDlv(t(V.installDlv)),
  { kind: 'manual', title: t(V.installTools) },
  { kind: 'manual', title: t(V.setAlternate) },
];

export const VSCODE_RULES: TextRule[] = [
  { re: /bad cpu type in executable|unknown system error -86|errno:?\s*-86\b|\bEBADARCH\b/gi, build: (_m, line, r) => badCpu(line, r) },
  {
    re: /cannot find delve debugger|couldn't find (\S+) at the go tools path|spawn (\S+) ENOENT/gi,
    build: (m, line, r) => {
      const missing = m[1] ?? m[2];
      if (missing && /(?:^|\/)go$/.test(missing)) {
        return textFinding('go-not-found', t(V.goNotFound), [line], [
          { kind: 'manual', title: t(V.installGo) },
        ]);
      }
      return textFinding(
        'dlv-not-found',
        t(V.dlvNotFound),
        [line, ...(missing ? [`looked for: ${missing}`] : []), ...dlvEvidence(r)],
        installDlvFixes(),
      );
    },
  },
  {
    re: /spawn (\S+) EACCES/gi,
    build: (m, line) =>
      textFinding('dlv-not-executable', t(V.notExecutable, { path: m[1] ?? 'dlv' }), [line], [
        { kind: 'command', title: t(V.makeExecutable), command: m[1] ? sh`chmod +x -- ${m[1]}` : 'chmod +x <dlv>' },
        ...installDlvFixes(),
      ]),
  },
  {
    re: /couldn't start dlv dap:?|cannot launch dlv dap|failed to launch dlv:?/gi,
    build: (_m, line, r) => textFinding('dlv-start-failed', t(V.startFailed), [line, ...dlvEvidence(r)], []),
  },
  {
    re: /dlv dap \((\d+)\) (?:exited with code:\s*(-?\d+)|was killed by signal:\s*(\w+))/gi,
    build: (m, line) => {
      if (m[2] === '0') return undefined;
      return textFinding('dlv-exited', t(m[3] ? V.dlvKilled : V.dlvExited, { pid: m[1] ?? '?', signal: m[3] ?? '', code: m[2] ?? '?' }), [line], []);
    },
  },
  {
    // Delve's output event `Build Error: <go build command>\n<compiler output> (exit status N)` and the response
    // `Build error: Check the debug console for details.` (service/dap/server.go:1014,1021): the compiler's lines,
    // when they are beside it, are the evidence and the detail (issue 20 item 10).
    re: /build error:?([^\n]*)((?:\n[^\n]+){0,12})/gi,
    build: (m, line) => {
      const output = compilerLines(m[2] ?? '');
      const detail = output[0] ? t(V.buildFailedWhy, { error: output[0] }) : t(V.buildFailed);
      return textFinding('build-failed', detail, [line, ...output], [{ kind: 'manual', title: t(V.fixBuild) }]);
    },
  },
  {
    // Delve ≥ 1.26.1 names what it launched: `Failed to launch <program>: `, `… tests of <program>: `, `… core file <path>: `
    // (delve service/dap/server.go:1279,1365, #4264); exec mode and errors before the build keep `Failed to launch: `.
    re: /failed to launch(?!\s+dlv)(?:(?: tests of| core file)? [^\n:]+)?(?::\s*([^\n]*))?/gi,
    build: (m, line, r) =>
      // `Failed to launch: Build error: …` is the build's failure (build-failed), not a generic one on dlv.
      /^build error\b/i.test(m[1] ?? '') ? undefined : textFinding('launch-failed', m[1] ? t(V.launchFailedWhy, { why: m[1] }) : t(V.launchFailed), [line, ...launchEvidence(r)], []),
  },
  {
    re: /failed to attach(?::\s*([^\n]*))?|could not attach to pid\s+(\d+)/gi,
    build: (m, line, r) =>
      textFinding('attach-failed', t(m[1] ? V.attachFailedWhy : V.attachFailed, { pid: m[2] ? t(V.toPid, { pid: m[2] }) : '', why: m[1] ?? '' }), [line], fx.offMac(r.platform) ? [fx.ptraceFix()] : fx.permissionFixes()),
  },
];

/** The compiler's own lines after a Build Error (`./main.go:3:15: undefined: x`, `# pkg`), not Delve's next messages. */
function compilerLines(after: string): string[] {
  const out: string[] = [];
  for (const raw of after.split('\n')) {
    const l = raw.trim();
    if (!l) continue;
    if (/^(?:failed to launch|build error)\b/i.test(l)) break;
    if (l.startsWith('#')) continue;
    // Go's closing `(exit status N)` dropped; found by lastIndexOf, not by a `\s*…$` regex (quadratic on spaces).
    const cut = l.lastIndexOf('(exit status ');
    out.push(cut >= 0 && /^\(exit status \d+\)$/.test(l.slice(cut)) ? l.slice(0, cut).trimEnd() : l);
  }
  return out.slice(0, 8);
}

function launchEvidence(r: Resolved): string[] {
  const l = r.launch;
  const parts = [l.mode && `mode=${l.mode}`, l.backend && `backend=${l.backend}`, l.goarch && `env.GOARCH=${l.goarch}`].filter(Boolean);
  return parts.length ? [`launch request: ${parts.join(', ')}`] : [];
}
