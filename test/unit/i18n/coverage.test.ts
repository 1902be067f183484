/**
 * Issue 11 item 6: with the language set to zh-cn, every text a user reads in a finding is Chinese. Every scenario
 * snapshot (examples/snapshots and the diagnosis fixtures) is diagnosed, and every DAP/explain table text
 * (test/unit/dap) is classified, in zh-cn; each finding's title and detail, each fix's title and each manual fix's
 * detail must contain CJK characters. An English literal left in a rule, a DAP rule or a fix shows up here by name.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { classifyText, DapWatch } from '../../../src/core/dap';
import { explainReport } from '../../../src/core/explain';
import { setLang } from '../../../src/core/i18n';
import { main } from '../../../src/cli/main';
import type { Io } from '../../../src/cli/io';
import { formatElf, inspectElfPath } from '../../../src/core/elf';
import { loadSnapshot } from '../../../src/core/replay/host';
import { parseSparse, sparseSource } from '../../../src/core/snapfile/sparse';
import { fileProblem, formatInspect, inspectPath } from '../../../src/core/macho';
import type { ComponentStatus, Finding } from '../../../src/core/report/types';
import { componentName, componentStatusText } from '../../../src/core/report/component-words';
import { PROBE } from '../../../src/core/i18n/messages/probe';
import { REPORT } from '../../../src/core/i18n/messages/report';
import { renderMarkdown, renderText } from '../../../src/core/report/render';
import { hostLine } from '../../../src/core/report/render-util';
import type { ComponentId, Report } from '../../../src/core/report/types';
import { DELVE_1_24, DELVE_1_26 } from '../dap/delveSource';
import { HEALTHY, ROWS } from '../dap/strings';
import { diagnoseDir, REPO, SNAPSHOTS } from '../diagnose/helpers';

const CJK = /[\u4e00-\u9fff]/;
const EXAMPLES = path.join(REPO, 'examples/snapshots');
const DELVE_FIXTURES = path.join(REPO, 'test/fixtures/delve');
const DAMAGED = path.join(REPO, 'test/fixtures/macho/damaged');

function snapshotDirs(): string[] {
  return [EXAMPLES, SNAPSHOTS].flatMap((root) =>
    fs.readdirSync(root).filter((n) => fs.existsSync(path.join(root, n, 'machine.json'))).map((n) => path.join(root, n)),
  );
}

/** Every text of `found` that has no Chinese character, as `where: code field: text`. */
function offenders(where: string, found: Finding[]): string[] {
  const out: string[] = [];
  const check = (field: string, text: string | undefined, code: string): void => {
    if (text !== undefined && !CJK.test(text)) out.push(`${where}: ${code} ${field}: ${text}`);
  };
  for (const f of found) {
    check('title', f.title, f.code);
    check('detail', f.detail, f.code);
    for (const fix of f.fixes) {
      check('fix title', fix.title, f.code);
      if (fix.kind === 'manual') check('fix detail', fix.detail, f.code);
    }
  }
  return out;
}

/** Component ids that are English words: in zh-cn a table or tag shows a name instead (the tools keep theirs). */
const WORD_IDS: readonly ComponentId[] = ['host', 'vscode', 'shell', 'target', 'launch', 'settings', 'permissions'];
const ALL_IDS: readonly ComponentId[] = [...WORD_IDS, 'go', 'dlv', 'debugserver', 'lldb-server', 'liblldb'];
const STATUS_CODES = ['ok', 'mismatch', 'missing', 'unreadable', 'invalid', 'unknown'];

/** Every scenario snapshot diagnosed once in zh-cn (the language is set by the describe's `before`). */
let zhReports: Promise<[string, Report][]> | undefined;
function reportsInZh(): Promise<[string, Report][]> {
  zhReports ??= Promise.all(snapshotDirs().map(async (d): Promise<[string, Report]> => [path.basename(d), await diagnoseDir(d)]));
  return zhReports;
}

