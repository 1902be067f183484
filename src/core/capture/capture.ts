/**
 * Captures a machine as a snapshot folder (SNAPSHOT.md §1): runs the diagnosis through a recording host, then
 * writes machine.json (the listed env keys only, the commands that ran, settings and launch reduced to what the
 * diagnosis reads: see ./redact.ts) and root/ (only what the probes read), all through the one confined writer.
 * Works over any Host: the live machine, or a snapshot replay (which is how its round trip is tested).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { diagnose, DiagnosisCache, type DiagnoseInput } from '../diagnose';
import type { CommandResult } from '../host/types';
import { NO_RECORD } from '../replay/commands';
import type { Report } from '../report/types';
import { SNAPSHOT_FORMAT, type MachineJson } from '../snapfile/machineJson';
import { recordingHost } from './recorder';
import { writeRoot } from './writeRoot';
import { keptCommand, keptEnv, keptLaunch, keptLaunchJson, keptSettings, keptSettingsByScope } from './redact';
import { ConfinedWriter, outRefusal, WriteError } from '../io/write';
import { t } from '../i18n';
import { IO } from '../i18n/messages/io';

export interface CaptureResult {
  dir: string;
  report: Report;
  files: number;
  bytes: number;
  /** The snapshot as written (what the summary shows the user). */
  machine: MachineJson;
  /** Writes refused because a symlink or file stood in the way (one line each). */
  refused: string[];
}

/**
 * Captures into `outDir`, which must not exist or be an empty folder. Throws a WriteError (one-line message) when
 * it is a file or a folder that holds something, or when the OS refuses a write.
 */
export async function captureSnapshot(input: DiagnoseInput, outDir: string): Promise<CaptureResult> {
  const refusal = outRefusal(outDir);
  if (refusal) throw new WriteError(refusal, 'ENOTEMPTY');
  const { host, rec } = recordingHost(input.host);
  const report = await diagnose({ ...input, host, cache: new DiagnosisCache() });
  try {
    fs.mkdirSync(outDir, { recursive: true });
  } catch (e) {
    throw new WriteError(t(IO.cannotWrite, { path: outDir, code: (e as NodeJS.ErrnoException).code ?? 'EIO' }), 'EIO');
  }
  const out = new ConfinedWriter(outDir);
  out.mkdir('/root');
  const { refused, kinds } = writeRoot(input.host, rec, out.place('/root'));
  const machine = machineJson(input, rec.commands);
  if (Object.keys(kinds).length > 0) machine.kept = kinds;
  out.writeFile('/machine.json', machineText(machine));
  const { files, bytes } = sizeOf(outDir);
  return { dir: outDir, report, files, bytes, machine, refused };
}

function machineJson(input: DiagnoseInput, commands: CommandResult[]): MachineJson {
  const h = input.host;
  const env = keptEnv(h.env);
  const seen = new Set<string>();
  const cmds: CommandResult[] = [];
  for (const c of commands) {
    const key = JSON.stringify(c.argv);
    if (seen.has(key) || c.error === NO_RECORD) continue;
    seen.add(key);
    cmds.push(keptCommand(c));
  }
  const m: MachineJson = { format: SNAPSHOT_FORMAT, platform: h.platform, processArch: h.processArch, env, commands: cmds };
  if (h.execPath) m.execPath = h.execPath;
  const vscode: NonNullable<MachineJson['vscode']> = {};
  const wf = input.workspaceFolder ?? h.cwd;
  if (wf) vscode.workspaceFolder = wf;
  if (input.settings) vscode.settings = keptSettings(input.settings);
  if (input.settingsByScope) vscode.settingsByScope = keptSettingsByScope(input.settingsByScope);
  const launchJson = input.launch?.launchJsonText !== undefined ? keptLaunchJson(input.launch.launchJsonText) : undefined;
  if (launchJson !== undefined && typeof input.launch?.config.name === 'string') {
    vscode.launchJson = launchJson;
    vscode.launchConfigName = input.launch.config.name;
  } else if (input.launch) vscode.launch = keptLaunch(input.launch.config);
  if (Object.keys(vscode).length > 0) m.vscode = vscode;
  return m;
}

/** Pretty JSON with each argv on one line (easier to read and to diff). */
function machineText(machine: MachineJson): string {
  return JSON.stringify(machine, null, 2).replace(/"argv": \[[^\]]*\]/g, (m) => {
    try {
      return `"argv": ${JSON.stringify(JSON.parse(m.slice('"argv": '.length)))}`;
    } catch {
      return m;
    }
  }) + '\n';
}

function sizeOf(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) {
        files++;
        bytes += fs.statSync(p).size;
      }
    }
  };
  walk(dir);
  return { files, bytes };
}
