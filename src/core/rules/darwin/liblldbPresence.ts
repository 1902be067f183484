/** Which LLDBs are installed and referenced: Homebrew beside the system LLDB, one nothing uses, none at all. */
import { t } from '../../i18n';
import { LIB } from '../../i18n/messages/rules-liblldb';
import type { DarwinMachine } from '../../probe/machine';
import { archList } from '../../arch/names';
import { type DarwinRule,  lipo, manual, ruleFinding } from '../finding';

function systemLldb(m: DarwinMachine) {
  return m.darwin.lldb.candidates.filter((c) => c.exists && (c.kind === 'clt' || c.kind === 'xcode' || c.kind === 'developer-dir'));
}

export const lldbMixed: DarwinRule = (m) => {
  const brew = m.darwin.lldb.candidates.filter((c) => c.exists && c.kind === 'homebrew' && c.referenced);
  const sys = systemLldb(m);
  const first = brew[0];
  if (!first || sys.length === 0) return [];
  return [ruleFinding('liblldb-mixed', {
    detail: t(LIB.mixed, { brew: first.path, sys: String(sys[0]?.path) }),
    evidence: [...brew.map((c) => `${c.path}: ${archList(c.binary?.archs)}`), ...sys.map((c) => `${c.path}: ${archList(c.binary?.archs)}`), 'PATH: ' + (m.env.PATH ?? ''), '`which -a lldb`', '`xcrun --find lldb`'],
    fixes: [manual(t(LIB.nothing), t(LIB.nothingDetail))],
  })];
};

export const lldbUnreferenced: DarwinRule = (m) =>
  m.darwin.lldb.candidates
    .filter((c) => c.exists && c.kind === 'homebrew' && !c.referenced)
    .map((c) => ruleFinding('liblldb-unreferenced', {
      detail: t(LIB.unreferenced, { path: c.path, why: c.why, archs: archList(c.binary?.archs) }) + (c.loadArch && !c.slice ? t(LIB.noSlice, { arch: c.loadArch }) : ''),
      evidence: [`${c.path}: ${archList(c.binary?.archs)} (\`${lipo(c.path)}\`)`, 'PATH: ' + (m.env.PATH ?? '')],
      fixes: [manual(t(LIB.noChange), t(LIB.noChangeDetail))],
    }));

export const lldbNone: DarwinRule = (m) => {
  if (m.darwin.lldb.candidates.some((c) => c.exists)) return [];
  return [ruleFinding('liblldb-not-found', {
    detail: t(LIB.notFound),
    evidence: m.darwin.lldb.candidates.filter((c) => c.kind !== 'homebrew-lldb').slice(0, 8).map((c) => `${c.path} — absent`),
    fixes: [manual(t(LIB.installClt), t(LIB.installCltDetail))],
  })];
};
