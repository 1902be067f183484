/** The components list of the report (SNAPSHOT.md §2), from the Machine model: each link with path, slices, status. */
import type { ComponentReport, ComponentStatus } from '../../report/types';
import type { BinaryInfo, DarwinMachine, LldbCandidate, Located } from '../machine';
import { familyOf, hardwareOfGoarch } from '../../arch/names';
import { sliceFor } from '../../arch/slices';
import { t } from '../../i18n';
import { RULES_GO as G } from '../../i18n/messages/rules-go';
import { PROBE as P } from '../../i18n/messages/probe';
import { MACHO } from '../../i18n/messages/macho';
import { sh } from '../../text';
import { fileProblem } from '../../macho';
import { searchResultText } from '../search';

const RUNS = { native: P.runNative, rosetta: P.runRosetta, no: P.runNo } as const;

function binaryComponent(id: ComponentReport['id'], located: Located, hw: string | undefined, notes: string[]): ComponentReport {
  if (!located.path) {
    return { id, status: 'missing', notes: [...notes, ...located.searched.slice(0, 8).map((s) => t(P.lookedIn, { path: s.path, why: s.why, result: searchResultText(s.result) }))] };
  }
  const c: ComponentReport = { id, path: located.path, status: 'unknown', command: sh`lipo -archs ${located.path}` };
  if (located.why) notes.unshift(t(P.foundBy, { why: located.why }));
  const bin = located.binary;
  if (bin) {
    c.archs = bin.archs;
    const s = statusOf(bin, hw);
    c.status = s.status;
    notes.unshift(s.reason);
    if (bin.realPath) notes.push(`-> ${bin.realPath}`);
  }
  if (notes.length > 0) c.notes = notes;
  return c;
}

/** A status and, always, the reason for it (issue 10 item 4): the first note of the component. */
function statusOf(bin: BinaryInfo, hw: string | undefined): { status: ComponentStatus; reason: string } {
  const f = bin.file;
  const why = f.errors[0]?.message ?? f.errno ?? f.kind ?? f.format;
  if (f.format === 'unreadable') return { status: 'unreadable', reason: t(G.unreadableNote, { why }) };
  if (f.format === 'not-macho' && f.kind === 'script') return { status: 'unknown', reason: t(G.scriptNote) };
  if (f.format === 'not-macho') return { status: 'invalid', reason: fileProblem(f) ?? t(MACHO.notMacho, { kind: why }) };
  if (f.format === 'malformed') return { status: 'invalid', reason: fileProblem(f) ?? t(G.malformedNote, { why }) };
  if (!hw) return { status: 'unknown', reason: t(G.unknownNote) };
  const slice = sliceFor(bin.archs, hw);
  return slice ? { status: 'ok', reason: t(G.okNote, { arch: slice }) } : { status: 'mismatch', reason: t(G.mismatchNote, { hw }) };
}

export function components(m: DarwinMachine): ComponentReport[] {
  const hw = m.host.hardware;
  const out: ComponentReport[] = [hostComponent(m), processComponent(m)];
  if (m.host.shellArch) {
    const mismatch = Boolean(hw && familyOf(m.host.shellArch) !== hw);
    out.push({ id: 'shell', archs: [m.host.shellArch], status: mismatch ? 'mismatch' : 'ok', command: 'uname -m', notes: [t(mismatch ? P.shellRosetta : P.shell, { arch: m.host.shellArch })] });
  }
  const go = goComponent(m);
  if (m.go.version) go.version = m.go.version;
  out.push(go);
  const dlv = binaryComponent('dlv', m.dlv, hw, m.dlv.buildGoarch ? [`build GOARCH=${m.dlv.buildGoarch}`] : []);
  if (m.dlv.version) dlv.version = m.dlv.version;
  out.push(dlv);
  out.push(stubComponent(m));
  for (const c of m.darwin.lldb.candidates) if (c.exists || c.kind === 'setting') out.push(lldbComponent(c));
  const target = targetComponent(m);
  if (target) out.push(target);
  if (m.darwin.permissions.devMode !== undefined) out.push({ id: 'permissions', status: m.darwin.permissions.devMode ? 'ok' : 'invalid', notes: [t(m.darwin.permissions.devMode ? P.devModeOn : P.devModeOff)], command: 'DevToolsSecurity -status' });
  return out;
}

