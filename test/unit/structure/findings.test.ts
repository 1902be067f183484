/**
 * One finding, one module (issue 17 item 2). Every code has exactly one home: a finding module under
 * src/core/findings/<shared|darwin|linux>/<code>.ts, listed by its folder's index.ts. A module file named after its code, forgotten in its index or holding two codes fails here; so
 * does a module whose texts lack a zh-cn side, and a module's check or text rule that the platform lists or the
 * classifier do not run, and a module that switches on the platform itself (define.ts narrows the Machine).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { classifyText } from '../../../src/core/dap/classify';
import type { FindingModule } from '../../../src/core/findings/define';
import { GENERIC_CODES, MODULE_TEXT_RULES, moduleChecks, rankOf } from '../../../src/core/findings/registry';
import { DARWIN_RULES } from '../../../src/core/rules/darwin/index';
import { LINUX_RULES } from '../../../src/core/rules/linux/index';
import { REPO } from '../diagnose/helpers';
import { ALL_MODULES, LISTED, moduleOf } from './modules';

/** Each platform's rule list (src/core/machines.ts runs them). */
const RULE_LISTS = { darwin: DARWIN_RULES, linux: LINUX_RULES } as const;

const ROOT = path.join(REPO, 'src/core/findings');
const FOLDERS = ['shared', 'darwin', 'linux'] as const;

/** Each folder's module files (every .ts but its index.ts), compiled, with their default export. */
function moduleFiles(): { folder: string; file: string; mod: FindingModule }[] {
  return FOLDERS.flatMap((folder) =>
    fs.readdirSync(path.join(ROOT, folder)).filter((n) => n.endsWith('.ts') && n !== 'index.ts').map((file) => {
      const js = path.join(__dirname, '../../../src/core/findings', folder, file.replace(/\.ts$/, '.js'));
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- every module file, found by listing its folder
      return { folder, file, mod: (require(js) as { default: FindingModule }).default };
    }),
  );
}

/**
 * The lines of a module's text that name `onMachine` in code (an import of it or a call): a module of one platform
 * writes `darwin:` or `linux:` and define.ts narrows the Machine (issue 17 item 2). A comment or a string does not count.
 */
function onMachineUses(text: string, file = 'x.ts'): number[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const lines: number[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isIdentifier(n) && n.text === 'onMachine') lines.push(sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1);
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return lines;
}

describe('structure: one finding, one module (issue 17 item 2)', () => {
  const files = moduleFiles();

  it('every module file is named after its code and listed, once, by its folder\'s index (the registry)', () => {
    assert.ok(files.length >= 12, `${files.length} module files`);
    for (const { file, mod } of files) assert.equal(file, `${mod.code}.ts`, `${file} holds ${mod.code}`);
    for (const folder of FOLDERS) {
      const listed = LISTED[folder].map((f) => f.code).sort();
      assert.deepEqual(listed, files.filter((f) => f.folder === folder).map((f) => f.mod.code).sort(), `${folder}/index.ts lists exactly its module files`);
      assert.equal(new Set(listed).size, listed.length, 'no module listed twice');
    }
    for (const { mod } of files) assert.ok(ALL_MODULES.includes(mod), `${mod.code}: the index holds the module itself`);
    // The registry knows each module: its rank is the module's.
    for (const { mod } of files) {
      assert.equal(rankOf(mod.code), mod.generic ? 3 : (mod.rank ?? 1), mod.code);
    }
  });

  it('every code has exactly one home, its module: no two modules share a code, no table of codes outside the modules', () => {
    const codes = ALL_MODULES.map((f) => f.code);
    assert.deepEqual(codes.filter((c, i) => codes.indexOf(c) !== i), [], 'a code in two modules');
    // The tables a finding used to need beside its rule (issue 17 item 2) are gone and stay gone.
    for (const old of ['src/core/findings/legacy.ts', 'src/core/i18n/messages/codes.ts', 'src/core/report/codes.ts']) assert.ok(!fs.existsSync(path.join(REPO, old)), `${old} is back`);
  });

  it('every module has an English and a zh-cn title and texts (test/unit/i18n/catalogue.test.ts checks their placeholders)', () => {
    const bad: string[] = [];
    for (const f of ALL_MODULES) {
      for (const [key, m] of [['title', f.title] as const, ...Object.entries(f.texts)]) {
        if (!m.en.trim() || !m.zh.trim()) bad.push(`${f.code}.${key}`);
      }
    }
    assert.deepEqual(bad, []);
  });

  it('codes, titles, rank and generic codes come from the modules through the registry', () => {
    const dwarf5 = moduleOf('dlv-dwarf5-old-go').make({ detail: 'd', evidence: [] });
    assert.deepEqual([dwarf5.component, dwarf5.severity, dwarf5.title], ['dlv', 'error', 'dlv is built with Go < 1.25 and cannot read DWARF 5']);
    assert.equal(rankOf('linux-goarch-override'), 0);
    assert.equal(rankOf('target-no-debug-info'), 2);
    assert.equal(rankOf('build-failed'), 3);
    assert.equal(rankOf('target-optimized'), 1);
    assert.deepEqual([...GENERIC_CODES].sort(), ['attach-failed', 'build-failed', 'dlv-exited', 'dlv-start-failed', 'launch-failed']);
    assert.equal(moduleOf('attach-already-traced').make({ detail: 'd', evidence: [] }).component, 'target');
  });

  it('each module\'s check runs in the rule list of each platform it names, and only there', () => {
    for (const p of ['darwin', 'linux'] as const) {
      const checks = moduleChecks(p);
      const want = ALL_MODULES.filter((f) => f.check && f.platforms.includes(p)).map((f) => f.run);
      assert.deepEqual(checks, want);
      const rules: readonly unknown[] = RULE_LISTS[p];
      for (const c of checks) assert.ok(rules.includes(c), `${p} runs every module check`);
    }
    const panic = ALL_MODULES.find((f) => f.code === 'dlv-dwarf5-macos-panic');
    assert.ok(panic && !(RULE_LISTS.linux as readonly unknown[]).includes(panic.run), 'a darwin-only check does not run on Linux');
  });

  it('no module file switches on the platform itself: onMachine is define.ts\'s (the checker can fail)', () => {
    assert.deepEqual(onMachineUses("import { onMachine } from '../../platforms';\nconst c = (m) => onMachine(m, { darwin: () => [], linux: () => [] });\n"), [1, 2]);
    assert.deepEqual(onMachineUses("// onMachine(m, …)\nconst s = 'onMachine';\nconst k = { darwin: check };\n"), []);
    const uses = files.flatMap(({ folder, file }) => {
      const f = path.join(ROOT, folder, file);
      return onMachineUses(fs.readFileSync(f, 'utf8'), f).map((l) => `${folder}/${file}:${l}`);
    });
    assert.deepEqual(uses, []);
  });

  it('each module\'s text rules are the classifier\'s: a text only a module knows is classified with its code', () => {
    assert.equal(MODULE_TEXT_RULES.length, ALL_MODULES.reduce((n, f) => n + f.dap.length, 0));
    const found = classifyText('could not attach to pid 42: already being debugged by pid 7');
    assert.deepEqual(found.map((f) => [f.code, f.title]), [['attach-already-traced', 'Another debugger is attached to the process']]);
  });
});
