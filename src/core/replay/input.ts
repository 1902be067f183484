/**
 * From a snapshot (or a workspace's launch.json / settings.json texts) to a DiagnoseInput. launch.json and
 * settings.json are JSONC; errors name the file and the place.
 */
import type { DiagnoseInput } from '../diagnose';
import type { Host } from '../host/types';
import type { GoSettings } from '../probe/settings';
import type { MachineJson } from '../snapfile/machineJson';
import { parseJsonText } from '../launch/jsonText';
import { t } from '../i18n';
import { LAUNCH_INPUT } from '../i18n/messages/launch-input';
import { pickLaunchConfig } from '../launch/configs';

export function parseSettings(text: string, file: string): { ok: true; settings: GoSettings } | { ok: false; error: string } {
  const parsed = parseJsonText(text, file, { jsonc: true });
  if (!parsed.ok) return parsed;
  if (!isObject(parsed.value)) return { ok: false, error: t(LAUNCH_INPUT.notAnObject, { place: `${file}:1:1` }) };
  return { ok: true, settings: parsed.value as GoSettings };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The DiagnoseInput a snapshot describes (its vscode section), or an error naming machine.json. */
export function inputFromMachine(host: Host, machine: MachineJson, file = 'machine.json'): { ok: true; input: DiagnoseInput } | { ok: false; error: string } {
  const v = machine.vscode ?? {};
  const input: DiagnoseInput = { host };
  if (v.workspaceFolder) input.workspaceFolder = v.workspaceFolder;
  if (v.settings) input.settings = v.settings;
  if (v.settingsByScope) input.settingsByScope = v.settingsByScope;
  if (v.launchJson !== undefined) {
    const picked = pickLaunchConfig(v.launchJson, `${file} (vscode.launchJson)`, v.launchConfigName);
    if (!picked.ok) return picked;
    input.launch = { config: picked.config, index: picked.index, launchJsonText: v.launchJson };
  } else if (v.launch) input.launch = { config: v.launch, index: 0 };
  return { ok: true, input };
}
