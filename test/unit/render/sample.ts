import type { Report } from '../../../src/core/report/types';

/** A report in the shape of SNAPSHOT.md §2, with text that needs escaping. */
export function sampleReport(): Report {
  return {
    format: 'go-lldb-doctor-report/1',
    verdict: 'error',
    host: { platform: 'darwin', hardwareArch: 'arm64', processArch: 'x64', translated: true, osVersion: '14.5' },
    components: [
      { id: 'liblldb', path: '/opt/homebrew/opt/llvm/lib/liblldb.dylib', archs: ['arm64'], status: 'ok', command: 'lipo -archs /opt/homebrew/opt/llvm/lib/liblldb.dylib' },
      { id: 'dlv', path: '/Users/dev/go/bin/dl|v`x', archs: ['x86_64'], status: 'mismatch', version: '1.22.1' },
    ],
    findings: [
      {
        code: 'vscode-translated',
        severity: 'error',
        component: 'vscode',
        title: 'VS Code runs under Rosetta',
        detail: 'The extension host is x64 on an arm64 Mac <b>|</b>.',
        evidence: ['sysctl.proc_translated = 1', 'a ``` fence inside'],
        fixes: [
          { title: 'Install the Apple Silicon build of VS Code', kind: 'manual' },
          { title: 'Run dlv as arm64', kind: 'edit', edit: { file: 'settings.json', path: ['go.alternateTools', 'dlv'], value: '/Users/dev/go/bin/dlv-arm64', scope: 'user' } },
          { title: 'Enable developer mode', kind: 'command', command: 'sudo DevToolsSecurity -enable' },
        ],
      },
      { code: 'liblldb-mixed', severity: 'info', component: 'liblldb', title: 'Homebrew LLVM and the system LLDB are both present', detail: 'Both.', evidence: ['x'], fixes: [] },
    ],
  };
}
