import * as assert from 'node:assert/strict';
import { applyEdits, planEdit } from '../../../src/core/launch';
import { detectFormatting } from '../../../src/core/launch/format';
import type { EditRequest } from '../../../src/core/launch/types';
import { checkEdit } from './helpers';

const COMMENTED = `{
  // Use IntelliSense to learn about possible attributes.
  "version": "0.2.0",
  "configurations": [
    {
      "name": "Launch Package", /* the default one */
      "type": "go",
      "request": "launch",
      "backend": "native", // copied from a blog
      "dlvArgs": ["--backend=lldb"],
      "program": "http://example.com//x, y", // a string with // and , inside
      "env": {
        "GOARCH": "amd64", // only key, trailing comma
      },
    },
    /* second */
    { "name": "Inline", "type": "go", "env": {"GOARCH": "amd64", "CGO_ENABLED": "1"} }
  ]
}
`;

const CRLF_TABS = '{\r\n\t"configurations": [\r\n\t\t{\r\n\t\t\t"name": "T",\r\n\t\t\t"backend": "native",\r\n\t\t\t"env": { "GOARCH": "amd64" }\r\n\t\t}\r\n\t]\r\n}\r\n';

const ODD = `{"configurations":[{"name":"odd","backend":"native" ,
      "env":{
   "GOARCH":"amd64"  // tail
   ,"X":"y"}}]}`;

const EDITS: EditRequest[] = [
  { path: ['configurations', 0, 'backend'], remove: true },
  { path: ['configurations', 0, 'env', 'GOARCH'], remove: true },
  { path: ['configurations', 0, 'env'], remove: true },
  { path: ['configurations', 0, 'backend'], value: 'default' },
  { path: ['configurations', 0, 'env', 'GOARCH'], value: 'arm64' },
  { path: ['configurations', 0, 'dlvFlags'], value: ['--check-go-version=false'] },
  { path: ['configurations', 0, 'env', 'NEW'], value: '1' },
  { path: ['configurations', 0, 'name'], remove: true },
  { path: ['configurations', 0], remove: true },
];

