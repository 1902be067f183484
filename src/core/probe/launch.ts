/**
 * The launch configuration as written: the attributes vscode-go knows (GROUND_TRUTH §3), its env and envFile,
 * with `${workspaceFolder}`, `${env:X}` and `${userHome}` substituted the way VS Code does for these values.
 */
import type { LaunchFacts } from './machine';
import { joinPath, type ProbeContext } from './context';

/** Attributes of vscode-go's `go` debug type (launch and attach) and VS Code's generic ones. */
export const KNOWN_LAUNCH_ATTRS = new Set([
  'name', 'type', 'request', 'mode', 'program', 'args', 'cwd', 'env', 'envFile', 'buildFlags', 'output', 'dlvFlags',
  'showLog', 'logOutput', 'logDest', 'trace', 'backend', 'debugAdapter', 'stopOnEntry', 'substitutePath',
  'showRegisters', 'showGlobalVariables', 'hideSystemGoroutines', 'console', 'asRoot', 'port', 'host',
  'remotePath', 'processId', 'apiVersion', 'stackTraceDepth', 'dlvLoadConfig', 'traceDirPath', 'coreFilePath',
  'goroutineFilters', 'showPprofLabels', 'packagePathToGoModPathMap', 'preLaunchTask', 'postDebugTask',
  'internalConsoleOptions', 'presentation', 'serverReadyAction', 'debugServer', 'noDebug', 'suppressMultipleSessionWarning',
]);

export interface SubstVars {
  workspaceFolder?: string;
  env: Readonly<Record<string, string>>;
}

export function substitute(v: string, vars: SubstVars): string {
  return v.replace(/\$\{([^}]+)\}/g, (whole, name: string) => {
    if (name === 'workspaceFolder' || name === 'workspaceRoot') return vars.workspaceFolder ?? whole;
    if (name === 'userHome') return vars.env.HOME ?? whole;
    if (name === 'workspaceFolderBasename') return vars.workspaceFolder?.split('/').pop() ?? whole;
    if (name.startsWith('env:')) return vars.env[name.slice(4)] ?? '';
    return whole;
  });
}

export function resolvePath(p: string, vars: SubstVars): string {
  let s = substitute(p, vars);
  if (s === '~' || s.startsWith('~/')) s = (vars.env.HOME ?? '~') + s.slice(1);
  if (!s.startsWith('/') && vars.workspaceFolder) s = joinPath(vars.workspaceFolder, s);
  return s;
}

export function probeLaunch(ctx: ProbeContext, config: Record<string, unknown> | undefined, index: number, vars: SubstVars): LaunchFacts {
  const facts: LaunchFacts = { index, unknownAttrs: [], env: {} };
  if (!config) return facts;
  facts.config = config;
  if (typeof config.request === 'string') facts.request = config.request;
  if (typeof config.mode === 'string') facts.mode = config.mode;
  if (typeof config.backend === 'string') facts.backend = config.backend;
  const remote = remoteOf(config);
  if (remote) facts.remote = remote;
  if (facts.request === 'attach' && (typeof config.processId === 'number' || typeof config.processId === 'string')) facts.processId = config.processId;
  facts.unknownAttrs = Object.keys(config).filter((k) => !KNOWN_LAUNCH_ATTRS.has(k) && !k.startsWith('__'));
  const env = config.env;
  if (env && typeof env === 'object' && !Array.isArray(env)) {
    for (const [k, v] of Object.entries(env as Record<string, unknown>)) {
      if (v === null || v === undefined) continue;
      facts.env[k] = substitute(String(v), vars);
    }
  }
  const envFile = Array.isArray(config.envFile) ? config.envFile[0] : config.envFile;
  if (typeof envFile === 'string' && envFile.trim()) facts.envFile = readEnvFile(ctx, resolvePath(envFile, vars));
  return facts;
}

/**
 * vscode-go connects to a running dlv server instead of starting one when `port` is set (launch with port, or
 * attach mode remote; GROUND_TRUTH §6, vscode-go goDebugFactory.ts): no local dlv, build or debugserver runs.
 */
function remoteOf(config: Record<string, unknown>): LaunchFacts['remote'] {
  const port = config.port;
  const hasPort = (typeof port === 'number' && port > 0) || (typeof port === 'string' && port.trim() !== '' && port !== '0');
  const remoteAttach = config.request === 'attach' && config.mode === 'remote';
  if (!hasPort && !remoteAttach) return undefined;
  return { host: typeof config.host === 'string' && config.host ? config.host : '127.0.0.1', port: hasPort ? String(port) : '?' };
}

function readEnvFile(ctx: ProbeContext, p: string): NonNullable<LaunchFacts['envFile']> {
  const text = ctx.host.readText(p, 'envFile');
  if (!text.ok) return { path: p, values: {}, error: text.code };
  return { path: p, values: parseEnvFile(text.value) };
}

/** KEY=VALUE lines, `#` comments, optional `export `, quotes removed (vscode-go's parseEnvFile). */
export function parseEnvFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const raw of text.split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([\w.-]+)\s*=(.*)$/.exec(raw);
    if (!m || !m[1]) continue;
    let v = (m[2] ?? '').trim();
    if ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'"))) v = v.slice(1, -1);
    out[m[1]] = v;
  }
  return out;
}
