/** Which LLDBs are installed and referenced: Homebrew beside the system LLDB, one nothing uses, none at all. */
import type { Machine } from '../probe/machine';
import { archList } from '../probe/arch';
import { ruleFinding, lipo, manual, type MachineRule } from './finding';

function systemLldb(m: Machine) {
  return m.lldb.candidates.filter((c) => c.exists && (c.kind === 'clt' || c.kind === 'xcode' || c.kind === 'developer-dir'));
}

export const lldbMixed: MachineRule = (m) => {
  const brew = m.lldb.candidates.filter((c) => c.exists && c.kind === 'homebrew' && c.referenced);
  const sys = systemLldb(m);
  const first = brew[0];
  if (!first || sys.length === 0) return [];
  return [ruleFinding('liblldb-mixed', {
    detail: `Homebrew's LLVM (${first.path}) is on PATH and the system LLDB (${sys[0]?.path}) is installed too. Which \`lldb\` runs depends on PATH order; /usr/bin/lldb is an xcselect shim for the active developer dir. Delve uses neither: it talks to debugserver.`,
    evidence: [...brew.map((c) => `${c.path}: ${archList(c.binary?.archs)}`), ...sys.map((c) => `${c.path}: ${archList(c.binary?.archs)}`), 'PATH: ' + (m.env.PATH ?? ''), '`which -a lldb`', '`xcrun --find lldb`'],
    fixes: [manual('Nothing to change for Go debugging', 'For lldb or CodeLLDB, choose one LLDB: put its bin directory first on PATH, or set CodeLLDB\'s lldb.library.')],
  })];
};

export const lldbUnreferenced: MachineRule = (m) =>
  m.lldb.candidates
    .filter((c) => c.exists && c.kind === 'homebrew' && !c.referenced)
    .map((c) => ruleFinding('liblldb-unreferenced', {
      detail: `${c.path} (${c.why}, ${archList(c.binary?.archs)}) is installed but not on PATH, not in settings and not next to dlv: nothing uses it. Delve never loads liblldb, so it plays no part in Go debugging.${c.loadArch && !c.slice ? ` It also has no ${c.loadArch} slice.` : ''}`,
      evidence: [`${c.path}: ${archList(c.binary?.archs)} (\`${lipo(c.path)}\`)`, 'PATH: ' + (m.env.PATH ?? '')],
      fixes: [manual('No change needed', 'Leave it, or remove it with `brew uninstall` if you installed it only for Go debugging.')],
    }));

export const lldbNone: MachineRule = (m) => {
  if (m.lldb.candidates.some((c) => c.exists)) return [];
  return [ruleFinding('liblldb-not-found', {
    detail: 'No LLDB.framework and no liblldb.dylib were found (Command Line Tools, Xcode, Homebrew LLVM).',
    evidence: m.lldb.candidates.filter((c) => c.kind !== 'homebrew-lldb').slice(0, 8).map((c) => `${c.path} — absent`),
    fixes: [manual('Install the Command Line Tools if Delve reports no debugserver', 'xcode-select --install')],
  })];
};
