/**
 * Captures a machine as a snapshot folder (SNAPSHOT.md §1): runs the diagnosis through a recording host, then
 * writes machine.json (the listed env keys only, the commands that ran) and root/ (only what the probes read).
 * Works over any Host: the live machine, or a snapshot replay (which is how its round trip is tested).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { diagnose, DiagnosisCache, type DiagnoseInput } from '../diagnose';
import type { CommandResult } from '../host/types';
import { NO_RECORD } from '../host/replay';
import type { Report } from '../report/types';
import { SNAPSHOT_ENV_KEYS, SNAPSHOT_FORMAT, type MachineJson } from './machineJson';
import { recordingHost } from './recorder';
import { writeRoot } from './writeRoot';

export interface CaptureResult {
  dir: string;
  report: Report;
  files: number;
  bytes: number;
}

export async function captureSnapshot(input: DiagnoseInput, outDir: string): Promise<CaptureResult> {
  const { host, rec } = recordingHost(input.host);
  const report = await diagnose({ ...input, host, cache: new DiagnosisCache() });
  fs.mkdirSync(path.join(outDir, 'root'), { recursive: true });
  writeRoot(input.host, rec, path.join(outDir, 'root'));
  const machine = machineJson(input, rec.commands);
  fs.writeFileSync(path.join(outDir, 'machine.json'), machineText(machine));
  const { files, bytes } = sizeOf(outDir);
  return { dir: outDir, report, files, bytes };
}

function machineJson(input: DiagnoseInput, commands: CommandResult[]): MachineJson {
  const h = input.host;
  const env: Record<string, string> = {};
  for (const k of SNAPSHOT_ENV_KEYS) if (h.env[k] !== undefined) env[k] = h.env[k] as string;
  const seen = new Set<string>();
  const cmds: CommandResult[] = [];
  for (const c of commands) {
    const key = JSON.stringify(c.argv);
    if (seen.has(key) || c.error === NO_RECORD) continue;
    seen.add(key);
    cmds.push(c);
  }
  const m: MachineJson = { format: SNAPSHOT_FORMAT, platform: h.platform, processArch: h.processArch, env, commands: cmds };
  if (h.execPath) m.execPath = h.execPath;
  const vscode: NonNullable<MachineJson['vscode']> = {};
  const wf = input.workspaceFolder ?? h.cwd;
  if (wf) vscode.workspaceFolder = wf;
  if (input.settings) vscode.settings = input.settings;
  if (input.settingsByScope) vscode.settingsByScope = input.settingsByScope;
  if (input.launch?.launchJsonText !== undefined && typeof input.launch.config.name === 'string') {
    vscode.launchJson = input.launch.launchJsonText;
    vscode.launchConfigName = input.launch.config.name;
  } else if (input.launch) vscode.launch = input.launch.config;
  if (Object.keys(vscode).length > 0) m.vscode = vscode;
  return m;
}

/** Pretty JSON with each argv on one line (easier to read and to diff). */
export function machineText(machine: MachineJson): string {
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
