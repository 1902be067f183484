/**
 * What a diagnosis starts from (the host, the folder, the settings and the launch configuration) and the Machine model
 * probed from it: diagnose() runs the platform's rules over that model; the probes' unit tests read the model whole.
 */
import type { Host } from './host/types';
import { DiagnosisCache } from './probe/cache';
import { probeOf } from './machines';
import type { ProbeInput } from './probe/input';
import type { Machine } from './probe/machine';
import type { GoSettings, SettingsByScope } from './probe/settings';

export interface DiagnoseInput {
  host: Host;
  workspaceFolder?: string;
  settings?: GoSettings;
  settingsByScope?: { user?: GoSettings; workspace?: GoSettings; workspaceFolder?: GoSettings };
  launch?: { config: Record<string, unknown>; index?: number; launchJsonText?: string };
  trusted?: boolean;
  timeoutMs?: number;
  /** Lines the report shows with the machine's notes (e.g. why a configured snapshot was refused). */
  notes?: string[];
  cache?: DiagnosisCache;
}

/** The cache of every diagnosis that brings none of its own (the extension's and the CLI's). */
const sharedCache = new DiagnosisCache();

/** The Machine model of an input: the probe of its host's platform, with the defaults of a diagnosis. */
export function machineOf(input: DiagnoseInput): Promise<Machine> {
  const probe: ProbeInput = {
    host: input.host,
    cache: input.cache ?? sharedCache,
    settings: input.settings ?? {},
    trusted: input.trusted ?? true,
    timeoutMs: input.timeoutMs ?? 2000,
  };
  const wf = input.workspaceFolder ?? input.host.cwd;
  if (wf) probe.workspaceFolder = wf;
  if (input.settingsByScope) probe.settingsByScope = input.settingsByScope as SettingsByScope;
  if (input.launch) probe.launch = input.launch.index === undefined ? { config: input.launch.config } : { config: input.launch.config, index: input.launch.index };
  return probeOf(input.host.platform)(probe);
}
