import type * as vscode from 'vscode';
import { goConfigs } from '../../core/launch/configs';
import { VERDICT_RANK } from '../../core/report/types';
import type { RunResult } from '../diagnosis/doctor';
import type { DoctorServices } from '../services';
import { launchJsonUri, readTextOf, resolveTarget, type RunTarget } from '../diagnosis/target';

/**
 * Diagnoses every `go` configuration of the folder's launch.json (or the folder alone); worst first. Logs one
 * line for the whole run, naming `trigger` (what started it).
 */
export async function diagnoseFolder(s: DoctorServices, folder: vscode.WorkspaceFolder | undefined, trigger: string): Promise<RunResult[]> {
  const startedAt = Date.now();
  const text = folder ? await readTextOf(launchJsonUri(folder)) : undefined;
  const configs = text ? goConfigs(text).slice(0, 8) : [];
  const targets: RunTarget[] = configs.length
    ? await Promise.all(configs.map((c) => resolveTarget(folder, { type: 'go', request: 'launch', name: c.name })))
    : [await resolveTarget(folder, undefined)];
  const results: RunResult[] = [];
  for (const t of targets) {
    const r = await s.doctor.run(t);
    if (r) results.push(r);
  }
  results.sort((a, b) => VERDICT_RANK[a.report.verdict] - VERDICT_RANK[b.report.verdict]);
  s.doctor.logDiagnosis(trigger, results, startedAt);
  return results;
}

/**
 * Diagnoses the target's folder again (after a fix) and publishes it; the target's own configuration stays the
 * one shown. Resolves once every surface shows the new verdict; false when the diagnosis failed (logged).
 */
export async function rediagnose(s: DoctorServices, target: RunTarget, trigger: string): Promise<boolean> {
  const results = await diagnoseFolder(s, target.folder, trigger);
  const name = target.config?.name;
  const main = results.find((r) => typeof name === 'string' && r.target.config?.name === name) ?? results[0];
  if (!main) return false;
  await s.publish({ ...main, siblings: results.filter((r) => r !== main) });
  return true;
}
