/**
 * Root-cause ordering: a finding that another finding explains (an amd64 Go explains an amd64 dlv; an x86_64
 * VS Code explains a translated debugserver) stays in the report, right after its cause. Causes come first,
 * ordered by severity, then by their place in the debug chain.
 */
import { SEVERITY_RANK, type Finding } from './types';
import { t } from '../i18n';
import { REPORT } from '../i18n/messages/report';

/** cause -> the findings it explains. */
const EXPLAINS: Readonly<Record<string, readonly string[]>> = {
  'vscode-translated': ['shell-translated', 'debugserver-translated', 'dlv-translated', 'liblldb-arch-mismatch', 'liblldb-dependency-arch'],
  'shell-translated': ['debugserver-translated', 'dlv-translated', 'liblldb-arch-mismatch', 'liblldb-dependency-arch'],
  'go-arch-mismatch': ['dlv-arch-mismatch', 'dlv-translated', 'dlv-bad-cpu', 'target-arch-mismatch', 'debugserver-translated'],
  'dlv-arch-mismatch': ['debugserver-translated', 'target-arch-mismatch'],
  'settings-goarch-override': ['target-arch-mismatch', 'dlv-arch-mismatch'],
  'launch-goarch-override': ['target-arch-mismatch'],
  'shell-goarch-exported': ['target-arch-mismatch'],
  'linux-goarch-override': ['target-arch-mismatch', 'launch-goarch-override'],
  'settings-alternate-dlv-invalid': ['dlv-not-found'],
  'go-not-found': ['dlv-not-found'],
  'debugserver-path-invalid': ['debugserver-arch-mismatch'],
  // What makes the stub exit before Delve connects: macOS refusing it the process, or its running translated.
  'task-for-pid-denied': ['debugserver-stub-exited', 'lldb-server-stub-exited'],
  'debugserver-translated': ['debugserver-stub-exited'],
  // Linux under user-mode emulation (QEMU, Rosetta for Linux): the kernel's CPU is not the userland's, so every
  // finding that compares a binary's or a build's CPU with the kernel's follows from it (research §1.5).
  'linux-emulated': ['go-arch-mismatch', 'dlv-arch-mismatch', 'target-arch-mismatch', 'launch-goarch-override', 'settings-goarch-override', 'shell-goarch-exported', 'linux-goarch-override'],
};

/** Chain order for causes of equal severity. */
const CHAIN = ['vscode', 'shell', 'settings', 'launch', 'go', 'dlv', 'debugserver', 'lldb-server', 'target', 'permissions', 'liblldb', 'host'];

function compare(a: Finding, b: Finding): number {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || CHAIN.indexOf(a.component) - CHAIN.indexOf(b.component);
}

export function rank(findings: readonly Finding[]): Finding[] {
  const present = new Set(findings.map((f) => f.code));
  const causeOf = (f: Finding): string | undefined => Object.keys(EXPLAINS).find((c) => c !== f.code && present.has(c) && EXPLAINS[c]?.includes(f.code));
  const sorted = [...findings].sort(compare);
  const children = new Map<string, Finding[]>();
  const roots: Finding[] = [];
  for (const f of sorted) {
    const cause = causeOf(f);
    if (cause && !explainsBack(cause, f.code, present)) {
      const title = findings.find((x) => x.code === cause)?.title ?? cause;
      const note = t(REPORT.followsFrom, { title });
      children.set(cause, [...(children.get(cause) ?? []), f.detail.endsWith(note) ? f : { ...f, detail: `${f.detail}${note}` }]);
    } else roots.push(f);
  }
  const out: Finding[] = [];
  const emitted = new Set<Finding>();
  const emit = (f: Finding): void => {
    if (emitted.has(f)) return;
    emitted.add(f);
    out.push(f);
    for (const c of children.get(f.code) ?? []) emit(c);
    children.delete(f.code);
  };
  roots.forEach(emit);
  for (const rest of children.values()) rest.forEach(emit);
  return out;
}

/** Guards against two findings explaining each other (both stay roots then). */
function explainsBack(cause: string, code: string, present: Set<string>): boolean {
  return present.has(code) && Boolean(EXPLAINS[code]?.includes(cause));
}

export function explainedBy(f: Finding, all: readonly Finding[]): string | undefined {
  const present = new Set(all.map((x) => x.code));
  return Object.keys(EXPLAINS).find((c) => c !== f.code && present.has(c) && EXPLAINS[c]?.includes(f.code));
}
