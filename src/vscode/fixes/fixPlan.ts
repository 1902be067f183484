/**
 * What applying a fix would do, worked out from text without side effects: no document is opened (that would
 * wake the edit follower and other extensions), nothing is written. launch.json and the workspace's settings
 * files are read as the open buffer (saved or not) or the disk; the edit is planned by core/launch as minimal
 * text edits, so comments and formatting outside the changed node stay as they are.
 */
import { t } from '../../core/i18n';
import { FIXES } from '../../core/i18n/messages/fixes';
import { parseJsonc } from '../../core/launch';
import type { EditFix, Fix } from '../../core/report/types';
import { pickLaunchConfig } from '../../core/launch/configs';
import { settingsUpdate } from './settingsEdit';
import { filesForScope, workspaceSettingsFiles } from './settingsFiles';
import { S } from '../strings';
import { launchJsonUri, readTextOf, type RunTarget } from '../diagnosis/target';
import { planDevcontainerEdit } from './devcontainerEdit';
import { textPlan, type FixPlan } from './textPlan';

const blocked = (reason: string): FixPlan => ({ kind: 'blocked', reason });

async function planLaunchEdit(fix: EditFix, target: RunTarget): Promise<FixPlan> {
  const uri = target.launchUri ?? (target.folder ? launchJsonUri(target.folder) : undefined);
  const text = uri ? await readTextOf(uri) : undefined;
  if (!uri || text === undefined) return blocked(S.fixNoLaunchJson());
  const syntax = parseJsonc(text).errors[0];
  if (syntax) return blocked(`${S.fixLaunchSyntax()} (${syntax.message}, ${syntax.line}:${syntax.column})`);
  const path = [...fix.edit.path];
  // The file may have changed since the diagnosis: follow the configuration by name.
  const name = target.config?.name;
  if (path[0] === 'configurations' && typeof name === 'string') {
    const picked = pickLaunchConfig(text, 'launch.json', name);
    if (!picked.ok) return blocked(S.fixNoConfig());
    path[1] = picked.index;
  }
  return textPlan(uri, text, path, fix, 'launch');
}

/** Workspace settings as text edits of their file; user settings (whose file VS Code alone knows) by the API. */
async function planSettingsEdit(fix: EditFix, target: RunTarget): Promise<FixPlan> {
  const update = settingsUpdate(fix, target.folder);
  if ('reason' in update) return blocked(update.reason);
  const file = update.scope === 'user' ? undefined : filesForScope(workspaceSettingsFiles(target.folder), update.scope)[0];
  const text = file ? await readTextOf(file.uri) : undefined;
  if (file && text !== undefined) return textPlan(file.uri, text, [...file.prefix, ...fix.edit.path], fix, update.key);
  return { kind: 'setting', ...update, ...(target.folder ? { folder: target.folder } : {}) };
}

/**
 * Whether the commands of `target`'s report may be typed into this machine's terminal: not when the report is of a
 * replayed machine (a Mac's /usr/bin/lipo, its Go and dlv paths are not here; issue 19 item 14). The one rule for
 * the panel's Open in Terminal, its fix buttons, the lightbulb and Problems.
 */
export function commandsRunHere(target: RunTarget): boolean {
  return target.replayed === undefined;
}

/** Plans one fix; never throws for a file that is missing or does not parse (the plan says why it is blocked). */
export async function planFix(fix: Fix, target: RunTarget): Promise<FixPlan> {
  if (fix.kind === 'command') return commandsRunHere(target) ? { kind: 'terminal', command: fix.command } : blocked(t(FIXES.recordedCommand));
  if (fix.kind === 'manual') return blocked(fix.detail ?? fix.title);
  if (fix.edit.file === 'devcontainer.json' || fix.edit.file === 'docker-compose') return planDevcontainerEdit(fix);
  return fix.edit.file === 'launch.json' ? planLaunchEdit(fix, target) : planSettingsEdit(fix, target);
}
