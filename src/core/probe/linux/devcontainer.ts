/**
 * The workspace's dev container configuration (`.devcontainer/devcontainer.json` or `.devcontainer.json`, JSONC):
 * the places where the user decides which CPU the container is for and what it may do (capAdd, securityOpt,
 * runArgs), and where the platform really comes from — runArgs `--platform` (by the array's real index, so an edit
 * hits that element), the final stage of build.dockerfile (dockerfile.ts), or, for a container from
 * docker-compose, the compose file's `services.<service>.platform` (compose.ts).
 */
import { parseJsonc } from '../../launch';
import type { ProbeContext } from '../context';
import { dirname, joinPath } from '../context';
import { readComposePlatform } from './compose';
import { readDockerfilePlatform } from './dockerfile';
import { readUserAndEnv } from './devcontainerEnv';
import type { DevcontainerFacts } from './types';
import { trimEndOf } from '../../text';

/** dockerComposeFile may list files; more than this is not a real configuration. */
const MAX_COMPOSE_FILES = 16;

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/**
 * `--platform=linux/amd64` or `--platform linux/amd64` in runArgs as written (non-strings kept in place, so the
 * index is the array's real one); the last one, as docker run takes the last value of a flag.
 */
function platformArg(runArgs: readonly unknown[]): { index: number; value: string; inline: boolean } | undefined {
  let found: { index: number; value: string; inline: boolean } | undefined;
  for (let i = 0; i < runArgs.length; i++) {
    const a = runArgs[i];
    if (typeof a !== 'string') continue;
    if (a.startsWith('--platform=') && a.length > '--platform='.length) found = { index: i, value: a.slice('--platform='.length), inline: true };
    const next = runArgs[i + 1];
    if (a === '--platform' && typeof next === 'string' && next) found = { index: i + 1, value: next, inline: false };
  }
  return found;
}

/**
 * Workspace files are read only when they are inside the workspace folder, symlinks resolved: a devcontainer.json
 * (or the Dockerfile or compose file it names) must not make the probes, or a snapshot capture, read a file elsewhere.
 */
function inside(ctx: ProbeContext, workspaceFolder: string, p: string): boolean {
  const root = `${trimEndOf(workspaceFolder, '/')}/`;
  const real = ctx.host.realpath(p);
  const realRoot = ctx.host.realpath(workspaceFolder);
  return p.startsWith(root) && real.ok && realRoot.ok && real.value.startsWith(`${trimEndOf(realRoot.value, '/')}/`);
}

/** A path the spec resolves against the folder of devcontainer.json. */
function resolve(configPath: string, rel: string): string {
  return rel.startsWith('/') ? rel : joinPath(dirname(configPath), rel);
}

function readInside(ctx: ProbeContext, workspaceFolder: string, path: string, kind: 'dockerfile' | 'compose'): string | undefined {
  if (!inside(ctx, workspaceFolder, path)) return undefined;
  const text = ctx.host.readText(path, kind);
  return text.ok ? text.value : undefined;
}

function dockerfile(ctx: ProbeContext, workspaceFolder: string, configPath: string, v: Record<string, unknown>): DevcontainerFacts['dockerfile'] {
  const build = typeof v.build === 'object' && v.build !== null ? (v.build as Record<string, unknown>) : {};
  const rel = typeof build.dockerfile === 'string' ? build.dockerfile : typeof v.dockerFile === 'string' ? v.dockerFile : undefined;
  if (!rel) return undefined;
  const path = resolve(configPath, rel);
  const text = readInside(ctx, workspaceFolder, path, 'dockerfile');
  const df = text === undefined ? undefined : readDockerfilePlatform(text);
  return df?.platform ? { path, fromPlatform: df.platform, line: df.line ?? 1 } : { path };
}

function compose(ctx: ProbeContext, workspaceFolder: string, configPath: string, v: Record<string, unknown>): DevcontainerFacts['compose'] {
  const files = typeof v.dockerComposeFile === 'string' ? [v.dockerComposeFile] : strings(v.dockerComposeFile);
  if (files.length === 0 || typeof v.service !== 'string') return undefined;
  const service = v.service;
  let found: DevcontainerFacts['compose'];
  let read = false;
  for (const rel of files.slice(0, MAX_COMPOSE_FILES)) {
    const path = resolve(configPath, rel);
    const text = readInside(ctx, workspaceFolder, path, 'compose');
    const r = text === undefined ? undefined : readComposePlatform(text, service);
    if (text !== undefined) read = true;
    // Compose merges the files in order: a later file's platform overrides an earlier one's.
    if (r?.platform !== undefined) found = { path, service, platform: r.platform, ...(r.line ? { line: r.line } : {}) };
    else if (r?.service && found?.platform === undefined) found = { path, service, ...(r.line ? { line: r.line } : {}) };
  }
  return found ?? { path: resolve(configPath, files[files.length - 1] as string), service, ...(read ? {} : { unread: true as const }) };
}

function fill(facts: DevcontainerFacts, v: Record<string, unknown>): void {
  facts.runArgs = strings(v.runArgs);
  if (Array.isArray(v.runArgs)) facts.runArgsLength = v.runArgs.length;
  else if (v.runArgs !== undefined) facts.runArgsInvalid = true;
  facts.capAdd = strings(v.capAdd);
  facts.securityOpt = strings(v.securityOpt);
  if (v.privileged === true) facts.privileged = true;
  if (typeof v.image === 'string') facts.image = v.image;
  const platform = Array.isArray(v.runArgs) ? platformArg(v.runArgs) : undefined;
  if (platform) {
    facts.platform = platform.value;
    facts.platformAt = { index: platform.index, inline: platform.inline };
  }
}

export function probeDevcontainer(ctx: ProbeContext, workspaceFolder: string | undefined): DevcontainerFacts | undefined {
  if (!workspaceFolder) return undefined;
  const path = [joinPath(workspaceFolder, '.devcontainer', 'devcontainer.json'), joinPath(workspaceFolder, '.devcontainer.json')].find((p) => ctx.host.stat(p).ok);
  if (!path) return undefined;
  if (!inside(ctx, workspaceFolder, path)) return { path, runArgs: [], capAdd: [], securityOpt: [], error: 'outside the workspace folder' };
  const facts: DevcontainerFacts = { path, runArgs: [], capAdd: [], securityOpt: [] };
  const text = ctx.host.readText(path, 'devcontainer');
  if (!text.ok) return { ...facts, error: text.code };
  const { value, errors } = parseJsonc(text.value);
  if (errors[0] || typeof value !== 'object' || value === null) return { ...facts, error: errors[0] ? `${errors[0].message} at line ${errors[0].line}` : 'not an object' };
  const v = value as Record<string, unknown>;
  fill(facts, v);
  const dc = compose(ctx, workspaceFolder, path, v);
  if (dc) {
    // runArgs do not apply to a container from docker-compose: its platform is the compose file's.
    facts.compose = dc;
    delete facts.platformAt;
    if (dc.platform === undefined) delete facts.platform;
    else facts.platform = dc.platform;
  }
  const df = dc ? undefined : dockerfile(ctx, workspaceFolder, path, v);
  if (df) facts.dockerfile = df;
  readUserAndEnv(v, facts);
  return facts;
}
