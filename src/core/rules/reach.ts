/**
 * What the launch really reaches (issue 10 items 1-2). Findings describe what happens in Delve's order
 * (GROUND_TRUTH §6, research/failure-modes.md §0): a dlv that cannot start does nothing else, a translated dlv
 * refuses at launch before it looks for debugserver. So:
 * - a debugserver that would run translated only because dlv does is dropped (fixing dlv fixes it);
 * - any other error about a link after the first one that stops the launch becomes a warning that says so;
 * - with `port` set (remote), nothing local starts: local errors become warnings, and an info finding says the
 *   remote side was not checked.
 */
import type { ComponentId, Finding } from '../report/types';
import type { Machine } from '../probe/machine';
import { t } from '../i18n';
import { RULES_DLV as D } from '../i18n/messages/rules-dlv';
import { remoteNotChecked } from '../findings/shared/remote-not-checked';

/** Codes that stop the launch at dlv: nothing after dlv runs. */
const DLV_STOPS = new Set(['dlv-not-found', 'dlv-bad-cpu', 'dlv-arch-mismatch', 'dlv-missing-lc-uuid']);
/** Links after dlv, in the order Delve reaches them. */
const AFTER_DLV: ReadonlySet<ComponentId> = new Set(['debugserver', 'lldb-server', 'target', 'liblldb', 'permissions']);
const AFTER_DLV_CODES = new Set(['debugserver-path-invalid', 'dlv-too-old-for-macos', 'settings-goarch-override', 'launch-goarch-override', 'settings-goos-override', 'launch-goos-override', 'shell-goarch-exported']);
/** Components that exist only for a local launch. */
const LOCAL: ReadonlySet<ComponentId> = new Set(['vscode', 'shell', 'go', 'dlv', 'debugserver', 'lldb-server', 'target', 'liblldb', 'permissions', 'settings']);

function after(f: Finding): boolean {
  return AFTER_DLV.has(f.component) || AFTER_DLV_CODES.has(f.code);
}

function soften(f: Finding, detail: string): Finding {
  return f.severity === 'error' ? { ...f, severity: 'warning', detail } : f;
}

export function reachable(m: Machine, findings: readonly Finding[]): Finding[] {
  if (m.launch.remote) return remote(m, findings);
  const stop = findings.find((f) => DLV_STOPS.has(f.code) && f.severity === 'error');
  if (!stop) return [...findings];
  const dlvTranslated = m.dlv.run && m.dlv.run.how !== 'native';
  return findings
    .filter((f) => !(dlvTranslated && f.code === 'debugserver-translated' && !m.host.translated))
    .map((f) => (after(f) ? soften(f, t(D.notReached, { detail: f.detail, cause: stop.title })) : f));
}

function remote(m: Machine, findings: readonly Finding[]): Finding[] {
  const r = m.launch.remote as { host: string; port: string };
  const out = findings.map((f) => (LOCAL.has(f.component) ? soften(f, t(D.remoteOnly, { detail: f.detail, host: r.host, port: r.port })) : f));
  out.push(remoteNotChecked(m, r));
  return out;
}