describe('launch: planEdit keeps comments, formatting and undo', () => {
  for (const [label, text] of [['commented LF', COMMENTED], ['CRLF with tabs', CRLF_TABS], ['odd formatting', ODD]] as const) {
    for (const edit of EDITS) {
      it(`${label}: ${edit.remove ? 'remove' : 'set'} ${JSON.stringify(edit.path)}`, () => {
        const out = checkEdit(text, edit);
        if (text.includes('\r\n')) assert.equal(out.replace(/\r\n/g, '').includes('\n'), false, 'a bare LF crept into a CRLF file');
      });
    }
  }

  it('removes the only key of env that has a trailing comma and leaves valid JSONC', () => {
    const out = checkEdit(COMMENTED, { path: ['configurations', 0, 'env', 'GOARCH'], remove: true });
    // Its comment was its own (issue 19 item 13): it goes with it, not left alone in the emptied object.
    assert.match(out, /"env": \{\n\s+\},/);
    assert.ok(!out.includes('only key, trailing comma'));
  });

  it('removes the backend line whole with the comment that belongs to it, keeping every other comment', () => {
    const out = checkEdit(COMMENTED, { path: ['configurations', 0, 'backend'], remove: true });
    assert.ok(!out.includes('"backend"'));
    // Left alone it would sit above "dlvArgs" and say something false of it (issue 19 item 13).
    assert.ok(!out.includes('copied from a blog'));
    assert.ok(out.includes('"program": "http://example.com//x, y", // a string with // and , inside'));
    assert.ok(out.includes('"request": "launch",\n'));
  });

  it('removes the comment lines directly above a removed member; a changed value loses the comments naming its old value', () => {
    const text = '{\n  "a": 1,\n\n  // why b\n  // (two lines)\n  "b": 2,\n  // amd64 on purpose\n  "runArgs": ["--platform=linux/amd64"], // pinned amd64\n  // keep: about c\n  "c": 3\n}\n';
    const removed = checkEdit(text, { path: ['b'], remove: true });
    assert.equal(removed, '{\n  "a": 1,\n\n  // amd64 on purpose\n  "runArgs": ["--platform=linux/amd64"], // pinned amd64\n  // keep: about c\n  "c": 3\n}\n');
    const changed = checkEdit(text, { path: ['runArgs', 0], value: '--platform=linux/arm64' });
    assert.equal(changed, '{\n  "a": 1,\n\n  // why b\n  // (two lines)\n  "b": 2,\n  "runArgs": ["--platform=linux/arm64"],\n  // keep: about c\n  "c": 3\n}\n');
    // A comment that does not name the old value stays.
    assert.ok(checkEdit(text, { path: ['b'], value: 5 }).includes('// why b\n  // (two lines)\n  "b": 5,'));
  });

  it('removes the last member of an inline object with its preceding comma', () => {
    const out = checkEdit(COMMENTED, { path: ['configurations', 1, 'env', 'CGO_ENABLED'], remove: true });
    assert.ok(out.includes('"env": {"GOARCH": "amd64"}'));
  });

  it('adds a property in the style of its siblings (indentation, trailing comma)', () => {
    const out = checkEdit(COMMENTED, { path: ['configurations', 0, 'env', 'GOFLAGS'], value: '-mod=mod' });
    assert.ok(out.includes('        "GOARCH": "amd64", // only key, trailing comma\n        "GOFLAGS": "-mod=mod",\n'));
    const tabbed = checkEdit(CRLF_TABS, { path: ['configurations', 0, 'showLog'], value: true });
    assert.ok(tabbed.includes('\t\t\t"env": { "GOARCH": "amd64" },\r\n\t\t\t"showLog": true\r\n'));
  });

  it('creates missing settings objects, in an empty file too', () => {
    checkEdit('', { path: ['go.toolsEnvVars', 'GOARCH'], value: 'arm64' });
    const out = checkEdit('{\n  // user settings\n  "editor.tabSize": 2\n}\n', { path: ['go.alternateTools', 'dlv'], value: '/Users/dev/go/bin/dlv' });
    assert.ok(out.includes('  "editor.tabSize": 2,\n  "go.alternateTools": {\n    "dlv": "/Users/dev/go/bin/dlv"\n  }\n}'));
    checkEdit('{}', { path: ['go.toolsEnvVars', 'GOARCH'], value: 'arm64' });
    checkEdit('{ /* nothing yet */ }', { path: ['go.toolsEnvVars'], value: {} });
    checkEdit('{"go.toolsEnvVars": {"GOARCH": "amd64"}}', { path: ['go.toolsEnvVars', 'GOARCH'], remove: true });
  });

  it('removing what is absent is a no-op', () => {
    assert.deepEqual(planEdit(COMMENTED, { path: ['configurations', 0, 'nope'], remove: true }), { ok: true, edits: [] });
    assert.deepEqual(planEdit('', { path: ['x'], remove: true }), { ok: true, edits: [] });
  });

  it('refuses text with syntax errors, with the position', () => {
    const plan = planEdit('{\n  "configurations": [\n    { "name": "x" "type": "go" }\n  ]\n}', { path: ['configurations', 0, 'backend'], remove: true });
    assert.equal(plan.ok, false);
    assert.match(plan.ok ? '' : plan.reason, /CommaExpected at line 3, column 19/);
  });

  it('refuses paths that do not fit the document', () => {
    for (const path of [['configurations', 5, 'backend'], ['version', 'x'], ['configurations', 'x'], [], ['configurations', 9]]) {
      const plan = planEdit(COMMENTED, { path, value: 1 });
      assert.equal(plan.ok, false, JSON.stringify(path));
    }
    assert.equal(planEdit('[1]', { path: ['a'], value: 1 }).ok, false);
    assert.equal(planEdit('{}', { path: ['a'] }).ok, false);
  });

  it('applyEdits rejects overlapping edits', () => {
    assert.throws(() => applyEdits('abcdef', [{ offset: 0, length: 3, content: '' }, { offset: 2, length: 1, content: '' }]));
  });
});

describe('launch: detectFormatting', () => {
  it('sees tabs, spaces and line ends', () => {
    assert.deepEqual(detectFormatting(CRLF_TABS), { tabSize: 4, insertSpaces: false, eol: '\r\n' });
    assert.deepEqual(detectFormatting(COMMENTED), { tabSize: 2, insertSpaces: true, eol: '\n' });
    assert.deepEqual(detectFormatting('{\n    "a": {\n        "b": 1\n    }\n}'), { tabSize: 4, insertSpaces: true, eol: '\n' });
    assert.deepEqual(detectFormatting(''), { tabSize: 4, insertSpaces: true, eol: '\n' });
  });
});
