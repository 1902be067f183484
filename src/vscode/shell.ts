/**
 * What activation does (issue 17 §7): it registers what VS Code must find at activation — the `go` debug
 * configuration provider, the DAP tracker factory, the contributed commands, the report panel's serializer — and
 * each forwards to the engine (src/vscode/context.ts and all it uses), which is loaded from its own bundle,
 * dist/extension-engine.js (src/vscode/lazy.ts), the first time one of them is used. Activation compiles and runs
 * this module and a few small ones; a window that activates and never diagnoses never compiles the engine. F5 pays
 * its load once, at its first resolveDebugConfiguration (the `engine loaded in N ms` log line measures it).
 *
 * A failed load never blocks a launch: the launch goes on without the checks, logged and told once; a command
 * says so each time it is asked; Show Log is this module's own, so the log stays reachable.
 */
import * as vscode from 'vscode';
import { liveProcess } from '../core/host/live';
import { COMMANDS, SHOW_LOG_COMMAND, type CommandId } from './commandIds';
import type { DoctorContext } from './context';
import { lazy } from './lazy';
import { createLog, errorText } from './log';
import { PANEL_VIEW_TYPE } from './panel/html';
import { MachineSettingsCheck } from './remoteSettings';
import { S } from './strings';
import type { DoctorTestApi } from './test/testApi';

export class Shell implements vscode.Disposable {
  private readonly log = createLog();
  private readonly disposables: vscode.Disposable[] = [];
  private loading: Promise<DoctorContext> | undefined;
  private engine: DoctorContext | undefined;
  /** Whether a failed load was told to the user (a debug start tells it once; a command each time). */
  private told = false;

  constructor(private readonly extension: vscode.ExtensionContext) {}

  start(): Promise<DoctorTestApi | undefined> | undefined {
    const machineSettings = new MachineSettingsCheck(this.log);
    this.disposables.push(
      vscode.debug.registerDebugConfigurationProvider('go', {
        resolveDebugConfiguration: async (folder, config) =>
          (await this.use('debug start'))?.preflight.resolveDebugConfiguration(folder, config) ?? config,
        resolveDebugConfigurationWithSubstitutedVariables: async (folder, config) => {
          const engine = await this.use('debug start');
          return engine ? engine.preflight.resolveDebugConfigurationWithSubstitutedVariables(folder, config) : config;
        },
      }),
      // No engine, no tracker: the session runs unwatched, as it would without this extension.
      vscode.debug.registerDebugAdapterTrackerFactory('go', {
        createDebugAdapterTracker: async (session) => (await this.use('debug session'))?.tracker.createDebugAdapterTracker(session),
      }),
      // Registered at activation (onWebviewPanel:goLldbDoctor.report): VS Code restores an open panel after a reload.
      vscode.window.registerWebviewPanelSerializer(PANEL_VIEW_TYPE, {
        deserializeWebviewPanel: async (panel) => {
          const engine = await this.use('report panel');
          if (engine) await engine.panel.restore(panel);
          else panel.dispose();
        },
      }),
      ...Object.values(COMMANDS).map((id) => vscode.commands.registerCommand(id, (...args: unknown[]) => this.command(id, args))),
      vscode.commands.registerCommand(SHOW_LOG_COMMAND, () => this.log.show()),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('goLldbDoctor') && machineSettings.check()),
    );
    machineSettings.check();
    this.log.info(`activated (VS Code ${vscode.version}, ${liveProcess().platform}/${liveProcess().arch})`);
    if (this.extension.extensionMode !== vscode.ExtensionMode.Test) return undefined;
    // The integration tests' API reads the engine: in ExtensionMode.Test activation loads both.
    return lazy.test().then(
      async (m) => m.createTestApi(await this.load('test API')),
      (err: unknown) => void this.log.warn(`no test API in this build: ${errorText(err)}`),
    );
  }

  private async command(id: CommandId, args: unknown[]): Promise<unknown> {
    const engine = await this.use(id, true);
    return engine?.commands[id](...args);
  }

  /** The engine, loaded and started on the first call (`why` names that first use in the log). */
  private load(why: string): Promise<DoctorContext> {
    this.loading ??= (async () => {
      const t0 = performance.now();
      const { DoctorContext } = await lazy.engine();
      const engine = new DoctorContext(this.extension, this.log);
      this.engine = engine;
      engine.start();
      this.log.info(`engine loaded in ${Math.round(performance.now() - t0)} ms (first use: ${why})`);
      return engine;
    })();
    return this.loading;
  }

  /** The engine, or undefined when it cannot load: logged, and told (once, or each time when `always`). */
  private async use(why: string, always = false): Promise<DoctorContext | undefined> {
    try {
      return await this.load(why);
    } catch (err) {
      this.log.error(`the engine (dist/extension-engine.js) could not load (${why}): ${errorText(err)}`);
      if (always || !this.told) {
        this.told = true;
        const text = S.engineLoadFailed(err instanceof Error ? err.message : String(err));
        void vscode.window.showErrorMessage(text, S.showLog()).then(
          (choice) => (choice ? this.log.show() : undefined),
          (e: unknown) => this.log.warn(`engine notice: ${errorText(e)}`),
        );
      }
      return undefined;
    }
  }

  dispose(): void {
    this.engine?.dispose();
    for (const d of this.disposables.splice(0).reverse()) d.dispose();
    this.log.dispose();
  }
}