/** The go vscode-go shows; behind a shim, judged by the Go it runs; with the Go version that really builds. */
function goComponent(m: DarwinMachine): ComponentReport {
  const hw = m.host.hardware;
  const tc = m.toolchain;
  const notes = m.go.env?.GOARCH ? [`go env GOARCH = ${m.go.env.GOARCH}`] : [];
  if (tc.real && m.go.path) notes.push(t(G.shimNote, { path: m.go.path, real: tc.real.path ?? '?' }));
  if (tc.effective && tc.effective !== m.go.version) notes.push(t(G.effectiveNote, { version: tc.effective, why: tc.why ?? '' }));
  const c = binaryComponent('go', m.go, hw, notes);
  const real = tc.real?.binary;
  if (real) {
    const s = statusOf(real, hw);
    c.archs = real.archs;
    c.status = s.status;
    c.notes = [s.reason, ...(c.notes ?? []).slice(1)];
  }
  return c;
}

function hostComponent(m: DarwinMachine): ComponentReport {
  const notes = [m.host.hardware ? t(P.hardware, { hw: m.host.hardware }) : t(P.hardwareUnknown), ...(m.host.osVersion ? [`macOS ${m.host.osVersion}`] : [])];
  const c: ComponentReport = { id: 'host', status: m.host.hardware ? 'ok' : 'unknown', command: 'sysctl -in hw.optional.arm64' };
  if (m.host.hardware) c.archs = [m.host.hardware];
  if (notes.length) c.notes = notes;
  return c;
}

function processComponent(m: DarwinMachine): ComponentReport {
  const h = m.host;
  const c: ComponentReport = { id: h.isVscode ? 'vscode' : 'shell', archs: h.exec?.archs ?? [h.processMachO], status: h.translated ? 'mismatch' : 'ok' };
  if (h.execPath) c.path = h.execPath;
  c.notes = [t(h.translated ? P.runsAsRosetta : P.runsAs, { arch: h.processMachO, node: h.processArch })];
  c.command = 'sysctl -in sysctl.proc_translated';
  return c;
}

function stubComponent(m: DarwinMachine): ComponentReport {
  const s = m.darwin.stub;
  const id = s.kind === 'lldb-server' ? 'lldb-server' : 'debugserver';
  const notes: string[] = [];
  if (s.run?.arch) notes.push(t(P.stubRuns, { arch: s.run.arch, how: t(RUNS[s.run.how]) }));
  const deps = s.deps.filter((d) => d.status === 'missing' || d.status === 'arch').length;
  if (s.deps.length) notes.push(t(P.stubDeps, { n: s.deps.length, bad: deps }));
  const c = binaryComponent(id, s, m.host.hardware, notes);
  if (s.override && !s.overrideExists) c.status = 'invalid';
  if (s.run && s.run.how !== 'native') c.status = 'mismatch';
  return c;
}

function lldbComponent(c: LldbCandidate): ComponentReport {
  const r: ComponentReport = { id: 'liblldb', path: c.path, status: 'missing' };
  const notes = [c.referenced ? c.why : t(P.notReferenced, { why: c.why })];
  if (c.exists && c.binary) {
    r.archs = c.binary.archs;
    r.command = sh`lipo -archs ${c.path}`;
    const bad = c.deps.filter((d) => d.status === 'missing' || d.status === 'arch');
    r.status = c.loadArch && !c.slice ? 'mismatch' : bad.some((d) => d.status === 'missing') ? 'missing' : bad.length ? 'mismatch' : c.loadArch ? 'ok' : 'unknown';
    notes.push(t(P.lldbDeps, { n: c.deps.length, cached: c.deps.filter((d) => d.status === 'shared-cache').length }));
    if (bad.length) notes.push(...bad.slice(0, 4).map((d) => (d.status === 'missing' ? t(P.depNotFound, { name: d.name }) : t(P.depWrongArch, { name: d.name, archs: (d.archs ?? []).join(' ') }))));
  }
  r.notes = notes;
  return r;
}

function targetComponent(m: DarwinMachine): ComponentReport | undefined {
  const tg = m.target;
  if (!tg.mode) return undefined;
  const hw = m.host.hardware;
  if ((tg.mode === 'exec' || tg.mode === 'attach') && tg.program) {
    const c = binaryComponent('target', { path: tg.program, why: tg.mode === 'attach' ? t(P.attached) : t(P.programExec), searched: [], ...(tg.binary ? { binary: tg.binary } : {}) }, hw, []);
    if (!tg.binary) c.status = 'missing';
    return c;
  }
  if (tg.mode === 'attach') return { id: 'target', status: 'unknown', notes: [t(P.attachUnchecked, { pid: m.launch.processId ?? '?' })] };
  const goarch = tg.goarch?.value;
  const fam = hardwareOfGoarch(goarch);
  const c: ComponentReport = { id: 'target', status: !fam || !hw ? 'unknown' : fam === hw ? 'ok' : 'mismatch', notes: [t(tg.goarch ? P.targetBuildFrom : P.targetBuild, { mode: tg.mode, goarch: goarch ?? '?', from: tg.goarch?.origin ?? '' })] };
  if (fam) c.archs = [fam];
  if (tg.program) c.path = tg.program;
  return c;
}
