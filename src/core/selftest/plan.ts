/**
 * What F5 would start, read from the Machine the probes built (the one model of vscode-go's resolution:
 * probe/dlv.ts for the binary, probe/env.ts for its environment, probe/launch.ts for the configuration):
 * - dlv (probe/start.ts): `dlv dap <dlvFlags…> --listen=127.0.0.1:<port>` (vscode-go goDebugFactory.ts startDapServer puts the
 *   user's dlvFlags before its own flags), with process.env ⊕ go.toolsEnvVars ⊕ envFile ⊕ launch env;
 * - the launch request: `mode: debug` of the self-test's program with the configuration's `backend`,
 *   `buildFlags` and `env` (Delve builds with the `go` on its PATH, pkg/gobuild/gobuild.go);
 * - a configuration with `port` (or attach mode remote) makes vscode-go connect to that address instead.
 */
import type { StartFacts } from '../probe/start';
import type { ProgramDir } from './program';

export interface SelftestPlan {
  /** The dlv to start, absent when a remote address is set or no dlv was found. */
  dlvPath?: string;
  dlvFlags: string[];
  env: Record<string, string>;
  remote?: { host: string; port: string };
  backend?: string;
  buildFlags?: string | string[];
  launchEnv: Record<string, string>;
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

export function planOf(m: StartFacts): SelftestPlan {
  const config = m.launch.config ?? {};
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(m.dlvEnv)) env[k] = v.value;
  const plan: SelftestPlan = { dlvFlags: strings(config.dlvFlags), env, launchEnv: { ...m.launch.envFile?.values, ...m.launch.env } };
  if (m.launch.remote) plan.remote = m.launch.remote;
  else if (m.dlv.path) plan.dlvPath = m.dlv.path;
  if (m.launch.backend) plan.backend = m.launch.backend;
  const bf = config.buildFlags;
  if (typeof bf === 'string' || Array.isArray(bf)) plan.buildFlags = typeof bf === 'string' ? bf : strings(bf);
  return plan;
}

export function dlvArgv(plan: SelftestPlan, port: number): string[] {
  return [plan.dlvPath ?? 'dlv', 'dap', ...plan.dlvFlags, `--listen=127.0.0.1:${port}`];
}

/** The launch request's arguments, as vscode-go sends them for a `go` launch of the program's folder. */
export function launchArgs(plan: SelftestPlan, program: ProgramDir): Record<string, unknown> {
  const args: Record<string, unknown> = {
    type: 'go', request: 'launch', mode: 'debug', name: 'go-lldb-doctor self-test',
    program: program.dir, cwd: program.dir, output: program.output, env: plan.launchEnv, stopOnEntry: false,
  };
  if (plan.backend) args.backend = plan.backend;
  if (plan.buildFlags !== undefined) args.buildFlags = plan.buildFlags;
  return args;
}