/** The name and status cells of the text report's components table (columns are two or more spaces apart). */
function textTableCells(text: string): [string, string][] {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => /^组件：$/.test(l));
  if (start < 0) return [];
  const out: [string, string][] = [];
  for (const l of lines.slice(start + 2)) {
    if (l.trim() === '') break;
    if (/^ {2}\S/.test(l)) {
      const cells = l.trim().split(/ {2,}/);
      out.push([cells[0] ?? '', cells[1] ?? '']);
    }
  }
  return out;
}

const oneSpace = (x: string) => x.replace(/\s+/g, ' ').trim();

/** Tools whose name is the label of an evidence line in every language. */
const TOOLS = ['go', 'dlv', 'debugserver', 'liblldb', 'lldb-server'];

/**
 * Evidence lines (of a zh-cn report) that start with an English label (`hardware: arm64`) or English words
 * (`found by …`), or end with an English search result (`… — absent`), as `where evidence …: line`.
 */
function englishLabels(where: string, evidence: readonly string[]): string[] {
  const bad: string[] = [];
  for (const e of evidence) {
    if (CJK.test(e.replace(/：.*/, ''))) continue;
    const label = /^([a-z][a-z ]*)[：:] /.exec(e)?.[1] ?? /^([a-z]+)：/.exec(e)?.[1];
    if (label !== undefined && !TOOLS.includes(label)) bad.push(`${where} evidence label "${label}": ${e}`);
    else if (!CJK.test(e) && /^(?!go env )(?:(?:go|dlv) )?[a-z]{2,} [a-z]{2,}\b|^[A-Z][a-z]+(?: [a-z]+)+: | — (?:absent|found|not-executable)$/.test(e)) bad.push(`${where} evidence: ${e}`);
  }
  return bad;
}

function watchFindings(request: string, args: Record<string, unknown>, messages: unknown[], platform: string): Finding[] {
  const watch = new DapWatch({ platform, hardwareArch: platform === 'darwin' ? 'arm64' : 'x86_64', launchIndex: 0 });
  watch.onWillReceiveMessage({ seq: 1, type: 'request', command: request, arguments: args });
  for (const m of messages) watch.onDidSendMessage(m);
  return watch.findings();
}

function failure(text: string, request: string): unknown[] {
  return [{ seq: 2, type: 'response', request_seq: 1, command: request, success: false, message: text.split(':')[0], body: { error: { id: 3000, format: text, showUser: true } } }];
}

interface Recorded { id: string; request: string; args: Record<string, unknown>; messages: unknown[] }

