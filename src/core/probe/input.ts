/** What every platform's probe of the machine takes (platforms.ts picks the probe; probe/darwin, probe/linux). */
import type { Host } from '../host/types';
import type { DiagnosisCache } from './cache';
import type { GoSettings, SettingsByScope } from './settings';

export interface ProbeInput {
  host: Host;
  cache: DiagnosisCache;
  workspaceFolder?: string;
  settings: GoSettings;
  settingsByScope?: SettingsByScope;
  launch?: { config: Record<string, unknown>; index?: number };
  trusted: boolean;
  timeoutMs: number;
}
