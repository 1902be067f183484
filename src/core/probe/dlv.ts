/**
 * dlv as vscode-go resolves it (GROUND_TRUTH §3): `go.alternateTools.dlv` if absolute and executable, `$GOBIN`,
 * `go.toolsGopath/bin`, each `GOPATH/bin`, `GOROOT/bin`, PATH. Its arch, and its Delve version from the Go build
 * info in the file (Mach-O, or what the platform's `buildInfo` reads: ELF on Linux), else `go version -m`, else `dlv version`.
 */
import type { DlvFacts, GoFacts } from './machine';
import { expandHome, joinPath, run, type ProbeContext } from './context';
import { pathDirs } from './env';
import { onPath, searchFirst, type Candidate } from './search';
import { scopeOf, stringRecord, stringSetting, type GoSettings, type SettingsByScope } from './settings';
import { UNTRUSTED } from './runner';
import type { ExecPath, Source } from './trust';
import type { GoBuildInfo } from '../macho/types';

const DELVE_MODULE = 'github.com/go-delve/delve';

/** Reads the Go build info of a file whose format the probes do not read for dlv (a platform's, platforms.ts). */
export type BuildInfoReader = (ctx: ProbeContext, path: string) => GoBuildInfo | undefined;

export async function probeDlv(ctx: ProbeContext, settings: GoSettings, byScope: SettingsByScope | undefined, go: GoFacts, buildInfo?: BuildInfoReader): Promise<DlvFacts> {
  const env = ctx.host.env;
  const home = env.HOME;
  const tools = stringRecord(settings['go.toolsEnvVars']);
  const goEnv = go.env ?? {};
  const candidates: Candidate[] = [];
  const altValue = stringRecord(settings['go.alternateTools']).dlv;
  let alternate: DlvFacts['alternate'];
  const altBy: Source = { setting: 'go.alternateTools', sub: 'dlv' };
  if (altValue) {
    alternate = { value: altValue };
    const scope = scopeOf(byScope, 'go.alternateTools', 'dlv');
    if (scope) alternate.scope = scope;
    const p = expandHome(altValue, home);
    if (p.startsWith('/')) candidates.push({ path: p, why: 'go.alternateTools.dlv', by: [altBy] });
    else if (p.includes('/')) alternate.problem = 'not-absolute';
  }
  const bare = Boolean(altValue && !altValue.includes('/'));
  const name = bare ? (altValue as string) : 'dlv';
  const nameBy: Source[] = bare ? [altBy] : [];
  const [gobin, gobinBy] = firstOf([tools.GOBIN, { setting: 'go.toolsEnvVars', sub: 'GOBIN' }], [env.GOBIN ?? goEnv.GOBIN, 'machine']);
  if (gobin) candidates.push({ path: joinPath(gobin, name), why: '$GOBIN', by: [gobinBy, ...nameBy] });
  const toolsGopath = stringSetting(settings, 'go.toolsGopath');
  if (toolsGopath) candidates.push({ path: joinPath(expandHome(toolsGopath, home), 'bin', name), why: 'go.toolsGopath/bin', by: [{ setting: 'go.toolsGopath' }, ...nameBy] });
  const [gopath, gopathBy] = firstOf([stringSetting(settings, 'go.gopath'), { setting: 'go.gopath' }], [tools.GOPATH, { setting: 'go.toolsEnvVars', sub: 'GOPATH' }], [env.GOPATH ?? goEnv.GOPATH ?? (home ? `${home}/go` : undefined), 'machine']);
  for (const d of (gopath ?? '').split(':').filter(Boolean)) candidates.push({ path: joinPath(expandHome(d, home), 'bin', name), why: '$GOPATH/bin', by: [gopathBy, ...nameBy] });
  const [goroot, gorootBy] = firstOf([stringSetting(settings, 'go.goroot'), { setting: 'go.goroot' }], [tools.GOROOT, { setting: 'go.toolsEnvVars', sub: 'GOROOT' }], [env.GOROOT ?? goEnv.GOROOT, 'machine']);
  if (goroot) candidates.push({ path: joinPath(goroot, 'bin', name), why: '$GOROOT/bin', by: [gorootBy, ...nameBy] });
  candidates.push(...onPath(pathDirs(env.PATH), name).map((c) => ({ ...c, by: nameBy })));
  const facts: DlvFacts = searchFirst(ctx, candidates);
  if (alternate) {
    const step = facts.searched.find((s) => s.why === 'go.alternateTools.dlv');
    if (step && step.result !== 'found') alternate.problem = step.result === 'not-executable' ? 'not-executable' : 'absent';
    facts.alternate = alternate;
  }
  if (facts.binary && facts.exec) await readVersion(ctx, facts, facts.exec, go, buildInfo);
  return facts;
}

