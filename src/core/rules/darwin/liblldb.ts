/**
 * liblldb.dylib / LLDB.framework. Delve never loads liblldb (GROUND_TRUTH §1): these findings are warnings for
 * LLDB-based tools (lldb, lldb-dap, CodeLLDB) and health signals for the framework that ships debugserver.
 */
import { t } from '../../i18n';
import { LIB } from '../../i18n/messages/rules-liblldb';
import { PRE } from '../../i18n/messages/rules-preflight';
import type { Finding, Fix } from '../../report/types';
import type { DarwinMachine, DepNode, LldbCandidate } from '../../probe/machine';
import { archList } from '../../arch/names';
import { type DarwinRule,  command, hwName, lipo, manual, q, ruleFinding, settingsEdit } from '../finding';
import { scopeOf } from '../../probe/settings';

const LIB_KINDS = new Set(['dlv-adjacent', 'system', 'homebrew', 'clt', 'xcode', 'developer-dir', 'setting']);

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

function fixesFor(c: LldbCandidate, m: DarwinMachine): Fix[] {
  if (c.kind === 'setting') return [staleFix(m, c)];
  if (c.kind === 'homebrew' || c.kind === 'homebrew-lldb' || c.kind === 'dlv-adjacent') return [brewFix(c, m)];
  return reinstallClt();
}

function staleFix(m: DarwinMachine, c: LldbCandidate): Fix {
  const list = (m.settings['goLldbDoctor.lldbPaths'] ?? []).filter((_, i) => i !== c.settingIndex);
  return settingsEdit(t(LIB.removeEntry), ['goLldbDoctor.lldbPaths'], { value: list }, scopeOf(m.settingsByScope, 'goLldbDoctor.lldbPaths'));
}

export const lldbStalePath: DarwinRule = (m) =>
  m.darwin.lldb.candidates
    .filter((c) => c.kind === 'setting' && !c.exists)
    .map((c) => ruleFinding('liblldb-stale-path', {
      detail: t(LIB.stale, { i: String(c.settingIndex), path: c.path }),
      evidence: [`goLldbDoctor.lldbPaths[${c.settingIndex}] = ${c.path}`, `\`ls -l ${q(c.path)}\`: No such file or directory`],
      fixes: [staleFix(m, c)],
    }));

export const lldbArch: DarwinRule = (m) =>
  m.darwin.lldb.candidates
    .filter((c) => c.exists && c.referenced && LIB_KINDS.has(c.kind) && c.loadArch && !c.slice)
    .map((c) => ruleFinding('liblldb-arch-mismatch', {
      detail: t(LIB.archMismatch, { path: c.path, why: c.why, archs: archList(c.binary?.archs), load: c.loadArch ?? '', hw: hwName(m.host.hardware) }),
      evidence: [`${c.path}: ${archList(c.binary?.archs)} (\`${lipo(c.path)}\`)`, t(LIB.evLoadingProcess, { arch: c.loadArch ?? '' })],
      fixes: fixesFor(c, m),
    }));

function depLine(d: DepNode): string {
  if (d.status === 'arch') return t(LIB.evDepArch, { name: d.name, resolved: d.resolved ?? '', archs: archList(d.archs), load: d.loadArch ?? '' });
  const tried = d.tried && d.tried.length > 0 ? t(LIB.evDepTried, { paths: d.tried.join(', ') }) : t(LIB.evDepNoRpath);
  return t(LIB.evDepMissing, { name: d.name, loader: d.loader, tried });
}

function depFindings(m: DarwinMachine, root: { path: string; deps: DepNode[]; fixes: Fix[]; stub: boolean }): Finding[] {
  const out: Finding[] = [];
  const missing = root.deps.filter((d) => d.status === 'missing');
  const arch = root.deps.filter((d) => d.status === 'arch');
  const component = root.stub ? 'debugserver' : 'liblldb';
  const severity = root.stub ? 'error' : undefined;
  const who = t(root.stub ? LIB.whoStub : LIB.whoTools);
  if (missing.length > 0) {
    out.push(ruleFinding('liblldb-dependency-missing', {
      component, ...(severity ? { severity } : {}),
      detail: t(missing.length === 1 ? LIB.depMissing1 : LIB.depMissingN, { n: missing.length, path: root.path, who }),
      evidence: [...missing.slice(0, 6).map(depLine), `\`otool -L ${q(missing[0]?.loader ?? root.path)}\``, `\`otool -l ${q(missing[0]?.loader ?? root.path)} | grep -A2 LC_RPATH\``],
      fixes: root.fixes,
    }));
  }
  if (arch.length > 0) {
    out.push(ruleFinding('liblldb-dependency-arch', {
      component, ...(severity ? { severity } : {}),
      detail: t(arch.length === 1 ? LIB.depArch1 : LIB.depArchN, { n: arch.length, path: root.path, load: String(arch[0]?.loadArch), hw: hwName(m.host.hardware), who }),
      evidence: [...arch.slice(0, 6).map(depLine), ...arch.slice(0, 2).map((d) => `\`${lipo(d.resolved ?? d.name)}\``)],
      fixes: root.fixes,
    }));
  }
  return out;
}

export const lldbDependencies: DarwinRule = (m) => {
  const out: Finding[] = [];
  if (m.darwin.stub.binary && m.darwin.stub.kind === 'debugserver') {
    out.push(...depFindings(m, { path: m.darwin.stub.path as string, deps: m.darwin.stub.deps, stub: true, fixes: reinstallClt() }));
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
  out.push(...depFindings(m, { path: first.path, deps, stub: false, fixes: fixesFor(first, m) }));
  return out;
};
