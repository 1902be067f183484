/**
 * Every liblldb.dylib / LLDB.framework the popular diagnosis checks (GROUND_TRUTH §5), with its slices, the slice
 * the loading process would use, its dependencies, and whether anything references it.
 */
import type { HostFacts, LldbCandidate, LldbKind } from '../machine';
import { type ProbeContext, dirname, expandHome, joinPath, normalize, readBinary } from '../context';
import { pathDirs } from '../env';
import { sliceFor } from '../../arch/slices';
import { walkDeps } from './deps';
import { t } from '../../i18n';
import { PROBE as P } from '../../i18n/messages/probe';

const CLT_LLDB = '/Library/Developer/CommandLineTools/Library/PrivateFrameworks/LLDB.framework/Versions/A/LLDB';
const XCODE_LLDB_REL = '../SharedFrameworks/LLDB.framework/Versions/A/LLDB';
const BREW_PREFIXES = ['/opt/homebrew/opt', '/usr/local/opt'];

interface Want {
  path: string;
  kind: LldbKind;
  why: string;
  settingIndex?: number;
}

export interface LldbInputs {
  dlvPath?: string;
  xcodeSelect?: string;
  developerDir?: string;
  lldbPaths: string[];
  pathEnv?: string;
}

export function probeLldb(ctx: ProbeContext, host: HostFacts, inputs: LldbInputs): LldbCandidate[] {
  const wants = candidatePaths(ctx, inputs);
  const seen = new Map<string, LldbCandidate>();
  const out: LldbCandidate[] = [];
  for (const w of wants) {
    if (seen.has(w.path)) continue;
    const c = inspect(ctx, host, w, inputs);
    seen.set(w.path, c);
    out.push(c);
  }
  return out;
}

function candidatePaths(ctx: ProbeContext, inputs: LldbInputs): Want[] {
  const home = ctx.host.env.HOME;
  const wants: Want[] = inputs.lldbPaths.map((p, i) => ({ path: normalize(expandHome(p, home)), kind: 'setting', why: `goLldbDoctor.lldbPaths[${i}]`, settingIndex: i }));
  if (inputs.dlvPath) wants.push({ path: joinPath(dirname(inputs.dlvPath), '../lib/liblldb.dylib'), kind: 'dlv-adjacent', why: '$(dirname dlv)/../lib' });
  wants.push({ path: '/usr/lib/liblldb.dylib', kind: 'system', why: '/usr/lib' });
  for (const prefix of BREW_PREFIXES) {
    for (const name of brewLlvms(ctx, prefix)) {
      wants.push({ path: `${prefix}/${name}/lib/liblldb.dylib`, kind: 'homebrew', why: `Homebrew ${name}` });
      wants.push({ path: `${prefix}/${name}/bin/lldb`, kind: 'homebrew-lldb', why: t(P.whyBrewLldb, { name }) });
    }
  }
  wants.push({ path: CLT_LLDB, kind: 'clt', why: t(P.whyClt) });
  if (inputs.developerDir) wants.push({ path: joinPath(inputs.developerDir, XCODE_LLDB_REL), kind: 'developer-dir', why: 'DEVELOPER_DIR' });
  if (inputs.xcodeSelect && !inputs.xcodeSelect.startsWith('/Library/Developer/CommandLineTools')) {
    wants.push({ path: joinPath(inputs.xcodeSelect, XCODE_LLDB_REL), kind: 'xcode', why: 'xcode-select -p' });
  }
  for (const app of xcodeApps(ctx)) wants.push({ path: `/Applications/${app}/Contents/SharedFrameworks/LLDB.framework/Versions/A/LLDB`, kind: 'xcode', why: app });
  return wants;
}

function brewLlvms(ctx: ProbeContext, prefix: string): string[] {
  const names = ['llvm'];
  const r = ctx.host.readdir(prefix);
  if (r.ok) names.push(...r.value.filter((n) => /^llvm@\d+$/.test(n)).sort((a, b) => Number(b.slice(5)) - Number(a.slice(5))));
  return names;
}

function xcodeApps(ctx: ProbeContext): string[] {
  const r = ctx.host.readdir('/Applications');
  return r.ok ? r.value.filter((n) => /^Xcode.*\.app$/.test(n)) : [];
}

function inspect(ctx: ProbeContext, host: HostFacts, w: Want, inputs: LldbInputs): LldbCandidate {
  const c: LldbCandidate = { path: w.path, kind: w.kind, why: w.why, exists: false, deps: [], referenced: false };
  if (w.settingIndex !== undefined) c.settingIndex = w.settingIndex;
  const bin = readBinary(ctx, w.path);
  c.referenced = isReferenced(ctx, w, inputs);
  if (!bin) return c;
  c.exists = true;
  c.binary = bin;
  const loadArch = host.childArch;
  if (!loadArch) return c;
  c.loadArch = loadArch;
  const slice = sliceFor(bin.archs, loadArch);
  if (slice) {
    c.slice = slice;
    const executable = w.kind === 'homebrew-lldb' ? (bin.realPath ?? bin.path) : undefined;
    c.deps = walkDeps(ctx, bin, slice, { executable, osVersion: host.osVersion });
  }
  return c;
}

function realDir(ctx: ProbeContext, p: string): string {
  const r = ctx.host.realpath(p);
  return r.ok ? r.value : normalize(p);
}

/** Something points at it: a setting, dlv's own prefix, the active developer dir, or its bin/ on PATH. */
function isReferenced(ctx: ProbeContext, w: Want, inputs: LldbInputs): boolean {
  switch (w.kind) {
    case 'setting':
    case 'dlv-adjacent':
    case 'developer-dir':
      return true;
    case 'clt':
      return !inputs.xcodeSelect || inputs.xcodeSelect.startsWith('/Library/Developer/CommandLineTools');
    case 'xcode':
      return w.why === 'xcode-select -p' || (inputs.xcodeSelect !== undefined && w.path.startsWith(dirname(inputs.xcodeSelect)));
    case 'system':
      return false;
    default: {
      const bin = realDir(ctx, joinPath(dirname(dirname(w.path)), 'bin'));
      const settings = inputs.lldbPaths.map((p) => realDir(ctx, dirname(p)));
      const lib = realDir(ctx, dirname(w.path));
      return pathDirs(inputs.pathEnv).some((d) => realDir(ctx, d) === bin) || settings.includes(lib);
    }
  }
}

