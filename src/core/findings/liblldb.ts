/**
 * What the liblldb findings share: the fixes of an LLDB library by where it comes from (Homebrew, the Command Line
 * Tools, a goLldbDoctor.lldbPaths entry), and the dependency roots whose missing or wrong-CPU libraries two findings
 * report (liblldb-dependency-missing, liblldb-dependency-arch). Delve never loads liblldb (GROUND_TRUTH §1): these
 * are warnings for LLDB-based tools (lldb, lldb-dap, CodeLLDB) and health signals for the framework that ships
 * debugserver.
 */
import { t } from '../i18n';
import { LIB } from '../i18n/messages/rules-liblldb';
import { PRE } from '../i18n/messages/rules-preflight';
import { archList } from '../arch/names';
import type { DarwinMachine, DepNode, LldbCandidate } from '../probe/machine';
import { scopeOf } from '../probe/settings';
import type { Fix } from '../report/types';
import { command, manual, settingsEdit } from './fixes';

/** The kinds of candidate whose slices matter (a library something loads). */
export const LIB_KINDS: ReadonlySet<string> = new Set(['dlv-adjacent', 'system', 'homebrew', 'clt', 'xcode', 'developer-dir', 'setting']);

function brewFix(c: LldbCandidate, m: DarwinMachine): Fix {
  if (c.path.startsWith('/usr/local/') && m.host.hardware === 'arm64') {
    return manual(t(LIB.brewArm), t(LIB.brewArmDetail));
  }
  const formula = /\/opt\/(llvm(?:@\d+)?)\//.exec(c.path)?.[1] ?? 'llvm';
  return command(t(LIB.brewReinstall, { formula }), `brew reinstall ${formula}`);
}

/**
 * Reinstalling the Command Line Tools is two steps, two commands: every fix command is one simple command
 * (test/unit/hostile/shell-fix-commands.test.ts), never a `&&` list typed into a terminal at once.
 */
function reinstallClt(): Fix[] {
  return [
    command(t(PRE.removeCltStep), 'sudo rm -rf /Library/Developer/CommandLineTools'),
    command(t(PRE.installCltStep), 'xcode-select --install'),
  ];
}

/** Remove a goLldbDoctor.lldbPaths entry. */
export function staleFix(m: DarwinMachine, c: LldbCandidate): Fix {
  const list = (m.settings['goLldbDoctor.lldbPaths'] ?? []).filter((_, i) => i !== c.settingIndex);
  return settingsEdit(t(LIB.removeEntry), ['goLldbDoctor.lldbPaths'], { value: list }, scopeOf(m.settingsByScope, 'goLldbDoctor.lldbPaths'));
}

/** The fixes of a library, by where it comes from. */
export function fixesFor(c: LldbCandidate, m: DarwinMachine): Fix[] {
  if (c.kind === 'setting') return [staleFix(m, c)];
  if (c.kind === 'homebrew' || c.kind === 'homebrew-lldb' || c.kind === 'dlv-adjacent') return [brewFix(c, m)];
  return reinstallClt();
}

/** A file whose dependencies were followed: debugserver's (the stub) or the first referenced LLDB's, with its fixes. */
export interface DepRoot {
  path: string;
  deps: DepNode[];
  fixes: Fix[];
  stub: boolean;
}

/** debugserver's dependencies first, then those of every referenced LLDB once (named after the first that fails). */
export function dependencyRoots(m: DarwinMachine): DepRoot[] {
  const out: DepRoot[] = [];
  if (m.darwin.stub.binary && m.darwin.stub.kind === 'debugserver') {
    out.push({ path: m.darwin.stub.path as string, deps: m.darwin.stub.deps, stub: true, fixes: reinstallClt() });
  }
  const roots = m.darwin.lldb.candidates.filter((c) => c.exists && c.referenced && c.deps.length > 0);
  const first = roots.find((c) => c.deps.some((d) => d.status === 'missing' || d.status === 'arch'));
  if (!first) return out;
  const seen = new Set<string>();
  const deps = roots.flatMap((c) => c.deps).filter((d) => {
    const key = `${d.status}\0${d.resolved ?? d.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  out.push({ path: first.path, deps, stub: false, fixes: fixesFor(first, m) });
  return out;
}

/** What a root's failing dependencies break, its component and severity: debugserver's are errors of the stub. */
export function rootParts(root: DepRoot): { who: string; component?: 'debugserver'; severity?: 'error' } {
  return root.stub ? { who: t(LIB.whoStub), component: 'debugserver', severity: 'error' } : { who: t(LIB.whoTools) };
}

/** One failing dependency as an evidence line. */
export function depLine(d: DepNode): string {
  if (d.status === 'arch') return t(LIB.evDepArch, { name: d.name, resolved: d.resolved ?? '', archs: archList(d.archs), load: d.loadArch ?? '' });
  const tried = d.tried && d.tried.length > 0 ? t(LIB.evDepTried, { paths: d.tried.join(', ') }) : t(LIB.evDepNoRpath);
  return t(LIB.evDepMissing, { name: d.name, loader: d.loader, tried });
}
