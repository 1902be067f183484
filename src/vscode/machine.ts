import * as vscode from 'vscode';
import type { DiagnoseInput } from '../core/diagnose';
import { currentEnv, liveHost } from '../core/host/live';
import { loadSnapshot } from '../core/host/snapshot';
import type { Host } from '../core/host/types';
import { findConfigIndex } from '../core/launch';
import { readConfig, readGoSettings, type SettingsView } from './config';
import { configAt, type RunTarget } from './target';
import { isTrusted } from './trust';
import { t } from '../core/i18n';
import { SNAP } from '../core/i18n/messages/snapshot';

/** A diagnosis input and what the panel should say about how it was made. */
export interface PreparedInput {
  input: DiagnoseInput;
  trusted: boolean;
  skipped: string[];
  /** The snapshot folder replayed instead of this machine, when one is configured. */
  snapshot?: string;
}

/** Keeps the same Host object while nothing about it changed, so that the probe cache (keyed by host) is reused. */
export class HostMemo {
  private last: { key: string; host: Host } | undefined;

  get(key: string, make: () => Host): Host {
    if (this.last?.key !== key) this.last = { key, host: make() };
    return this.last.host;
  }
}

/**
 * Builds the diagnosis input: the live machine, or the snapshot that `GO_LLDB_DOCTOR_SNAPSHOT` /
 * `goLldbDoctor.replaySnapshot` names (its recorded settings and launch configuration stand in for VS Code's
 * when the workspace has none). A snapshot that cannot be read or fails validation is refused: the live machine
 * is diagnosed and the report's notes say why.
 */
export function prepareInput(target: RunTarget, timeoutMs: number, memo = new HostMemo()): PreparedInput {
  const cfg = readConfig(target.folder?.uri);
  const trusted = isTrusted();
  let settings: SettingsView = readGoSettings(target.folder);
  let host: Host;
  let launch = launchOf(target);
  let workspaceFolder = target.folder?.uri.fsPath;
  const loaded = cfg.replaySnapshot ? loadSnapshot(cfg.replaySnapshot) : undefined;
  // A snapshot that is refused (unreadable, or a field that fails validation) leaves the live machine, and the
  // report says why.
  const refused = loaded && 'error' in loaded ? t(SNAP.refused, { reason: loaded.error }) : undefined;
  if (cfg.replaySnapshot && loaded && !('error' in loaded)) {
    host = memo.get(`snapshot:${cfg.replaySnapshot}:${JSON.stringify(loaded.machine)}`, () => replayWithTiming(loaded.host));
    const v = loaded.machine.vscode;
    // The recorded settings stand in for VS Code's, unless this workspace sets some of its own.
    if (v?.settings && !definesAny(settings)) settings = { effective: { ...v.settings }, byScope: { ...(v.settingsByScope ?? {}) } };
    launch ??= snapshotLaunch(v);
    // The replayed file system is the recorded machine's: its workspace folder, not this one.
    workspaceFolder = v?.workspaceFolder ?? workspaceFolder;
  } else {
    const env = currentEnv();
    const cwd = target.folder?.uri.fsPath;
    host = memo.get(`live:${cwd ?? ''}:${JSON.stringify(env)}`, () => liveHost({ cwd, env }));
  }
  const input: DiagnoseInput = {
    host,
    settings: settings.effective,
    settingsByScope: settings.byScope,
    trusted,
    timeoutMs,
    ...(workspaceFolder ? { workspaceFolder } : {}),
    ...(launch ? { launch } : {}),
    ...(refused ? { notes: [refused] } : {}),
  };
  return { input, trusted, skipped: refused ? [refused] : [], ...(cfg.replaySnapshot && !refused ? { snapshot: cfg.replaySnapshot } : {}) };
}

/**
 * A snapshot records a command that hung as `error: "ETIMEDOUT"`; replayed, it hangs again until the probe's
 * timeout, so that the preflight's budget meets the recorded machine's timing (not an instant answer).
 */
function replayWithTiming(host: Host): Host {
  const run: Host['run'] = async (argv, options) => {
    const r = await host.run(argv, options);
    if (r.error === 'ETIMEDOUT' && options?.timeoutMs) await new Promise((ok) => setTimeout(ok, Math.min(options.timeoutMs ?? 0, 30_000)));
    return r;
  };
  return { ...host, run };
}

function definesAny(view: SettingsView): boolean {
  return Object.values(view.byScope).some((m) => m && Object.keys(m).some((k) => k.startsWith('go.')));
}

type LaunchInput = NonNullable<DiagnoseInput['launch']>;

function launchOf(target: RunTarget): LaunchInput | undefined {
  if (!target.config) return undefined;
  return {
    config: target.config,
    ...(target.configIndex !== undefined ? { index: target.configIndex } : {}),
    ...(target.launchText !== undefined ? { launchJsonText: target.launchText } : {}),
  };
}

function snapshotLaunch(v: { launch?: Record<string, unknown>; launchJson?: string; launchConfigName?: string } | undefined): LaunchInput | undefined {
  if (v?.launchJson && v.launchConfigName) {
    const index = findConfigIndex(v.launchJson, v.launchConfigName);
    const config = index !== undefined ? configAt(v.launchJson, index) : undefined;
    if (config && index !== undefined) return { config, index, launchJsonText: v.launchJson };
  }
  return v?.launch ? { config: v.launch, index: 0 } : undefined;
}

/** The workspace folder a command is about: the active editor's, else the first. */
export function activeFolder(): vscode.WorkspaceFolder | undefined {
  const uri = vscode.window.activeTextEditor?.document.uri;
  return (uri && vscode.workspace.getWorkspaceFolder(uri)) ?? vscode.workspace.workspaceFolders?.[0];
}
