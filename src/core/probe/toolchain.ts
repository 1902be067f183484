/**
 * The Go that really builds (issue 10 item 3):
 * - a `go` that is a script or shim (asdf, goenv, mise, a wrapper) is followed to `$(go env GOROOT)/bin/go`;
 * - the `toolchain` / `go` lines of go.work or go.mod and GOTOOLCHAIN pick the toolchain that runs the build
 *   (https://go.dev/doc/toolchain: `local` = the installed Go; `<name>` = that one; `auto` / `<name>+auto` switch
 *   only to a newer toolchain the module asks for; vscode-go#3547);
 * - Delve builds with the first `go` on its own PATH (delve pkg/gobuild/gobuild.go:137, failure-modes.md §0.3,
 *   §4.3), which can differ from the one vscode-go resolved.
 */
import type { EnvValue, GoFacts, ToolchainFacts } from './machine';
import type { KeptEnv } from '../snapfile/envKeys';

export type { ToolchainFacts } from './machine';
import { joinPath, readBinary, type ProbeContext } from './context';
import { pathDirs } from './env';
import { onPath, searchFirst } from './search';
import { compareVersions, parseVersion } from './delveCompat';
import { t } from '../i18n';
import { PROBE as P } from '../i18n/messages/probe';


const VERSION = /^[ \t]*(go|toolchain)[ \t]+(\S+)[ \t]*$/gm;

function modLines(text: string): { go?: string; toolchain?: string } {
  const out: { go?: string; toolchain?: string } = {};
  for (const m of text.matchAll(VERSION)) out[m[1] as 'go' | 'toolchain'] = m[2];
  return out;
}

function newer(a: string | undefined, b: string | undefined): boolean {
  const x = parseVersion(a);
  const y = parseVersion(b);
  return Boolean(x && y && compareVersions(x, y) > 0);
}

/** The version GOTOOLCHAIN and the module's lines select (go.dev/doc/toolchain, "Go toolchain selection"). */
function selectToolchain(installed: string | undefined, gotoolchain: string | undefined, lines: { go?: string; toolchain?: string }): { version?: string; why: string } {
  const g = (gotoolchain ?? 'auto').trim() || 'auto';
  if (g === 'local') return { version: installed, why: 'GOTOOLCHAIN=local' };
  const [name, mode] = g.split('+');
  let base = installed;
  let why = t(P.whyInstalledGo);
  if (name && name !== 'auto' && name !== 'local' && name !== 'path') {
    base = name;
    why = `GOTOOLCHAIN=${g}`;
    if (!mode) return { version: base, why };
  }
  const asked = lines.toolchain ?? (lines.go ? `go${lines.go}` : undefined);
  if (asked && newer(asked, base)) return { version: asked.startsWith('go') ? asked : `go${asked}`, why: lines.toolchain ? t(P.whyToolchainLine, { line: lines.toolchain }) : t(P.whyGoLine, { line: lines.go ?? '' }) };
  return { version: base, why };
}

export function probeToolchain(ctx: ProbeContext, go: GoFacts, dlvEnv: KeptEnv<EnvValue>, workspaceFolder: string | undefined, activateEnvironment: unknown): ToolchainFacts {
  const facts: ToolchainFacts = {};
  if (go.version) facts.installed = go.version;
  if (go.path && go.binary?.file.kind === 'script' && go.env?.GOROOT) {
    const realPath = joinPath(go.env.GOROOT, 'bin/go');
    const bin = readBinary(ctx, realPath);
    facts.real = { path: realPath, why: 'go env GOROOT', searched: [], ...(bin ? { binary: bin } : {}) };
  }
  const mod = modFile(go, workspaceFolder);
  const gotoolchain = dlvEnv.GOTOOLCHAIN?.value ?? go.env?.GOTOOLCHAIN;
  if (gotoolchain) facts.gotoolchain = gotoolchain;
  let lines = {};
  if (mod) {
    const text = ctx.host.readText(mod, 'goMod');
    if (text.ok) {
      facts.modFile = mod;
      lines = modLines(text.value);
      Object.assign(facts, pick(lines));
    }
  }
  const sel = selectToolchain(go.version, gotoolchain, lines);
  if (sel.version) facts.effective = sel.version;
  facts.why = sel.why;
  const delveGo = delveGoOf(ctx, go, dlvEnv, activateEnvironment);
  if (delveGo) facts.delveGo = delveGo;
  return facts;
}

function pick(l: { go?: string; toolchain?: string }): Partial<ToolchainFacts> {
  return { ...(l.go ? { goLine: l.go } : {}), ...(l.toolchain ? { toolchainLine: l.toolchain } : {}) };
}

function modFile(go: GoFacts, wf: string | undefined): string | undefined {
  const e = go.env ?? {};
  for (const p of [e.GOWORK, e.GOMOD]) if (p && p !== 'off' && p !== '/dev/null' && p.startsWith('/')) return p;
  return wf ? joinPath(wf, 'go.mod') : undefined;
}

/**
 * The `go` on dlv's PATH. vscode-go puts GOROOT/bin first in its own PATH when it found go outside PATH and
 * go.terminal.activateEnvironment is not false (goEnvironmentStatus.ts:325-378); a PATH in the launch env,
 * envFile or go.toolsEnvVars replaces it.
 */
function delveGoOf(ctx: ProbeContext, go: GoFacts, dlvEnv: KeptEnv<EnvValue>, activate: unknown): ToolchainFacts['delveGo'] {
  if (!go.path) return undefined;
  const path = dlvEnv.PATH;
  const fromSetting = path && path.origin !== 'env';
  if (!fromSetting && (go.why?.startsWith('PATH') || activate !== false)) return undefined;
  const found = searchFirst(ctx, onPath(pathDirs(path?.value), 'go'));
  if (!found.path || same(ctx, found.path, go.path)) return undefined;
  return { path: found.path, pathFrom: fromSetting ? t(P.pathFrom, { origin: path.origin }) : t(P.pathNoActivate) };
}

function same(ctx: ProbeContext, a: string, b: string): boolean {
  const ra = ctx.host.realpath(a);
  const rb = ctx.host.realpath(b);
  return (ra.ok ? ra.value : a) === (rb.ok ? rb.value : b);
}
