/**
 * "Go: Test Debugging (LLDB Doctor)": runs the self-test (src/core/selftest) for the active folder and launch
 * configuration, with the stages shown live in the report panel and in a progress notification. Evaluated on first
 * use (a dynamic import inside the engine's bundle: src/vscode/lazy.ts). In an untrusted workspace it does not
 * run: it would execute the go and dlv the workspace chooses.
 */
import * as vscode from 'vscode';
import { t } from '../../core/i18n';
import { SELFTEST, SELFTEST_STAGE } from '../../core/i18n/messages/selftest';
import { liveHost, currentEnv } from '../../core/host/live';
import { runSelftest, STAGES, type SelftestResult, type StageName, type StageResult } from '../../core/selftest/index';
import type { SelftestView } from '../../webview/protocol';
import { PROBE_TIMEOUT_MS } from '../diagnosis/doctor';
import { prepareInput } from '../diagnosis/prepareInput';
import type { DoctorServices } from '../services';
import { goConfigs } from '../../core/launch/configs';
import { activeFolder, launchJsonUri, readTextOf, resolveTarget } from '../diagnosis/target';

/**
 * The configuration whose dlvFlags, backend, buildFlags and env the self-test uses: the folder's only `go`
 * configuration, or the one the user picks (the last diagnosed first); none without a launch.json. Null: cancelled.
 */
async function chooseConfig(s: DoctorServices, folder: vscode.WorkspaceFolder | undefined): Promise<string | undefined | null> {
  const text = folder ? await readTextOf(launchJsonUri(folder)) : undefined;
  const names = text ? goConfigs(text).map((c) => c.name) : [];
  if (names.length <= 1) return names[0];
  const last = s.doctor.last?.target.config?.name;
  const ordered = typeof last === 'string' && names.includes(last) ? [last, ...names.filter((n) => n !== last)] : names;
  return (await vscode.window.showQuickPick(ordered, { placeHolder: t(SELFTEST.pickConfig) })) ?? null;
}

function viewOf(stages: StageResult[], running: StageName | undefined, summary?: string): SelftestView {
  const view: SelftestView = {
    title: t(SELFTEST.title),
    stages: stages.map((s) => ({ name: s.name, label: t(SELFTEST_STAGE[s.name]), state: s.ok ? 'ok' : 'failed', ms: s.ms, ...(s.output ? { output: s.output } : {}) })),
  };
  if (running) view.stages.push({ name: running, label: t(SELFTEST_STAGE[running]), state: 'running' });
  if (summary !== undefined) view.summary = summary;
  return view;
}

export async function selftestCommand(s: DoctorServices): Promise<SelftestResult | undefined> {
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage(t(SELFTEST.untrusted));
    return undefined;
  }
  const folder = activeFolder();
  const name = await chooseConfig(s, folder);
  if (name === null) return undefined;
  const target = await resolveTarget(folder, name === undefined ? undefined : { type: 'go', request: 'launch', name });
  // Always this machine (a configured snapshot replay cannot run a program), with the folder's settings and launch.
  const input = { ...prepareInput(target, PROBE_TIMEOUT_MS).input, host: liveHost({ cwd: folder?.uri.fsPath, env: currentEnv() }) };
  if (folder) input.workspaceFolder = folder.uri.fsPath;
  s.panel.show();
  const done: StageResult[] = [];
  s.panel.selftest(viewOf(done, STAGES[0]));
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: t(SELFTEST.title), cancellable: false },
    (progress) =>
      runSelftest({
        ...input,
        onStage: (name, r) => {
          if (r) done.push(r);
          else progress.report({ message: t(SELFTEST.progress, { stage: t(SELFTEST_STAGE[name]) }), increment: 100 / STAGES.length });
          s.panel.selftest(viewOf(done, r ? undefined : name));
        },
      }),
  );
  s.panel.selftest({ ...viewOf(result.stages, undefined, result.summary), findings: result.findings.map((f) => ({ title: f.title, detail: f.detail })) });
  s.log.info(`selftest: ${result.summary} ${JSON.stringify(result.stages.map((x) => [x.name, x.ok, x.ms]))}`);
  if (result.notRun) void vscode.window.showWarningMessage(result.summary);
  else if (!result.ok) void vscode.window.showErrorMessage(result.summary.split('\n')[0] ?? '');
  return result;
}
