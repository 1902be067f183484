/**
 * machine.json of a snapshot (SNAPSHOT.md §1): its type and a validating reader whose errors name the file and
 * the place (`machine.json:12:5: …`). A reader refuses an unknown major format version.
 */
import type { CommandResult } from '../io/run';
import type { GoSettings, SettingsByScope } from './settings';
import { parseJsonText, placeOf } from '../launch/jsonText';
import { longPathField, MAX_COMPONENT_BYTES } from './pathFields';
import { t } from '../i18n';
import { SNAP } from '../i18n/messages/snapshot';

export const SNAPSHOT_FORMAT = 'go-lldb-doctor-snapshot/1';


interface MachineVscode {
  workspaceFolder?: string;
  settings?: GoSettings;
  settingsByScope?: SettingsByScope;
  launch?: Record<string, unknown>;
  launchJson?: string;
  launchConfigName?: string;
}

export interface MachineJson {
  format: string;
  platform: string;
  processArch: string;
  execPath?: string;
  env: Record<string, string>;
  commands: CommandResult[];
  vscode?: MachineVscode;
  /** The kind of each text file under root/ (its machine path → kind): what of it the allow-list kept (SNAPSHOT.md §1). */
  kept?: Record<string, string>;
}

export type MachineRead = { ok: true; machine: MachineJson } | { ok: false; error: string };

export function readMachineJson(text: string, file: string): MachineRead {
  const parsed = parseJsonText(text, file, { jsonc: false });
  if (!parsed.ok) return parsed;
  const problem = check(parsed.value);
  if (problem) return { ok: false, error: t(SNAP.problemAt, { place: placeOf(text, file, problem.path), message: problem.message }) };
  return { ok: true, machine: parsed.value as MachineJson };
}

interface Problem {
  path: (string | number)[];
  message: string;
}

function check(v: unknown): Problem | undefined {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return { path: [], message: t(SNAP.expectedObject) };
  const m = v as Record<string, unknown>;
  if (typeof m.format !== 'string') return { path: ['format'], message: t(SNAP.formatMust, { format: SNAPSHOT_FORMAT }) };
  const major = /^go-lldb-doctor-snapshot\/(\d+)(?:\.\d+)*$/.exec(m.format)?.[1];
  if (major !== '1') return { path: ['format'], message: t(SNAP.formatUnknown, { format: m.format, expected: SNAPSHOT_FORMAT }) };
  if (typeof m.platform !== 'string') return { path: ['platform'], message: t(SNAP.platformMust) };
  if (typeof m.processArch !== 'string') return { path: ['processArch'], message: t(SNAP.processArchMust) };
  if (m.execPath !== undefined && typeof m.execPath !== 'string') return { path: ['execPath'], message: t(SNAP.mustBeString, { field: '"execPath"' }) };
  const env = m.env ?? {};
  if (typeof env !== 'object' || Array.isArray(env)) return { path: ['env'], message: t(SNAP.envMust) };
  for (const [k, x] of Object.entries(env as Record<string, unknown>)) {
    if (typeof x !== 'string') return { path: ['env', k], message: t(SNAP.mustBeString, { field: `env.${k}` }) };
  }
  m.env = env;
  return checkCommands(m) ?? checkVscode(m.vscode) ?? longPathProblem(m);
}

function longPathProblem(m: Record<string, unknown>): Problem | undefined {
  const long = longPathField(m);
  return long ? { path: long.at, message: t(SNAP.nameTooLong, { field: long.field, max: MAX_COMPONENT_BYTES }) } : undefined;
}

const RESULT_FIELDS: [keyof CommandResult, 'string' | 'integer'][] = [['exitCode', 'integer'], ['stdout', 'string'], ['stderr', 'string'], ['error', 'string'], ['signal', 'string']];

function checkCommand(c: unknown, i: number): Problem | undefined {
  if (!c || typeof c !== 'object' || Array.isArray(c)) return { path: ['commands', i], message: t(SNAP.mustBeObject, { field: `commands[${i}]` }) };
  const argv = (c as { argv?: unknown }).argv;
  if (!Array.isArray(argv) || argv.length === 0 || argv.some((a) => typeof a !== 'string')) {
    return { path: ['commands', i, 'argv'], message: t(SNAP.argvMust, { field: `commands[${i}].argv` }) };
  }
  const r = c as Record<string, unknown>;
  for (const [key, type] of RESULT_FIELDS) {
    const v = r[key];
    if (v === undefined) continue;
    const ok = type === 'string' ? typeof v === 'string' : Number.isSafeInteger(v);
    if (!ok) return { path: ['commands', i, key], message: t(type === 'string' ? SNAP.mustBeString : SNAP.mustBeInteger, { field: `commands[${i}].${key}` }) };
  }
  if (r.exitCode === undefined && r.error === undefined && r.signal === undefined) {
    return { path: ['commands', i], message: t(SNAP.commandNeedsResult, { field: `commands[${i}]` }) };
  }
  return undefined;
}

function checkCommands(m: Record<string, unknown>): Problem | undefined {
  const cmds = m.commands ?? [];
  if (!Array.isArray(cmds)) return { path: ['commands'], message: t(SNAP.mustBeArray, { field: '"commands"' }) };
  m.commands = cmds;
  for (const [i, c] of cmds.entries()) {
    const problem = checkCommand(c, i);
    if (problem) return problem;
  }
  return undefined;
}

function checkVscode(v: unknown): Problem | undefined {
  if (v === undefined) return undefined;
  if (!v || typeof v !== 'object' || Array.isArray(v)) return { path: ['vscode'], message: t(SNAP.mustBeObject, { field: '"vscode"' }) };
  const o = v as Record<string, unknown>;
  for (const key of ['settings', 'launch', 'settingsByScope'] as const) {
    const x = o[key];
    if (x !== undefined && (typeof x !== 'object' || x === null || Array.isArray(x))) {
      return { path: ['vscode', key], message: t(SNAP.mustBeObject, { field: `vscode.${key}` }) };
    }
  }
  for (const key of ['workspaceFolder', 'launchJson', 'launchConfigName'] as const) {
    if (o[key] !== undefined && typeof o[key] !== 'string') return { path: ['vscode', key], message: t(SNAP.mustBeString, { field: `vscode.${key}` }) };
  }
  const scopes = (o.settingsByScope ?? {}) as Record<string, unknown>;
  for (const [scope, x] of Object.entries(scopes)) {
    if (x !== undefined && (typeof x !== 'object' || x === null || Array.isArray(x))) return { path: ['vscode', 'settingsByScope', scope], message: t(SNAP.mustBeObject, { field: `vscode.settingsByScope.${scope}` }) };
  }
  return undefined;
}