/** The first value that is set, with the source that set it. */
function firstOf(...options: [string | undefined, Source][]): [string | undefined, Source] {
  return options.find(([v]) => v) ?? [undefined, 'machine'];
}

async function readVersion(ctx: ProbeContext, facts: DlvFacts, dlv: ExecPath, go: GoFacts, buildInfo: BuildInfoReader | undefined): Promise<void> {
  const path = dlv.path;
  const info = facts.binary?.file.slices.find((s) => s.goBuildInfo)?.goBuildInfo ?? buildInfo?.(ctx, path);
  if (info) {
    facts.builtWithGo = info.goVersion;
    if (info.settings.GOARCH) facts.buildGoarch = info.settings.GOARCH;
    const v = info.mainModule?.path === DELVE_MODULE ? info.mainModule.version : undefined;
    if (v && v !== '(devel)') {
      facts.version = v.replace(/^v/, '');
      facts.versionSource = 'buildinfo';
      return;
    }
  } else if (go.exec && go.env) {
    const r = await run(ctx, go.exec, ['version', '-m', path]);
    if (r.exitCode === 0) applyGoVersionM(facts, r.stdout ?? '');
    if (facts.version) return;
  }
  const r = await run(ctx, dlv, ['version']);
  if (r.error === 'EBADARCH' || r.error === 'ENOEXEC') facts.spawnError = r.error;
  const m = /Version:\s*v?(\d+\.\d+\.\d+)/.exec(r.stdout ?? '');
  if (r.exitCode === 0 && m?.[1]) {
    facts.version = m[1];
    facts.versionSource = 'dlv version';
  }
}

/** `go version -m <dlv>`: "<path>: go1.22.3", "\tmod\tgithub.com/go-delve/delve\tv1.23.1\t…", "\tbuild\tGOARCH=arm64". */
function applyGoVersionM(facts: DlvFacts, text: string): void {
  const head = /:\s*(go[\w.]+)/.exec(text.split('\n')[0] ?? '');
  if (head?.[1]) facts.builtWithGo = head[1];
  const mod = new RegExp(`^[ \\t]*mod\\s+${DELVE_MODULE.replace(/\./g, '\\.')}\\s+v?(\\d+\\.\\d+\\.\\d+\\S*)`, 'm').exec(text);
  if (mod?.[1]) {
    facts.version = mod[1];
    facts.versionSource = 'go version -m';
  }
  const arch = /^[ \t]*build\s+GOARCH=(\S+)/m.exec(text);
  if (arch?.[1]) facts.buildGoarch = arch[1];
}

/**
 * Whether a dlv that needs Rosetta can start at all: `dlv version` (an allowed command, already run when the build
 * info holds no version) runs when Rosetta is installed and fails with EBADARCH (errno -86) when it is not
 * (GROUND_TRUTH §3, §6). The runner refuses it for a dlv whose path a value of an untrusted workspace decided
 * (any of them: go.alternateTools, go.toolsEnvVars, go.toolsGopath, go.gopath, go.goroot): unknown then.
 */
export async function rosettaState(ctx: ProbeContext, facts: DlvFacts): Promise<'installed' | 'missing' | 'unknown'> {
  if (facts.spawnError === 'EBADARCH') return 'missing';
  if (!facts.exec) return 'unknown';
  const r = await run(ctx, facts.exec, ['version']);
  if (r.error === UNTRUSTED) return 'unknown';
  if (r.error === 'EBADARCH') {
    facts.spawnError = 'EBADARCH';
    return 'missing';
  }
  return r.exitCode === 0 ? 'installed' : 'unknown';
}
