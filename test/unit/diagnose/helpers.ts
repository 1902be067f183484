import * as fs from 'node:fs';
import * as path from 'node:path';
import { diagnose, DiagnosisCache, type DiagnoseInput } from '../../../src/core/diagnose';
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
