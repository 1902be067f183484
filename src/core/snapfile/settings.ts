/**
 * The VS Code settings a diagnosis reads, as the extension hands them in and as machine.json records them
 * (SNAPSHOT.md §1 `vscode.settings`). Below both the probes and the snapshot reader, so neither imports the other.
 */
import type { SettingsScope } from '../report/types';

export interface GoSettings {
  'go.toolsEnvVars'?: Record<string, string> | null;
  'go.alternateTools'?: Record<string, string> | null;
  'go.toolsGopath'?: string | null;
  'go.goroot'?: string | null;
  'go.gopath'?: string | null;
  'go.delveConfig'?: Record<string, unknown> | null;
  'goLldbDoctor.lldbPaths'?: string[] | null;
  [key: string]: unknown;
}

export type SettingsByScope = Partial<Record<SettingsScope, GoSettings>>;
