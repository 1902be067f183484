/**
 * The launch configurations of a launch.json text (JSONC), as written: the one lookup by name or index that the
 * CLI, a snapshot's replay, the VS Code layer (the diagnosis target, the fix plan, the folder picker, the
 * self-test) and the Problems anchors use. A configuration is an object of `configurations`; the first one named
 * `name` wins (VS Code's own choice for duplicated names). Pure.
 */
import { t } from '../i18n';
import { LAUNCH_INPUT } from '../i18n/messages/launch-input';
import { parseJsonc } from './jsonc';
import { parseJsonText, placeOf } from './jsonText';

type Config = Record<string, unknown>;

function isObject(v: unknown): v is Config {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The `configurations` array of a parsed launch.json, or undefined. */
function configurationsOf(value: unknown): unknown[] | undefined {
  const configs = isObject(value) ? value.configurations : undefined;
  return Array.isArray(configs) ? configs : undefined;
}

/** Index of the first configuration (named `name` when given), or -1. */
function indexIn(configs: readonly unknown[], name?: string): number {
  return configs.findIndex((c) => isObject(c) && (name === undefined || c.name === name));
}

/** Names and indexes of the `go` configurations of a launch.json text; none when it does not parse. */
export function goConfigs(text: string): { name: string; index: number }[] {
  const configs = configurationsOf(parseJsonc(text).value) ?? [];
  const out: { name: string; index: number }[] = [];
  configs.forEach((c, index) => {
    if (isObject(c) && c.type === 'go' && typeof c.name === 'string') out.push({ name: c.name, index });
  });
  return out;
}

/** Index of the configuration named `name` in launch.json's `configurations`, or undefined. */
export function findConfigIndex(launchText: string, name: string): number | undefined {
  const configs = configurationsOf(parseJsonc(launchText).value);
  const i = configs ? indexIn(configs, name) : -1;
  return i >= 0 ? i : undefined;
}

export type Picked = { ok: true; config: Config; index: number; text: string } | { ok: false; error: string };

/** The configuration named `name` (or the first one) of a launch.json text, or an error naming `file` and the place. */
export function pickLaunchConfig(text: string, file: string, name?: string): Picked {
  const parsed = parseJsonText(text, file, { jsonc: true });
  if (!parsed.ok) return parsed;
  const configs = configurationsOf(parsed.value);
  const place = (): string => placeOf(text, file, ['configurations']);
  if (!configs) return { ok: false, error: t(LAUNCH_INPUT.noConfigurationsArray, { place: place() }) };
  const index = indexIn(configs, name);
  const config = configs[index];
  if (index < 0 || !isObject(config)) {
    return { ok: false, error: name === undefined ? t(LAUNCH_INPUT.noConfiguration, { place: place() }) : t(LAUNCH_INPUT.noConfigurationNamed, { place: place(), name }) };
  }
  return { ok: true, config, index, text };
}