describe('i18n coverage: every finding a user reads is Chinese in zh-cn (issue 11 item 6)', () => {
  before(() => setLang('zh-cn'));
  after(() => setLang('en'));

  it('every scenario snapshot: titles, details, fix titles and manual fix details', async () => {
    const bad: string[] = [];
    let n = 0;
    for (const dir of snapshotDirs()) {
      const r = await diagnoseDir(dir);
      n += r.findings.length;
      bad.push(...offenders(path.relative(REPO, dir), r.findings));
    }
    assert.ok(n > 30, `enough findings (${n})`);
    assert.deepEqual(bad, [], `${bad.length} texts without Chinese:\n${bad.join('\n')}`);
  });

  it('every scenario snapshot: each component with slices says its status in Chinese', async () => {
    const bad: string[] = [];
    for (const dir of snapshotDirs()) {
      for (const c of (await diagnoseDir(dir)).components) {
        if (c.archs && c.notes && !c.notes.some((x) => CJK.test(x))) bad.push(`${path.relative(REPO, dir)}: ${c.id}: ${c.notes.join(' | ')}`);
      }
    }
    assert.deepEqual(bad, [], `components without a Chinese note:\n${bad.join('\n')}`);
  });

  it('every scenario snapshot: no English sentence in evidence, no English note in a detail (issue 19 item 5)', async () => {
    // A tool's own output quoted after its command (`ls -l …`: No such file or directory) is the OS's words; commands
    // in backticks and paths are not prose. What is left must not read as an English phrase (four words in a row).
    const PHRASE = /\b[a-z]{2,}\s[a-z]{2,}\s[a-z]{2,}\s[a-z]{2,}\b/;
    const prose = (e: string) => e.replace(/`[^`]*`/g, ' ').split(/\s+/).filter((w) => !w.includes('/')).join(' ');
    const bad: string[] = [];
    let n = 0;
    for (const dir of snapshotDirs()) {
      for (const f of (await diagnoseDir(dir)).findings) {
        if (/This follows from/.test(f.detail)) bad.push(`${path.basename(dir)}: ${f.code} detail: ${f.detail}`);
        for (const e of f.evidence) {
          n++;
          if (!CJK.test(e) && !/^`[^`]+`: /.test(e) && PHRASE.test(prose(e))) bad.push(`${path.basename(dir)}: ${f.code} evidence: ${e}`);
        }
      }
    }
    assert.ok(n > 50, `enough evidence lines (${n})`);
    assert.deepEqual(bad, [], `${bad.length} English texts:\n${bad.join('\n')}`);
  });

  it('every component status word of the panel and the tooltip is Chinese', () => {
    const all: ComponentStatus[] = ['ok', 'mismatch', 'missing', 'unreadable', 'invalid', 'unknown'];
    for (const st of all) assert.match(componentStatusText(st), CJK, st);
    assert.equal(componentStatusText('mismatch', 'en'), 'mismatch');
  });

  it('every component name is Chinese or a tool\'s own name; English keeps the report\'s id (issue 19 item 5)', () => {
    for (const id of WORD_IDS) assert.ok(CJK.test(componentName(id)) || componentName(id) === 'VS Code', `${id}: ${componentName(id)}`);
    for (const id of ALL_IDS) assert.equal(componentName(id, 'en'), id);
    for (const id of ALL_IDS.filter((x) => !WORD_IDS.includes(x))) assert.equal(componentName(id), id);
  });

  it('the host line of an explained text (no machine) says its unknowns in Chinese (issue 19 item 5)', () => {
    const line = hostLine({ platform: 'unknown', processArch: 'unknown' });
    assert.match(line, CJK);
    assert.doesNotMatch(line, /unknown/, line);
  });

  it('every scenario snapshot: the text and Markdown tables name components and their status in Chinese (issue 19 item 5)', async () => {
    const bad: string[] = [];
    let rows = 0;
    for (const [name, r] of await reportsInZh()) {
      const text = textTableCells(renderText(r, { color: false }));
      assert.equal(text.length, r.components.length, `${name}: one text row a component`);
      const md = renderMarkdown(r).split('\n').filter((l) => /^\| [^-|]/.test(l)).slice(1).map((l) => l.split(' | ').map((c) => c.replace(/^\| /, '')));
      for (const [cell, status] of [...text, ...md.map((c): [string, string] => [c[0] ?? '', c[1] ?? ''])]) {
        rows++;
        if ((WORD_IDS as readonly string[]).includes(cell)) bad.push(`${name}: name ${cell}`);
        if (STATUS_CODES.includes(status) || !CJK.test(status)) bad.push(`${name}: ${cell} status ${status}`);
      }
      for (const line of renderText(r, { color: false }).split('\n').filter((l) => /^\d+\. /.test(l))) {
        const tag = /\[[\w-]+, ([^\]]+)\]$/.exec(line)?.[1];
        if (tag && (WORD_IDS as readonly string[]).includes(tag)) bad.push(`${name}: finding tag ${tag}`);
      }
    }
    assert.ok(rows > 100, `enough table rows (${rows})`);
    assert.deepEqual(bad, [], `${bad.length} English names or status words:\n${bad.join('\n')}`);
  });

  it('every scenario snapshot: no code word (search result, run mode, settings scope) and no English candidate reason in a note or a fix (issue 19 item 5)', async () => {
    // Words the catalogue translates: their English text (the code itself) must not be left in a zh-cn note.
    const codes = [PROBE.resultFound, PROBE.resultAbsent, PROBE.resultNotExecutable, PROBE.resultSkipped, PROBE.runNative, PROBE.runRosetta, REPORT.scopeUser, REPORT.scopeWorkspace, REPORT.scopeWorkspaceFolder];
    const words = new RegExp(`(?:^|[\\s（(:：])(?:${codes.map((m) => m.en).join('|')})(?=$|[\\s）),，])`);
    const reasons = [PROBE.whyClt, PROBE.whyInstalledGo].map((m) => m.en);
    const bad: string[] = [];
    let notes = 0;
    for (const [name, r] of await reportsInZh()) {
      const texts = r.components.flatMap((c) => (c.notes ?? []).map((n) => `${c.id} note: ${n}`));
      for (const x of texts) {
        notes++;
        const prose = x.replace(/`[^`]*`/g, ' ').split(/\s+/).filter((w) => !w.includes('/')).join(' ');
        if (words.test(prose)) bad.push(`${name}: ${x}`);
        for (const en of reasons) if (x.includes(en) && !x.includes(`${en}（`)) bad.push(`${name}: ${x}`);
      }
      // An edit fix's action, as the text and Markdown reports show it: `settings.json ["go.toolsEnvVars","GOARCH"]: 删除（工作区设置）`.
      for (const out of [renderText(r, { color: false }), renderMarkdown(r)]) {
        const scope = /(?:user|workspace|workspaceFolder) ?(?:settings\)|设置）)/.exec(out);
        if (scope) bad.push(`${name}: a settings scope in English: ${scope[0]}`);
      }
    }
    assert.ok(notes > 200, `enough notes (${notes})`);
    assert.deepEqual(bad, [], `${bad.length} English words:\n${bad.join('\n')}`);
  });

  // Each label and word around a fact comes from the catalogue (a module's texts, or i18n/messages/evidence.ts when
  // several modules write it); a tool's name as a label (`dlv：…`) and a line quoting a tool's output stay.
  it('every scenario snapshot: no English label or leading English words in evidence (issue 19 item 5)', async () => {
    const bad: string[] = [];
    let n = 0;
    for (const [name, r] of await reportsInZh()) {
      for (const f of r.findings) {
        n += f.evidence.length;
        bad.push(...englishLabels(`${name}: ${f.code}`, f.evidence));
      }
    }
    assert.ok(n > 100, `enough evidence lines (${n})`);
    assert.deepEqual([...new Set(bad)], [], `${bad.length} English labels:\n${[...new Set(bad)].join('\n')}`);
  });

  it('every DAP/explain table text: the evidence after the quoted line has no English label or leading words (issue 19 item 5)', () => {
    const bad: string[] = [];
    let n = 0;
    for (const row of ROWS) {
      for (const ctx of [{ hardwareArch: 'arm64' }, { hardwareArch: 'x86_64' }, {}, { platform: 'linux' }]) {
        for (const f of classifyText(row.text, ctx)) {
          // The first line is the line of the text itself (Delve's or vscode-go's words).
          const own = f.evidence.filter((e) => !oneSpace(row.text).includes(oneSpace(e)));
          n += own.length;
          bad.push(...englishLabels(`dap ${row.label}: ${f.code}`, own));
        }
      }
    }
    assert.ok(n > 20, `enough evidence lines of our own (${n})`);
    assert.deepEqual([...new Set(bad)], [], `English labels:\n${[...new Set(bad)].join('\n')}`);
  });

  it('every damaged Mach-O fixture: the problem and each error line of inspect say what is wrong in Chinese', () => {
    const bad: string[] = [];
    const names = fs.readdirSync(DAMAGED).filter((n) => !n.endsWith('.json'));
    assert.ok(names.length > 20, `enough damaged files (${names.length})`);
    for (const name of names) {
      const f = inspectPath(path.join(DAMAGED, name));
      const problem = fileProblem(f);
      if (problem !== undefined && !CJK.test(problem)) bad.push(`${name}: ${problem}`);
      for (const line of formatInspect(f).split('\n').filter((l) => /^\s+error /.test(l))) if (!CJK.test(line)) bad.push(`${name}: ${line}`);
      const head = formatInspect(f).split('\n')[0] ?? '';
      if (f.format !== 'thin' && f.format !== 'fat' && f.format !== 'fat64' && !CJK.test(head)) bad.push(`${name}: ${head}`);
    }
    assert.deepEqual(bad, [], `Mach-O problems without Chinese:\n${bad.join('\n')}`);
  });

  it('every DAP/explain table text, on each kind of hardware and on Linux', () => {
    const bad: string[] = [];
    for (const row of ROWS) {
      for (const ctx of [{ hardwareArch: 'arm64' }, { hardwareArch: 'x86_64' }, {}, { platform: 'linux' }]) {
        bad.push(...offenders(`dap ${row.label} ${JSON.stringify(ctx)}`, classifyText(row.text, ctx)));
        bad.push(...offenders(`explain ${row.label} ${JSON.stringify(ctx)}`, explainReport(row.text, ctx).findings));
      }
    }
    for (const text of HEALTHY) bad.push(...offenders('healthy', classifyText(text, {})));
    assert.deepEqual([...new Set(bad)], [], `texts without Chinese:\n${[...new Set(bad)].join('\n')}`);
  });

  it('every recorded and source Delve failure replayed through a DapWatch', () => {
    const bad: string[] = [];
    for (const label of ['debian-1.20', 'qemu-arm64-1.20']) {
      const fx = JSON.parse(fs.readFileSync(path.join(DELVE_FIXTURES, `texts-${label}.json`), 'utf8')) as { platform: string; cases: Recorded[] };
      for (const c of fx.cases) bad.push(...offenders(`${label}/${c.id}`, watchFindings(c.request, c.args, c.messages, fx.platform)));
    }
    for (const s of [...DELVE_1_24, ...DELVE_1_26]) {
      const platform = s.args.mode === 'remote' || /ptrace/.test(s.text) ? 'linux' : 'darwin';
      bad.push(...offenders(`source/${s.id}`, watchFindings(s.request, s.args, failure(s.text, s.request), platform)));
    }
    assert.deepEqual(bad, [], `${bad.length} texts without Chinese:\n${bad.join('\n')}`);
  });
});

/** The CLI run in-process: what it wrote to stdout and stderr, and its exit code. */
async function run(args: string[], env: NodeJS.ProcessEnv = {}, stdin = true): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (x) => (out += x), err: (x) => (err += x), isTTY: false, ...(stdin ? { readStdin: async () => '' } : {}) };
  const code = await main(args, io, env);
  return { code, out, err };
}

describe('i18n coverage: the CLI\'s own lines, snapshot and ELF errors in zh-cn (issue 17 item 5)', () => {
  after(() => setLang('en'));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'i18n-cli-'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('every argument and usage error: its line is Chinese, the usage after it too, exit 2', async () => {
    const zh = (...a: string[]) => ['--lang', 'zh-cn', ...a];
    const cases: [string[], NodeJS.ProcessEnv?][] = [
      [zh('--bogus')], [zh('--snapshot')], [zh('diagnose', 'extra')], [zh('--config', 'A')], [zh('nosuchcommand')],
      [zh('explain', '--arch', 'mips')], [zh('explain', '--arch')], [zh('explain', '--zz')], [zh('explain', '  ')],
      [zh('inspect', '--zz')], [zh('inspect')],
      [zh('selftest', '--timeout', '0')], [zh('selftest', '--snapshot', dir)], [zh('selftest', 'extra')],
      [zh('snapshot')], [zh('snapshot', '--launch')],
      [['--lang'], { LANG: 'zh_CN.UTF-8' }], [['--lang', 'xx'], { LANG: 'zh_CN.UTF-8' }],
    ];
    const bad: string[] = [];
    for (const [args, env] of cases) {
      const r = await run(args, env);
      const first = r.err.split('\n')[0] ?? '';
      if (r.code !== 2 || !CJK.test(first)) bad.push(`${args.join(' ')} → ${r.code}: ${first}`);
    }
    const noStdin = await run(zh('explain'), {}, false);
    if (!CJK.test(noStdin.err.split('\n')[0] ?? '')) bad.push(`explain without standard input: ${noStdin.err}`);
    assert.deepEqual(bad, [], `CLI errors without Chinese:\n${bad.join('\n')}`);
  });

  it('its own output lines: inspect\'s usage, explain\'s "no known cause"', async () => {
    assert.match((await run(['--lang', 'zh-cn', 'inspect', '--help'])).out, /^用法：go-lldb-doctor inspect/);
    const none = await run(['--lang', 'zh-cn', 'explain', 'nothing', 'here']);
    assert.equal(none.out, 'go-lldb-doctor: 没有已知原因与这段文本相符。\n');
  });

  it('every machine.json problem of a snapshot, with its place', () => {
    const ok = { format: 'go-lldb-doctor-snapshot/1', platform: 'darwin', processArch: 'arm64', env: {}, commands: [] };
    const variants: unknown[] = [
      [], { ...ok, format: 1 }, { ...ok, format: 'go-lldb-doctor-snapshot/2' }, { ...ok, platform: 1 }, { ...ok, processArch: 1 },
      { ...ok, execPath: 1 }, { ...ok, env: [] }, { ...ok, env: { A: 1 } }, { ...ok, commands: {} }, { ...ok, commands: [1] },
      { ...ok, commands: [{ argv: [] }] }, { ...ok, commands: [{ argv: ['x'], stdout: 1 }] }, { ...ok, commands: [{ argv: ['x'], exitCode: 0.5 }] },
      { ...ok, commands: [{ argv: ['x'] }] }, { ...ok, vscode: 1 }, { ...ok, vscode: { settings: 1 } }, { ...ok, vscode: { workspaceFolder: 1 } },
      { ...ok, vscode: { settingsByScope: { user: 1 } } }, { ...ok, env: { HOME: `/${'x'.repeat(300)}` } },
    ];
    setLang('zh-cn');
    const bad: string[] = [];
    variants.forEach((v, i) => {
      const snap = path.join(dir, `snap-${i}`);
      fs.mkdirSync(snap);
      fs.writeFileSync(path.join(snap, 'machine.json'), JSON.stringify(v, null, 1));
      const loaded = loadSnapshot(snap);
      const error = 'error' in loaded ? loaded.error : '(loaded)';
      if (!/^\S*machine\.json:\d+:\d+：/.test(error) || !CJK.test(error.slice(error.indexOf('：')))) bad.push(`${JSON.stringify(v).slice(0, 60)} → ${error}`);
    });
    assert.deepEqual(bad, [], `machine.json errors without Chinese:\n${bad.join('\n')}`);
  });

  it('every .sparse.json problem, and a read of bytes a snapshot did not capture', () => {
    setLang('zh-cn');
    const extent = (e: unknown) => ({ size: 4, extents: [e] });
    const variants: unknown[] = [null, { size: -1, extents: [] }, { size: 4, mode: '9', extents: [] }, { size: 4 }, extent({ offset: 0 }), extent({ offset: 0, base64: 'abc' }), extent({ offset: 2, base64: 'AAAA' })];
    const bad = variants.map((v) => [v, parseSparse(v)] as const).filter(([, r]) => typeof r !== 'string' || !CJK.test(r)).map(([v, r]) => `${JSON.stringify(v)} → ${JSON.stringify(r)}`);
    const src = sparseSource({ size: 8, mode: 0o644, extents: [{ start: 0, bytes: Buffer.alloc(2) }] }, 'dlv');
    for (const r of [src.read(4, 2), src.read(-1, 2)]) if (!(r instanceof Error) || !CJK.test(r.message)) bad.push(`read → ${String(r)}`);
    assert.deepEqual(bad, [], `sparse errors without Chinese:\n${bad.join('\n')}`);
  });

  it('inspect\'s first line of a file it cannot read as ELF: unreadable, not ELF, malformed', () => {
    setLang('zh-cn');
    const text = path.join(dir, 'text');
    fs.writeFileSync(text, 'just text, long enough to be looked at as a file header\n');
    const cut = path.join(dir, 'cut');
    fs.writeFileSync(cut, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]));
    const lines = [path.join(dir, 'missing'), text, cut].map((f) => formatElf(inspectElfPath(f)).split('\n')[0] ?? '');
    assert.deepEqual(lines.filter((l) => !CJK.test(l)), [], lines.join('\n'));
    assert.match(lines[2] ?? '', /^ELF 文件已损坏：/);
  });

  it('inspect\'s first line of a file it cannot read as Mach-O: unreadable, not Mach-O', () => {
    setLang('zh-cn');
    const text = path.join(dir, 'text');
    const lines = [path.join(dir, 'missing'), text].map((f) => formatInspect(inspectPath(f)).split('\n')[0] ?? '');
    assert.deepEqual(lines.filter((l) => !CJK.test(l)), [], lines.join('\n'));
  });
});
