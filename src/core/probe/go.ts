/**
 * The Go toolchain vscode-go would use (getBinPath('go')): `go.alternateTools.go`, `go.goroot`, `$GOROOT`, PATH,
 * then the default install locations; its Mach-O arch and `go env -json`.
 */
import type { GoFacts } from './machine';
import { expandHome, joinPath, run, type ProbeContext } from './context';
import { pathDirs } from './env';
import { GO_ENV_KEYS, keptKeysOf } from '../snapfile/envKeys';
import { onPath, searchFirst, type Candidate } from './search';
import { stringRecord, stringSetting, type GoSettings } from './settings';
import { UNTRUSTED } from './runner';
import type { ExecPath, Source } from './trust';

const DEFAULT_GO = ['/usr/local/go/bin/go', '/opt/homebrew/bin/go', '/usr/local/bin/go'];

export async function probeGo(ctx: ProbeContext, settings: GoSettings): Promise<GoFacts> {
  const env = ctx.host.env;
  const home = env.HOME;
  const candidates: Candidate[] = [];
  const alt = stringRecord(settings['go.alternateTools']).go;
  const altBy: Source[] = [{ setting: 'go.alternateTools', sub: 'go' }];
  if (alt && alt.includes('/')) candidates.push({ path: expandHome(alt, home), why: 'go.alternateTools.go', by: altBy });
  const goroot = stringSetting(settings, 'go.goroot');
  if (goroot) candidates.push({ path: joinPath(expandHome(goroot, home), 'bin/go'), why: 'go.goroot', by: [{ setting: 'go.goroot' }] });
  const toolsGorootSet = stringRecord(settings['go.toolsEnvVars']).GOROOT;
  const toolsGoroot = toolsGorootSet ?? env.GOROOT;
  if (toolsGoroot) candidates.push({ path: joinPath(toolsGoroot, 'bin/go'), why: '$GOROOT/bin', by: toolsGorootSet ? [{ setting: 'go.toolsEnvVars', sub: 'GOROOT' }] : ['machine'] });
  const bare = alt && !alt.includes('/');
  candidates.push(...onPath(pathDirs(env.PATH), bare ? alt : 'go').map((c) => (bare ? { ...c, by: altBy } : c)));
  candidates.push(...DEFAULT_GO.map((p) => ({ path: p, why: 'default install location' })));
  const facts: GoFacts = searchFirst(ctx, candidates);
  if (facts.why === 'go.alternateTools.go') facts.settingKey = 'go.alternateTools';
  if (facts.why === 'go.goroot') facts.settingKey = 'go.goroot';
  const info = facts.binary?.file.slices.find((s) => s.goBuildInfo)?.goBuildInfo;
  if (info?.goVersion) facts.version = info.goVersion;
  if (facts.exec) await readGoEnv(ctx, facts, facts.exec);
  return facts;
}

async function readGoEnv(ctx: ProbeContext, facts: GoFacts, go: ExecPath): Promise<void> {
  const r = await run(ctx, go, ['env', '-json', ...GO_ENV_KEYS]);
  if (r.error === UNTRUSTED) {
    facts.envUnknown = 'untrusted';
    return;
  }
  if (r.exitCode !== 0) {
    facts.envUnknown = r.error ?? `exit ${r.exitCode ?? r.signal}`;
    return;
  }
  try {
    facts.env = keptKeysOf(stringRecord(JSON.parse(r.stdout ?? '')));
    if (facts.env.GOVERSION) facts.version = facts.env.GOVERSION;
  } catch {
    facts.envUnknown = 'unparsable output';
  }
}
