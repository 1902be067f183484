/**
 * Issue 9 item 7: every command line the tool may type into a terminal (fix commands, component checks) is one
 * simple command (or a constant `&&` list of them) whose words are exactly the values it was built from, for
 * every scenario replay, every DAP/explain table text, and hostile texts built to break out of the quoting.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { explainReport } from '../../../src/core/explain';
import type { Report } from '../../../src/core/report/types';
import { shellQuote, sh } from '../../../src/core/text';
import { diagnoseDir, diagnoseScenario, scenarioNames, SNAPSHOTS } from '../diagnose/helpers';
import { HEALTHY, ROWS } from '../dap/strings';
import { parseShellLine } from './shellWords';

/** Texts built to break out of a command line: operators, expansions, control characters, quotes, options. */
const HOSTILE_PATHS = [
  '/tmp/x;touch${IFS}/tmp/p\u000f',
  '/tmp/$(touch /tmp/p)',
  '/tmp/`id`',
  "/tmp/it's;here",
  '/tmp/a\u001b]0;title\u0007b',
  '/tmp/a|b&c>d<e',
  '/tmp/a!b*c?[d]{e,f}',
  '=ls',
  '~root/x',
  '#comment',
  '/tmp/\u202eexe.sh',
  '/tmp/\u009b2Jx',
];

const HW = [undefined, 'arm64', 'x86_64'] as const;

function commandsOf(r: Report): string[] {
  const out = r.components.flatMap((c) => (c.command ? [c.command] : []));
  for (const f of r.findings) for (const fix of f.fixes) if (fix.kind === 'command') out.push(fix.command);
  return out;
}

function assertOneCommand(line: string, where: string): string[][] {
  const parsed = parseShellLine(line);
  assert.deepEqual(parsed.problems, [], `${where}: ${JSON.stringify(line)}`);
  return parsed.commands;
}

describe('hostile: shell fix commands', () => {
  it('the checker itself rejects the injections of 0.1.0', () => {
    const old = `chmod +x ${HOSTILE_PATHS[0]}`;
    assert.ok(parseShellLine(old).problems.length >= 2, 'the unquoted ; and $ and Ctrl-O must be found');
    assert.ok(parseShellLine("lipo -archs '/a'b'").problems.includes('unterminated single quote'));
    assert.ok(parseShellLine('echo "$(id)"').problems.length > 0);
    assert.ok(parseShellLine('sudo rm -rf /x && xcode-select --install').problems.length === 0);
  });

  it('shellQuote keeps each hostile value as exactly one word, without control characters', () => {
    for (const p of HOSTILE_PATHS) {
      const words = assertOneCommand(sh`chmod +x -- ${p}`, p);
      assert.deepEqual(words, [['chmod', '+x', '--', p.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '')]]);
    }
    assert.equal(shellQuote('/usr/local/bin/go'), '/usr/local/bin/go');
    assert.equal(shellQuote(''), "''");
  });

  it('every scenario replay: every fix and component command', async () => {
    let n = 0;
    for (const name of scenarioNames()) {
      for (const c of commandsOf(await diagnoseScenario(name))) {
        assertOneCommand(c, name);
        n++;
      }
    }
    assert.ok(n > 20, `only ${n} commands collected`);
  });

  it('every DAP/explain table text, on each hardware', () => {
    let n = 0;
    for (const text of [...ROWS.map((r) => r.text), ...HEALTHY]) {
      for (const hw of HW) for (const c of commandsOf(explainReport(text, { hardwareArch: hw }))) {
        assertOneCommand(c, text);
        n++;
      }
    }
    assert.ok(n > 20, `only ${n} commands collected`);
  });

  it('a hostile spawn error gives `chmod +x -- <that path>` and nothing else', () => {
    // Delve's path has no spaces (the rule reads \S+), and the Debug Console reader drops ANSI sequences first.
    for (const p of HOSTILE_PATHS.filter((x) => !/\s|\u001b/.test(x))) {
      const r = explainReport(`Error: spawn ${p} EACCES`);
      const chmod = commandsOf(r).filter((c) => c.startsWith('chmod'));
      assert.equal(chmod.length, 1, p);
      const words = assertOneCommand(chmod[0] as string, p);
      assert.deepEqual(words, [['chmod', '+x', '--', p.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '')]]);
      for (const c of commandsOf(r)) assertOneCommand(c, p);
    }
  });

  it('a replayed program path full of shell syntax is one word in the rebuild command', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-shell-'));
    fs.cpSync(path.join(SNAPSHOTS, 'target-other-cpu'), dir, { recursive: true, verbatimSymlinks: true });
    const name = "he'l;lo$(touch x)`id`\u000f";
    fs.renameSync(path.join(dir, 'root/Users/dev/hello/hello.sparse.json'), path.join(dir, `root/Users/dev/hello/${name}.sparse.json`));
    const file = path.join(dir, 'machine.json');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('"${workspaceFolder}/hello"', JSON.stringify(`\${workspaceFolder}/${name}`)));
    const r = await diagnoseDir(dir);
    const rebuild = commandsOf(r).filter((c) => c.includes(' build '));
    assert.equal(rebuild.length, 1, JSON.stringify(r.findings.map((f) => f.code)));
    const [words] = assertOneCommand(rebuild[0] as string, 'rebuild');
    assert.equal(words?.at(-2), `/Users/dev/hello/${name.replace('\u000f', '')}`);
    for (const c of commandsOf(r)) assertOneCommand(c, 'hostile program');
  });
});
