/**
 * Issue 9 item 7, issue 16 item 9: every command line the tool may type into a terminal (fix commands, component
 * checks) is ONE simple command (no `&&`/`||`/`;`/`&` list, no pipe, no redirection) whose words are exactly the
 * values it was built from, for every scenario replay (macOS and the Linux dev container examples), every
 * DAP/explain table text (Delve's macOS and Linux texts), and hostile texts built to break out of the quoting.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { explainReport } from '../../../src/core/explain';
import type { Report } from '../../../src/core/report/types';
import { shellQuote, sh } from '../../../src/core/text';
import { DiagnosisCache } from '../../../src/core/diagnose';
import LIBLLDB_ARCH_MISMATCH from '../../../src/core/findings/darwin/liblldb-arch-mismatch';
import { darwinMachine, diagnoseDir, diagnoseScenario, inputOf, REPO, scenarioNames, SNAPSHOTS } from '../diagnose/helpers';
import { HEALTHY, ROWS } from '../dap/strings';
import { parseShellLine } from './shellWords';

/** Delve's Linux texts whose findings carry fixes (test/unit/linux/dap.test.ts has them all). */
const LINUX_TEXTS = [
  'Failed to attach: Could not attach to pid 4242: this could be caused by a kernel security setting, try writing "0" to /proc/sys/kernel/yama/ptrace_scope',
  'could not launch process: fork/exec /go/src/debug: operation not permitted',
  'could not launch process: fork/exec /tmp/elfx/hello-arm64: function not implemented',
  'Command failed: input/output error',
  'could not launch process: To debug executables using DWARFv5 or later Delve must be built with Go version 1.25.0 or later',
];
const EXAMPLES = path.join(REPO, 'examples/snapshots');

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
    // 0.1.0's two compound fixes, and every list, pipe and redirection
    for (const line of ['sudo rm -rf /x && xcode-select --install', 'echo 0 | sudo tee /proc/sys/kernel/yama/ptrace_scope', 'a || b', 'a ; b', 'a;b', 'a & b', 'a&', 'a > f', 'a >> f', 'a < f', 'a 2>&1', 'a |& b']) {
      assert.ok(parseShellLine(line).problems.length > 0, line);
    }
    assert.deepEqual(parseShellLine('sudo sysctl -w kernel.yama.ptrace_scope=0'), { commands: [['sudo', 'sysctl', '-w', 'kernel.yama.ptrace_scope=0']], problems: [] });
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

  it('every Linux dev container example replay: every fix and component command', async () => {
    const names = fs.readdirSync(EXAMPLES).filter((n) => n.startsWith('linux-'));
    assert.ok(names.length >= 4, names.join());
    for (const name of names) for (const c of commandsOf(await diagnoseDir(path.join(EXAMPLES, name)))) assertOneCommand(c, name);
  });

  it('the fixes of several steps are several commands: ptrace_scope through sysctl, the CLT reinstall in two', async () => {
    const scope = commandsOf(explainReport(LINUX_TEXTS[0] as string));
    assert.ok(scope.includes('sudo sysctl -w kernel.yama.ptrace_scope=0'), JSON.stringify(scope));
    // A replayed Mac whose x86_64-only liblldb is the Command Line Tools' one: the fix is the reinstall.
    const m = await darwinMachine({ ...inputOf(path.join(SNAPSHOTS, 'arm64-lldb-on-intel')), cache: new DiagnosisCache() });
    const lib = m.darwin.lldb.candidates.find((c) => c.exists && c.referenced && c.loadArch && !c.slice);
    assert.ok(lib, 'the scenario has a liblldb of the other CPU');
    lib.kind = 'clt';
    const cmds = LIBLLDB_ARCH_MISMATCH.run(m).flatMap((f) => f.fixes).flatMap((x) => (x.kind === 'command' ? [x.command] : []));
    assert.deepEqual(cmds, ['sudo rm -rf /Library/Developer/CommandLineTools', 'xcode-select --install']);
  });

  it('every DAP/explain table text, on each hardware', () => {
    let n = 0;
    for (const text of [...ROWS.map((r) => r.text), ...HEALTHY, ...LINUX_TEXTS]) {
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
