/**
 * `go-lldb-doctor [diagnose] [--snapshot DIR] [--launch FILE [--config NAME]] [--settings FILE] [--json|--markdown]`:
 * diagnoses this machine, or replays a snapshot. Exit 0 ok/warning, 1 error verdict, 2 could not run.
 */
import * as path from 'node:path';
import type { Io } from './io';
import { errorLine, usageError } from './io';
import { diagnose, type DiagnoseInput } from '../core/diagnose';
import { liveHost } from '../core/host/live';
import { readBounded } from '../core/io/read';
import { loadSnapshot } from '../core/replay/host';
import { inputFromMachine, parseSettings } from '../core/replay/input';
import { pickLaunchConfig } from '../core/launch/configs';
import { renderJson, renderMarkdown, renderText } from '../core/report/render';
import { t } from '../core/i18n';
import { CLI } from '../core/i18n/messages/cli';

export interface WorkspaceArgs {
  snapshot?: string;
  launch?: string;
  config?: string;
  settings?: string;
  format: 'text' | 'json' | 'markdown';
  rest: string[];
}

const VALUE_FLAGS = new Set(['--snapshot', '--launch', '--config', '--settings']);

export function parseWorkspaceArgs(args: string[]): WorkspaceArgs | string {
  const out: WorkspaceArgs = { format: 'text', rest: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    const eq = a.indexOf('=');
    const flag = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    if (VALUE_FLAGS.has(flag)) {
      const v = eq > 0 && flag !== a ? a.slice(eq + 1) : args[++i];
      if (!v) return t(CLI.needsValue, { flag });
      out[flag.slice(2) as 'snapshot' | 'launch' | 'config' | 'settings'] = v;
    } else if (a === '--json') out.format = 'json';
    else if (a === '--markdown') out.format = 'markdown';
    else if (a.startsWith('-')) return t(CLI.unknownOption, { option: a });
    else out.rest.push(a);
  }
  return out;
}

/** Through the one bounded reader: a FIFO, a device or a huge file is refused in one line. */
function readFile(file: string, kind: 'launch' | 'settings'): { ok: true; text: string } | { ok: false; error: string } {
  const r = readBounded(file, kind);
  return r.ok ? { ok: true, text: r.value } : { ok: false, error: r.message };
}

/** The DiagnoseInput the arguments describe, or a one-line error. */
export function buildInput(a: WorkspaceArgs): { ok: true; input: DiagnoseInput } | { ok: false; error: string } {
  let input: DiagnoseInput;
  if (a.snapshot) {
    const loaded = loadSnapshot(a.snapshot);
    if ('error' in loaded) return { ok: false, error: loaded.error };
    const r = inputFromMachine(loaded.host, loaded.machine, path.join(a.snapshot, 'machine.json'));
    if (!r.ok) return r;
    input = r.input;
  } else input = { host: liveHost({ cwd: process.cwd() }), workspaceFolder: process.cwd() };
  if (a.settings) {
    const read = readFile(a.settings, 'settings');
    if (!read.ok) return read;
    const s = parseSettings(read.text, a.settings);
    if (!s.ok) return s;
    input.settings = s.settings;
    delete input.settingsByScope;
  }
  if (a.launch) {
    const read = readFile(a.launch, 'launch');
    if (!read.ok) return read;
    const picked = pickLaunchConfig(read.text, a.launch, a.config);
    if (!picked.ok) return picked;
    input.launch = { config: picked.config, index: picked.index, launchJsonText: picked.text };
    if (!a.snapshot) input.workspaceFolder = path.resolve(path.dirname(a.launch), path.basename(path.dirname(a.launch)) === '.vscode' ? '..' : '.');
  } else if (a.config) {
    const text = input.launch?.launchJsonText;
    if (text === undefined) return { ok: false, error: t(CLI.configNeedsLaunch) };
    const picked = pickLaunchConfig(text, 'launch.json', a.config);
    if (!picked.ok) return picked;
    input.launch = { config: picked.config, index: picked.index, launchJsonText: text };
  }
  return { ok: true, input };
}

export async function runDiagnose(args: string[], io: Io): Promise<number> {
  const a = parseWorkspaceArgs(args);
  if (typeof a === 'string') return usageError(io, a);
  if (a.rest[0] !== undefined) return usageError(io, t(CLI.unexpectedArgument, { arg: a.rest[0] }));
  const built = buildInput(a);
  if (!built.ok) {
    errorLine(io, built.error);
    return 2;
  }
  const report = await diagnose(built.input);
  if (a.format === 'json') io.out(renderJson(report));
  else if (a.format === 'markdown') io.out(renderMarkdown(report));
  else io.out(renderText(report, { color: Boolean(io.isTTY) && !process.env.NO_COLOR }));
  return report.verdict === 'error' ? 1 : 0;
}
