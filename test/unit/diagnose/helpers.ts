import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { type DiagnoseInput, DiagnosisCache, diagnose } from '../../../src/core/diagnose';
import { machineOf } from '../../../src/core/diagnoseInput';
import type { DarwinMachine, LinuxMachine } from '../../../src/core/probe/machine';
import { loadSnapshot } from '../../../src/core/replay/host';
import { inputFromMachine } from '../../../src/core/replay/input';
import type { Report } from '../../../src/core/report/types';

export const REPO = path.resolve(__dirname, '../../../..');
export const SNAPSHOTS = path.join(REPO, 'test/fixtures/snapshots');

export function scenarioNames(): string[] {
  return fs.readdirSync(SNAPSHOTS).filter((n) => fs.existsSync(path.join(SNAPSHOTS, n, 'machine.json'))).sort();
}

export function inputOf(dir: string): DiagnoseInput {
  const loaded = loadSnapshot(dir);
  if ('error' in loaded) throw new Error(loaded.error);
  const r = inputFromMachine(loaded.host, loaded.machine);
  if (!r.ok) throw new Error(r.error);
  return r.input;
}

export function diagnoseDir(dir: string, extra: Partial<DiagnoseInput> = {}): Promise<Report> {
  return diagnose({ ...inputOf(dir), cache: new DiagnosisCache(), ...extra });
}

export function diagnoseScenario(name: string): Promise<Report> {
  return diagnoseDir(path.join(SNAPSHOTS, name));
}

/** The Machine model of a replayed Mac, with its platform's type (a macOS rule takes only a Mac's machine). */
export async function darwinMachine(input: DiagnoseInput): Promise<DarwinMachine> {
  const m = await machineOf(input);
  assert.ok(m.platform === 'darwin', `a Mac's machine, not ${m.platform}'s`);
  return m;
}

/** The Machine model of a Linux host (a replayed container or this one), with its platform's type. */
export async function linuxMachine(input: DiagnoseInput): Promise<LinuxMachine> {
  const m = await machineOf(input);
  assert.ok(m.platform === 'linux' && m.linux, `a Linux machine, not ${m.platform}'s`);
  return m;
}
