/**
 * The stub Delve would start on macOS (delve pkg/proc/gdbserial/gdbserver.go, GROUND_TRUTH §2):
 * `$DELVE_DEBUGSERVER_PATH` (used as-is, unchecked), `debugserver` on PATH, the Command Line Tools' LLDB.framework,
 * `$(xcode-select --print-path)/../SharedFrameworks/LLDB.framework`, then `lldb-server` on PATH.
 */
import { canExecute } from '../../arch/slices';
import type { HardwareArch } from '../../arch/names';
import type { EnvValue, HostFacts, SearchStep, StubFacts } from '../machine';
import type { KeptEnv } from '../../snapfile/envKeys';
import { type ProbeContext, dirname, joinPath, output, readBinary } from '../context';
import { pathDirs } from '../env';
import { type Candidate, onPath, searchFirst } from '../search';
import { walkDeps } from './deps';
import { t } from '../../i18n';
import { PROBE as P } from '../../i18n/messages/probe';

export const CLT_DEBUGSERVER = '/Library/Developer/CommandLineTools/Library/PrivateFrameworks/LLDB.framework/Versions/A/Resources/debugserver';
const XCODE_REL = '../SharedFrameworks/LLDB.framework/Versions/A/Resources/debugserver';

export async function xcodeSelectPath(ctx: ProbeContext): Promise<string | undefined> {
  const out = await output(ctx, 'xcode-select', ['-p']);
  const p = out?.trim();
  return p ? p : undefined;
}

export function probeStub(ctx: ProbeContext, host: HostFacts, dlvEnv: KeptEnv<EnvValue>, xcodeSelect: string | undefined, dlvTranslated: boolean): StubFacts {
  const override = dlvEnv.DELVE_DEBUGSERVER_PATH;
  const base = { deps: [], unknown: [] as string[] };
  let facts: StubFacts;
  if (override && override.value !== '') {
    const bin = readBinary(ctx, override.value);
    const step: SearchStep = { path: override.value, why: 'DELVE_DEBUGSERVER_PATH', result: bin ? 'found' : 'absent' };
    facts = { ...base, kind: 'debugserver', path: override.value, why: 'DELVE_DEBUGSERVER_PATH', searched: [step], override, overrideExists: Boolean(bin) };
    if (bin) facts.binary = bin;
  } else {
    facts = searchDefault(ctx, pathDirs(dlvEnv.PATH?.value), xcodeSelect);
  }
  if (xcodeSelect) facts.xcodeSelect = xcodeSelect;
  if (facts.binary && host.hardware) {
    const run = runAs(facts.binary.file.slices, host.hardware, Boolean(host.translated) || dlvTranslated);
    facts.run = run;
    if (run.arch) facts.deps = walkDeps(ctx, facts.binary, run.arch, { executable: facts.binary.realPath ?? facts.binary.path, osVersion: host.osVersion });
  }
  return facts;
}

function searchDefault(ctx: ProbeContext, pathList: string[], xcodeSelect: string | undefined): StubFacts {
  const unknown: string[] = [];
  const candidates: Candidate[] = [...onPath(pathList, 'debugserver'), { path: CLT_DEBUGSERVER, why: t(P.whyClt) }];
  if (xcodeSelect) candidates.push({ path: joinPath(xcodeSelect, XCODE_REL), why: 'xcode-select -p' });
  else unknown.push('xcode-select -p');
  const ds = searchFirst(ctx, candidates);
  if (ds.path) return { ...ds, kind: 'debugserver', deps: [], unknown };
  const ls = searchFirst(ctx, onPath(pathList, 'lldb-server'));
  const searched = [...ds.searched, ...ls.searched];
  if (ls.path) return { ...ls, searched, kind: 'lldb-server', deps: [], unknown };
  return { searched, kind: 'none', deps: [], unknown };
}

/** How a binary runs when dlv execs it: native, under Rosetta, or not at all. */
export function runAs(slices: Parameters<typeof canExecute>[0], hardware: HardwareArch, translatedParent: boolean): { how: 'native' | 'rosetta' | 'no'; arch?: string } {
  const r = canExecute(slices, hardware, { translatedParent });
  return r.slice ? { how: r.how, arch: r.slice.arch } : { how: r.how };
}

/**
 * LLDB.framework's build number from `<framework>/Versions/A/Resources/Info.plist` (CFBundleVersion), next to
 * debugserver. lldb-1600 and later are the Xcode 16 family (research/failure-modes.md §2.2, "path to verify": the
 * key read here is an assumption, so a plist without it gives no version and no finding).
 */
export function frameworkVersion(ctx: ProbeContext, debugserverPath: string): { value: string; path: string } | undefined {
  const path = joinPath(dirname(debugserverPath), 'Info.plist');
  const text = ctx.host.readText(path, 'plist');
  if (!text.ok) return undefined;
  const m = /<key>CFBundleVersion<\/key>\s*<string>(\d+(?:\.\d+)*)<\/string>/.exec(text.value);
  return m?.[1] ? { value: m[1], path } : undefined;
}
