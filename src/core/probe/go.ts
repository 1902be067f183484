/**
 * The Go toolchain vscode-go would use (getBinPath('go')): `go.alternateTools.go`, `go.goroot`, `$GOROOT`, PATH,
 * then the default install locations; its Mach-O arch and `go env -json`.
 */
import type { GoFacts } from './machine';
import { expandHome, joinPath, run, type ProbeContext } from './context';
import { pathDirs } from './env';
import { onPath, searchFirst, type Candidate } from './search';
import { scopeOf, stringRecord, stringSetting, type GoSettings, type SettingsByScope } from './settings';

const DEFAULT_GO = ['/usr/local/go/bin/go', '/opt/homebrew/bin/go', '/usr/local/bin/go'];

export async function probeGo(ctx: ProbeContext, settings: GoSettings, byScope: SettingsByScope | undefined): Promise<GoFacts> {
  const env = ctx.host.env;
  const home = env.HOME;
  const candidates: Candidate[] = [];
  const alt = stringRecord(settings['go.alternateTools']).go;
  if (alt && alt.includes('/')) candidates.push({ path: expandHome(alt, home), why: 'go.alternateTools.go' });
  const goroot = stringSetting(settings, 'go.goroot');
  if (goroot) candidates.push({ path: joinPath(expandHome(goroot, home), 'bin/go'), why: 'go.goroot' });
  const toolsGoroot = stringRecord(settings['go.toolsEnvVars']).GOROOT ?? env.GOROOT;
  if (toolsGoroot) candidates.push({ path: joinPath(toolsGoroot, 'bin/go'), why: '$GOROOT/bin' });
  candidates.push(...onPath(pathDirs(env.PATH), alt && !alt.includes('/') ? alt : 'go'));
  candidates.push(...DEFAULT_GO.map((p) => ({ path: p, why: 'default install location' })));
  const facts: GoFacts = searchFirst(ctx, candidates);
  if (facts.why === 'go.alternateTools.go') facts.settingKey = 'go.alternateTools';
  if (facts.why === 'go.goroot') facts.settingKey = 'go.goroot';
  const info = facts.binary?.file.slices.find((s) => s.goBuildInfo)?.goBuildInfo;
  if (info?.goVersion) facts.version = info.goVersion;
  if (!facts.path) return facts;
  const scope = facts.settingKey ? scopeOf(byScope, facts.settingKey, facts.settingKey === 'go.alternateTools' ? 'go' : undefined) : undefined;
  if (!ctx.trusted && facts.settingKey && scope !== 'user') {
    facts.envUnknown = 'untrusted';
    ctx.notes.push(`Did not run ${facts.path} (set by ${facts.why} in an untrusted workspace); read its headers only.`);
    return facts;
  }
  await readGoEnv(ctx, facts, facts.path);
  return facts;
}

async function readGoEnv(ctx: ProbeContext, facts: GoFacts, goPath: string): Promise<void> {
  const r = await run(ctx, [goPath, 'env', '-json']);
  if (r.exitCode !== 0) {
    facts.envUnknown = r.error ?? `exit ${r.exitCode ?? r.signal}`;
    return;
  }
  try {
    facts.env = stringRecord(JSON.parse(r.stdout ?? ''));
    if (facts.env.GOVERSION) facts.version = facts.env.GOVERSION;
  } catch {
    facts.envUnknown = 'unparsable output';
  }
}
