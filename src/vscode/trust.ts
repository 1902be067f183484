import * as vscode from 'vscode';
import type { SettingsView } from './config';
import { S } from './strings';

export function isTrusted(): boolean {
  return vscode.workspace.isTrusted;
}

/** Settings whose values name binaries the probes would otherwise run (`<go> env -json`, `<dlv> version`). */
const BINARY_SETTINGS: { key: string; sub?: string; what: (v: string) => string }[] = [
  { key: 'go.alternateTools', sub: 'go', what: (v) => `${v} env -json` },
  { key: 'go.alternateTools', sub: 'dlv', what: (v) => `${v} version` },
  { key: 'go.goroot', what: (v) => `${v}/bin/go env -json` },
  { key: 'go.toolsGopath', what: (v) => `${v}/bin/dlv version` },
];

/**
 * What the diagnosis does not run because the workspace is untrusted: every binary that a workspace or folder
 * setting names (their Mach-O headers are still read). Empty in a trusted workspace.
 */
export function skippedByTrust(settings: SettingsView, trusted: boolean): string[] {
  if (trusted) return [];
  const out: string[] = [];
  for (const scope of ['workspace', 'workspaceFolder'] as const) {
    const values = settings.byScope[scope];
    if (!values) continue;
    for (const b of BINARY_SETTINGS) {
      const v = b.sub ? (values[b.key] as Record<string, unknown> | undefined)?.[b.sub] : values[b.key];
      if (typeof v === 'string' && v !== '') out.push(S.untrustedSkipped(`${b.what(v)} (${b.key}${b.sub ? `.${b.sub}` : ''})`));
    }
  }
  return out;
}
