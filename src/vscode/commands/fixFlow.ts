/**
 * One path for every fix, whichever surface it was pressed on (the panel, the lightbulb, Problems): plan on
 * the current text, apply, and when something changed diagnose again so that the panel, Problems and the status
 * bar show the new verdict without a manual re-run.
 */
import * as vscode from 'vscode';
import { t } from '../../core/i18n';
import { FIXES } from '../../core/i18n/messages/fixes';
import type { Fix } from '../../core/report/types';
import { applyPlan, saveAndSettle, type FixOutcome } from '../fixes/applyFix';
import { rediagnose } from './diagnoseFolder';
import { planFix } from '../fixes/fixPlan';
import type { DoctorServices } from '../services';
import { S } from '../strings';
import type { RunTarget } from '../diagnosis/target';

/** Plans, applies and, when the fix changed something, diagnoses again before resolving. */
export async function fixAndRefresh(s: DoctorServices, fix: Fix, target: RunTarget): Promise<FixOutcome> {
  const outcome = await applyPlan(await planFix(fix, target), S.terminalName(), s.log);
  if (outcome.status === 'refused') s.log.warn(`fix "${fix.title}" not applied: ${outcome.reason}`);
  else s.log.info(`fix "${fix.title}": ${outcome.status}`);
  if (outcome.status === 'applied') await refresh(s, target, `fix "${fix.title}"`);
  return outcome;
}

/**
 * After VS Code applied a quick fix's edit itself (lightbulb, Problems): save the file as the panel's fix does
 * (when it had no unsaved changes before, and without format on save), then diagnose again.
 */
export async function afterQuickFixEdit(s: DoctorServices, edited: { uri: vscode.Uri; section: string; wasDirty: boolean }, target: RunTarget): Promise<void> {
  const { uri, section, wasDirty } = edited;
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  s.log.info(`quick fix applied to ${uri.toString()}`);
  if (doc?.isDirty && !wasDirty && !(await saveAndSettle(doc, section, s.log))) s.log.warn(`quick fix: ${uri.toString()} was changed but not saved`);
  await refresh(s, target, 'quick fix');
}

async function refresh(s: DoctorServices, target: RunTarget, trigger: string): Promise<void> {
  if (!(await rediagnose(s, target, trigger))) s.log.warn(t(FIXES.diagnoseNoResult));
}
