/**
 * debugserver / lldb-server: the stub dying before Delve connects, debugserver's banner (its architecture),
 * and what it prints when it runs translated or is refused access to the process.
 */
import type { Fix } from '../report/types';
import type { Resolved } from './context';
import type { TextRule } from './rule';
import { hwEvidence, UNKNOWN_CPU } from './rule';
import { textFinding } from './finding';
import * as fx from './fixes';

function onAppleSilicon(fixes: Fix[]): Fix[] {
  return fixes.map((f) => ({ ...f, title: `On Apple Silicon: ${f.title}` }));
}

function bannerEvidence(r: Resolved): string[] {
  const f = r.facts;
  return f.debugserverArch ? [`debugserver banner: lldb-${f.debugserverVersion ?? '?'} for ${f.debugserverArch}`] : [];
}

function stubExitedFixes(r: Resolved): { fixes: Fix[]; why: string } {
  if (r.hw === 'arm64') {
    return {
      fixes: [...fx.rosettaFixes(), ...fx.permissionFixes()],
      why: 'On Apple Silicon the usual cause is debugserver running under Rosetta, started by an Intel build of VS Code; then developer-mode permissions.',
    };
  }
  if (r.hw === 'x86_64') {
    return { fixes: fx.permissionFixes(), why: 'On an Intel Mac the usual causes are developer mode being off, the user not in the _developer group, or missing Command Line Tools.' };
  }
  return {
    fixes: [fx.whichCpu(), ...fx.permissionFixes(), ...onAppleSilicon(fx.rosettaFixes())],
    why: `On Apple Silicon the usual cause is debugserver running under Rosetta (an Intel VS Code); on Intel, permissions. ${UNKNOWN_CPU}`,
  };
}

export const stubExited: TextRule[] = [
  {
    re: /stub exited while waiting for connection(?::\s*([^\n]*))?/gi,
    build: (m, line, r) => {
      if (fx.offMac(r.platform)) return textFinding('lldb-server-stub-exited', `lldb-server exited before Delve could connect${m[1] ? ` (${m[1].trim()})` : ''}.`, [line], [fx.removeLaunchAttribute(r.launchIndex, 'backend', '"backend"')]);
      const { fixes, why } = stubExitedFixes(r);
      const status = m[1]?.trim();
      return textFinding(
        'debugserver-stub-exited',
        `debugserver started and exited before Delve could connect to it${status ? ` (${status})` : ''}. ${why}`,
        [line, ...bannerEvidence(r), ...hwEvidence(r)],
        fixes,
      );
    },
  },
  {
    re: /stub exited while attempting to connect(?::\s*([^\n]*))?/gi,
    build: (m, line, r) => {
      const status = m[1] ? ` (${m[1].trim()})` : '';
      if (fx.offMac(r.platform)) {
        return textFinding('lldb-server-stub-exited', `lldb-server exited before Delve could connect${status}.`, [line], [
          { kind: 'manual', title: 'Remove "backend": "lldb" from launch.json to use Delve\'s native backend on this OS' },
        ]);
      }
      return textFinding(
        'lldb-server-stub-exited',
        `lldb-server exited before Delve could connect${status}. Delve used lldb-server because it found no debugserver; on macOS install the Command Line Tools so that it uses debugserver.`,
        [line],
        [fx.xcodeSelectInstall()],
      );
    },
  },
];

export const DEBUGSERVER_RULES: TextRule[] = [
  {
    re: /debugserver-@(?:\(#\))?\s*PROGRAM:\s*LLDB\s+PROJECT:\s*lldb-([\w.]+)\s+for\s+(\w+)\./gi,
    build: (m, line, r) => {
      if (!/^x86_64/i.test(m[2] ?? '') || r.hw === 'x86_64') return undefined;
      const evidence = [line, `debugserver runs as ${m[2]} (lldb-${m[1]})`, ...hwEvidence(r)];
      if (r.hw === 'arm64') {
        return textFinding(
          'debugserver-translated',
          'debugserver announced itself as x86_64 on an Apple Silicon Mac: it runs under Rosetta, because the process that started it (VS Code, the terminal, or dlv) is x86_64. A translated debugserver cannot debug.',
          evidence,
          fx.rosettaFixes(),
        );
      }
      if (!r.facts.failed) return undefined;
      return textFinding(
        'debugserver-translated',
        `debugserver announced itself as x86_64 and then failed. That is normal on an Intel Mac but means it runs under Rosetta on Apple Silicon. ${UNKNOWN_CPU}`,
        evidence,
        [fx.whichCpu(), ...onAppleSilicon(fx.rosettaFixes())],
        'warning',
      );
    },
  },
  {
    re: /\(os\/kern\) invalid argument/gi,
    build: (_m, line, r) => {
      if (r.hw === 'x86_64') {
        return textFinding('debugserver-stub-exited', 'debugserver could not control the process ((os/kern) invalid argument).', [line, ...hwEvidence(r)], fx.permissionFixes());
      }
      return textFinding(
        'debugserver-translated',
        'debugserver failed with "(os/kern) invalid argument", what it prints when it runs under Rosetta on an Apple Silicon Mac (started by an x86_64 VS Code, terminal or dlv).',
        [line, ...bannerEvidence(r), ...hwEvidence(r)],
        fx.rosettaFixes(),
      );
    },
  },
  {
    re: /task_for_pid\s*\(([^)]*)\)\s*failed|failed to get the task for process\s*(\d+)?/gi,
    build: (m, line) => {
      const pid = m[2] ?? /\d+/.exec(m[1] ?? '')?.[0];
      return textFinding(
        'task-for-pid-denied',
        'macOS refused debugserver access to the process (task_for_pid). Debugging needs developer mode and membership of the _developer group; a broken Command Line Tools install does the same.',
        [line, ...(pid ? [`pid: ${pid}`] : [])],
        fx.permissionFixes(),
      );
    },
  },
];
