/** The diagnosis input of a target: this machine (live) or a replayed snapshot, with VS Code's settings and launch configuration. */
import type { DiagnoseInput } from '../../core/diagnose';
import { currentEnv, liveHost } from '../../core/host/live';
import { loadSnapshot } from '../../core/replay/host';
import type { Host } from '../../core/host/types';
import { inputFromMachine } from '../../core/replay/input';
import { type SettingsView, readGoSettings } from '../config';
import { readReplaySetting } from './replaySetting';
import type { RunTarget } from './target';
import { isTrusted } from '../trust';
import { t } from '../../core/i18n';
import { SNAP } from '../../core/i18n/messages/snapshot';

/** A diagnosis input and what the panel should say about how it was made. */
export interface PreparedInput {
  input: DiagnoseInput;
  trusted: boolean;
  skipped: string[];
  /** The snapshot folder replayed instead of this machine, when one is configured (and not refused). */
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
 * Builds the diagnosis input: the live machine, or the snapshot that the setting `goLldbDoctor.replaySnapshot`
 * names (its recorded settings and launch configuration stand in for VS Code's
 * when the workspace has none). A snapshot that cannot be read, fails validation or names a launch configuration it
 * lacks is refused: the live machine is diagnosed and the report's notes say why.
 */
export function prepareInput(target: RunTarget, timeoutMs: number, memo = new HostMemo()): PreparedInput {
  const replay = readReplaySetting(target.folder?.uri);
  const cfg = { replaySnapshot: replay.path };
  const trusted = isTrusted();
  let settings: SettingsView = readGoSettings(target.folder);
  let host: Host;
  let launch = launchOf(target);
  let workspaceFolder = target.folder?.uri.fsPath;
  const loaded = cfg.replaySnapshot ? loadSnapshot(cfg.replaySnapshot) : undefined;
  // The snapshot's own launch configuration, picked as the CLI picks it (an unknown name is an error there too).
  const recorded = loaded && !('error' in loaded) ? inputFromMachine(loaded.host, loaded.machine, `${cfg.replaySnapshot}/machine.json`) : undefined;
  // A snapshot that is refused leaves the live machine, and the report says why.
  const problem = loaded && 'error' in loaded ? loaded.error : recorded && !recorded.ok ? recorded.error : undefined;
  const refused = problem !== undefined ? t(SNAP.refused, { reason: problem }) : undefined;
  if (cfg.replaySnapshot && loaded && !('error' in loaded) && recorded?.ok) {
    host = memo.get(`snapshot:${cfg.replaySnapshot}:${JSON.stringify(loaded.machine)}`, () => replayWithTiming(loaded.host));
    const v = loaded.machine.vscode;
    // The recorded settings stand in for VS Code's, unless this workspace sets some of its own.
    if (v?.settings && !definesAny(settings)) settings = { effective: { ...v.settings }, byScope: { ...(v.settingsByScope ?? {}) } };
    launch ??= recorded.input.launch;
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
  };
  const notes = [refused, replay.ignoredNotice].filter((n): n is string => n !== undefined);
  if (notes.length > 0) input.notes = notes;
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
