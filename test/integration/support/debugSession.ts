import * as assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import * as vscode from 'vscode';
import { DapRecorder, type RecordedSession } from './dapRecorder';

/** Launch attribute that tags a session started by a test, so its events can be told from any other session. */
const MARK = '__integrationTestId';

export interface FinishedSession {
  /** What `vscode.debug.startDebugging` answered (false: the session did not start). */
  readonly started: boolean;
  /**
   * Why startDebugging rejected, if it did. In extension-test mode VS Code refuses to show dialogs, so a failed
   * launch (`Failed to launch: ...`, normally a modal) rejects with "DialogService: refused to show dialog in tests".
   */
  readonly startError: string | undefined;
  /** The session, when VS Code created one (even when its launch failed). */
  readonly session: vscode.DebugSession | undefined;
  /** Its DAP traffic as a second `go` tracker saw it. */
  readonly recorded: RecordedSession;
}

/** A launch configuration of the folder's `.vscode/launch.json`, by name. */
export function launchConfig(folder: vscode.WorkspaceFolder, name: string): vscode.DebugConfiguration {
  const configs = vscode.workspace.getConfiguration('launch', folder).get<vscode.DebugConfiguration[]>('configurations') ?? [];
  const config = configs.find((c) => c.name === name);
  assert.ok(config, `no launch configuration "${name}" in ${folder.uri.fsPath}/.vscode/launch.json`);
  return { ...config };
}

/**
 * Starts a debug session with `config` and waits until it terminates (or `timeoutMs` passes), recording its DAP
 * traffic with a DapRecorder registered for the duration.
 */
export async function runSession(
  folder: vscode.WorkspaceFolder,
  config: vscode.DebugConfiguration,
  timeoutMs = 45_000,
): Promise<FinishedSession> {
  const id = randomUUID();
  const ours = (s: vscode.DebugSession) => s.configuration[MARK] === id;
  const recorder = new DapRecorder(config.type);
  const disposables: vscode.Disposable[] = [recorder];
  let session: vscode.DebugSession | undefined;
  const terminated = new Promise<void>((resolve) => {
    disposables.push(
      vscode.debug.onDidStartDebugSession((s) => ours(s) && (session = s)),
      vscode.debug.onDidTerminateDebugSession((s) => ours(s) && ((session ??= s), resolve())),
    );
  });
  try {
    let startError: string | undefined;
    const start = vscode.debug.startDebugging(folder, { ...config, [MARK]: id });
    const started = await withTimeout(start, timeoutMs, `startDebugging("${config.name}") did not answer`).then(
      (ok) => ok,
      (err: unknown) => ((startError = err instanceof Error ? err.message : String(err)), false),
    );
    if (started) await withTimeout(terminated, timeoutMs, `debug session "${config.name}" did not terminate`);
    else await withTimeout(terminated, 2_000, 'failed session did not end').catch(() => undefined);
    return { started, startError, session, recorded: session ? recorder.session(session.id) : { messages: [] } };
  } finally {
    for (const d of disposables) d.dispose();
  }
}

async function withTimeout<T>(p: PromiseLike<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
