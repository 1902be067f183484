/**
 * The workspace's dev container configuration (`.devcontainer/devcontainer.json` or `.devcontainer.json`, JSONC)
 * and, when it builds from a Dockerfile, that file's `FROM --platform=…` line: the places where the user decides
 * which CPU the container is for and what it may do (capAdd, securityOpt, runArgs).
 */
import { parseJsonc } from '../../launch';
import type { ProbeContext } from '../context';
import { dirname, joinPath } from '../context';
import { readUserAndEnv } from './devcontainerEnv';
import type { DevcontainerFacts } from './types';

const MAX_BYTES = 256 * 1024;

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/** `--platform=linux/amd64` or `--platform linux/amd64` in runArgs. */
export function platformArg(runArgs: readonly string[]): { index: number; value: string } | undefined {
  for (let i = 0; i < runArgs.length; i++) {
    const a = runArgs[i] ?? '';
    const eq = /^--platform=(.+)$/.exec(a);
    if (eq?.[1]) return { index: i, value: eq[1] };
    if (a === '--platform' && runArgs[i + 1]) return { index: i + 1, value: runArgs[i + 1] as string };
  }
  return undefined;
}

/**
 * Workspace files are read only when they are inside the workspace folder, symlinks resolved: a devcontainer.json
 * (or the Dockerfile it names) must not make the probes, or a snapshot capture, read a file elsewhere.
 */
function inside(ctx: ProbeContext, workspaceFolder: string, p: string): boolean {
  const root = `${workspaceFolder.replace(/\/+$/, '')}/`;
  const real = ctx.host.realpath(p);
  const realRoot = ctx.host.realpath(workspaceFolder);
  return p.startsWith(root) && real.ok && realRoot.ok && real.value.startsWith(`${realRoot.value.replace(/\/+$/, '')}/`);
}

function dockerfile(ctx: ProbeContext, workspaceFolder: string, configPath: string, v: Record<string, unknown>): DevcontainerFacts['dockerfile'] {
  const build = typeof v.build === 'object' && v.build !== null ? (v.build as Record<string, unknown>) : {};
  const rel = typeof build.dockerfile === 'string' ? build.dockerfile : typeof v.dockerFile === 'string' ? v.dockerFile : undefined;
  if (!rel) return undefined;
  // The spec resolves build.dockerfile against the folder of devcontainer.json.
  const path = rel.startsWith('/') ? rel : joinPath(dirname(configPath), rel);
  if (!inside(ctx, workspaceFolder, path)) return { path };
  const text = ctx.host.readText(path, MAX_BYTES);
  if (!text.ok) return { path };
  const lines = text.value.split(/\r?\n/);
  const i = lines.findIndex((l) => /^\s*FROM\s+--platform=\S+/i.test(l));
  const m = i >= 0 ? /--platform=(\S+)/i.exec(lines[i] ?? '') : undefined;
  return m?.[1] ? { path, fromPlatform: m[1], line: i + 1 } : { path };
}

export function probeDevcontainer(ctx: ProbeContext, workspaceFolder: string | undefined): DevcontainerFacts | undefined {
  if (!workspaceFolder) return undefined;
  const path = [joinPath(workspaceFolder, '.devcontainer', 'devcontainer.json'), joinPath(workspaceFolder, '.devcontainer.json')].find((p) => ctx.host.stat(p).ok);
  if (!path) return undefined;
  if (!inside(ctx, workspaceFolder, path)) return { path, runArgs: [], capAdd: [], securityOpt: [], error: 'outside the workspace folder' };
  const facts: DevcontainerFacts = { path, runArgs: [], capAdd: [], securityOpt: [] };
  const text = ctx.host.readText(path, MAX_BYTES);
  if (!text.ok) return { ...facts, error: text.code };
  const { value, errors } = parseJsonc(text.value);
  if (errors[0] || typeof value !== 'object' || value === null) return { ...facts, error: errors[0] ? `${errors[0].message} at line ${errors[0].line}` : 'not an object' };
  const v = value as Record<string, unknown>;
  facts.runArgs = strings(v.runArgs);
  facts.capAdd = strings(v.capAdd);
  facts.securityOpt = strings(v.securityOpt);
  if (v.privileged === true) facts.privileged = true;
  if (typeof v.image === 'string') facts.image = v.image;
  const platform = platformArg(facts.runArgs);
  if (platform) facts.platform = platform.value;
  const df = dockerfile(ctx, workspaceFolder, path, v);
  if (df) facts.dockerfile = df;
  readUserAndEnv(v, facts);
  return facts;
}
