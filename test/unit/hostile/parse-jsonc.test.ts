/**
 * Issue 9 items 10 and 11: launch.json / settings.json as VS Code reads them. A key written twice takes effect at
 * its last occurrence, so edits act there and a removal removes every occurrence; a byte order mark is accepted;
 * 5000-deep nesting is one error line (exit 2 in the CLI), never a stack overflow; a settings file holding only a
 * comment keeps it; a key inside go.toolsEnvVars is edited alone, comments around it kept.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { applyEdits, findConfigIndex, nodeRange, parseJsonc, planEdit } from '../../../src/core/launch';
import { invertEdits } from '../launch/helpers';
import type { EditRequest } from '../../../src/core/launch/types';
import { main } from '../../../src/cli/main';
import type { Io } from '../../../src/cli/io';
import { SNAPSHOTS } from '../diagnose/helpers';
import { comments } from '../launch/helpers';

function edited(text: string, edit: EditRequest): string {
  const plan = planEdit(text, edit);
  assert.ok(plan.ok, plan.ok ? '' : plan.reason);
  const out = applyEdits(text, plan.edits);
  assert.equal(applyEdits(out, invertEdits(text, plan.edits)), text, 'undo restores the original');
  assert.deepEqual(parseJsonc(out).errors, []);
  return out;
}

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (s) => (out += s), err: (s) => (err += s), isTTY: false };
  return { code: await main(args, io), out, err };
}

const DUP = `{
  "configurations": [
    {
      "name": "Launch",
      "backend": "lldb", // first
      "env": { "GOARCH": "amd64" },
      "backend": "native",
      "env": { "GOARCH": "arm64", "X": "1" }
    }
  ]
}
`;

describe('hostile: JSONC launch.json and settings.json', () => {
  it('duplicate keys: removal removes every occurrence, and the one in effect first', () => {
    const out = edited(DUP, { path: ['configurations', 0, 'backend'], remove: true });
    assert.doesNotMatch(out, /backend/);
    // "// first" was the removed first occurrence's own comment: it goes with it (issue 19 item 13).
    assert.deepEqual(comments(out), []);
    assert.equal((parseJsonc(out).value as { configurations: Record<string, unknown>[] }).configurations[0]?.backend, undefined);
  });

  it('duplicate keys: a value is set (and found, and highlighted) at the last occurrence', () => {
    const out = edited(DUP, { path: ['configurations', 0, 'env', 'GOARCH'], remove: true });
    const env = (parseJsonc(out).value as { configurations: { env: Record<string, string> }[] }).configurations[0]?.env;
    assert.deepEqual(env, { X: '1' });
    assert.match(out, /"env": \{ "GOARCH": "amd64" \}/, 'the shadowed object is left as it was');
    const set = edited(DUP, { path: ['configurations', 0, 'backend'], value: 'lldb' });
    assert.equal((parseJsonc(set).value as { configurations: Record<string, unknown>[] }).configurations[0]?.backend, 'lldb');
    const range = nodeRange(DUP, ['configurations', 0, 'backend']);
    assert.equal(DUP.slice(range?.offset, (range?.offset ?? 0) + (range?.length ?? 0)), '"backend": "native"');
  });

  it('a UTF-8 byte order mark is accepted, kept, and offsets stay right', () => {
    const text = `\uFEFF${DUP}`;
    assert.deepEqual(parseJsonc(text).errors, []);
    assert.equal(findConfigIndex(text, 'Launch'), 0);
    const out = edited(text, { path: ['configurations', 0, 'name'], value: 'Debug' });
    assert.ok(out.startsWith('\uFEFF{'));
    assert.match(out, /"name": "Debug",/);
  });

  it('5000-deep nesting: a parse error naming the place, no stack overflow', () => {
    for (const [open, close] of [['{"a":', '}'], ['[', ']']] as const) {
      const text = `{"configurations": ${open.repeat(5000)}1${close.repeat(5000)}}`;
      const { errors } = parseJsonc(text);
      assert.equal(errors.length, 1);
      assert.match(errors[0]?.message ?? '', /nested deeper than 256 levels/);
      const plan = planEdit(text, { path: ['x'], value: 1 });
      assert.ok(!plan.ok && /does not parse/.test(plan.reason));
      assert.equal(nodeRange(text, ['configurations']), undefined);
    }
  });

  it('5000-deep nesting in the CLI: one line, exit 2', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-parse-'));
    const file = path.join(dir, 'launch.json');
    fs.writeFileSync(file, `{"configurations": [{"name": "x", "type": "go", "env": ${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}]}`);
    const r = await cli(['--snapshot', path.join(SNAPSHOTS, 'healthy-apple-silicon'), '--launch', file]);
    fs.rmSync(dir, { recursive: true, force: true });
    assert.equal(r.code, 2);
    assert.equal(r.err.trimEnd().split('\n').length, 1, r.err);
    assert.match(r.err, /launch\.json:1:\d+: nested deeper than 256 levels/);
  });

  it('a settings file holding only a comment keeps it after a fix', () => {
    for (const text of ['// my settings\n', '/* keep */', '\uFEFF// with a BOM\r\n']) {
      const out = edited(text, { path: ['go.toolsEnvVars', 'GOARCH'], value: 'arm64' });
      assert.deepEqual(comments(out), comments(text.replace('\uFEFF', '')));
      assert.ok(out.startsWith(text), out);
      assert.deepEqual(parseJsonc(out).value, { 'go.toolsEnvVars': { GOARCH: 'arm64' } });
    }
    assert.equal(edited('   \n', { path: ['a'], value: 1 }), '{\n    "a": 1\n}\n');
  });

  it('a key inside go.toolsEnvVars is edited alone: the object\'s comments and other keys stay as written', () => {
    const text = `{
  // proxy for work
  "go.toolsEnvVars": {
    "GOPROXY": "https://proxy.example", // the company proxy
    /* keep this */ "GOARCH": "amd64",
    "GOFLAGS": "-mod=mod" // last
  }
}
`;
    const removed = edited(text, { path: ['go.toolsEnvVars', 'GOARCH'], remove: true });
    assert.deepEqual(comments(removed), comments(text));
    assert.equal(removed, text.replace('"GOARCH": "amd64",', ''));
    const plan = planEdit(text, { path: ['go.toolsEnvVars', 'GOARCH'], value: 'arm64' });
    assert.ok(plan.ok);
    assert.deepEqual(plan.edits.map((e) => [text.slice(e.offset, e.offset + e.length), e.content]), [['"amd64"', '"arm64"']]);
  });
});
