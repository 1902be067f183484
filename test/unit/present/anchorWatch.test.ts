import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { locateAnchor, watchAnchor, type AnchorWatch } from '../../../src/core/present/anchorWatch';

const LAUNCH = `{
  // Launch configurations
  "version": "0.2.0",
  "configurations": [
    { "name": "Launch hello", "type": "go", "request": "launch", "program": "\${workspaceFolder}" },
    {
      "name": "Native",
      "type": "go",
      "request": "launch",
      // "backend": "native" was copied from a blog post
      "backend": "native",
      "env": { "GOARCH": "amd64", "CGO_ENABLED": "1" }
    }
  ]
}
`;

/** The span of the first `needle` after `after` (to skip the same words in a comment). */
function span(text: string, needle: string, after = ''): { offset: number; length: number } {
  const at = text.indexOf(needle, after ? text.indexOf(after) + after.length : 0);
  assert.ok(at >= 0, needle);
  return { offset: at, length: needle.length };
}

const backend = (text = LAUNCH): AnchorWatch => watchAnchor(text, ['configurations', 1, 'backend'], { exact: true, configName: 'Native' });
const goarch = (text = LAUNCH): AnchorWatch => watchAnchor(text, ['configurations', 1, 'env', 'GOARCH'], { exact: true, configName: 'Native' });

describe('anchorWatch: does a diagnostic still hold after its file was edited?', () => {
  it('finds the anchored property where it was, skipping the same words in a comment', () => {
    assert.deepEqual(locateAnchor(LAUNCH, backend()), span(LAUNCH, '"backend": "native"', 'blog post'));
  });

  it('drops the diagnostic when the attribute is removed (the quick fix) and brings it back on undo', () => {
    const fixed = LAUNCH.replace('      "backend": "native",\n', '');
    const w = backend();
    assert.equal(locateAnchor(fixed, w), undefined);
    assert.deepEqual(locateAnchor(LAUNCH, w), span(LAUNCH, '"backend": "native"', 'blog post'));
  });

  it('drops it when the value the finding is about changes', () => {
    assert.equal(locateAnchor(LAUNCH.replace('"backend": "native",', '"backend": "lldb",'), backend()), undefined);
    assert.equal(locateAnchor(LAUNCH.replace('"GOARCH": "amd64"', '"GOARCH": "arm64"'), goarch()), undefined);
  });

  it('drops a nested setting removed from its object, keeps the others', () => {
    const text = LAUNCH.replace('"GOARCH": "amd64", ', '');
    assert.equal(locateAnchor(text, goarch()), undefined);
    const cgo = watchAnchor(LAUNCH, ['configurations', 1, 'env', 'CGO_ENABLED'], { exact: true, configName: 'Native' });
    assert.deepEqual(locateAnchor(text, cgo), span(text, '"CGO_ENABLED": "1"'));
  });

  it('moves with lines inserted above and follows its configuration by name when others are inserted before it', () => {
    const above = LAUNCH.replace('{\n', '{\n  // one\n  // two\n');
    assert.deepEqual(locateAnchor(above, backend()), span(above, '"backend": "native"', 'blog post'));
    const inserted = LAUNCH.replace('"configurations": [\n', '"configurations": [\n    { "name": "New", "type": "go", "request": "launch" },\n');
    assert.deepEqual(locateAnchor(inserted, backend()), span(inserted, '"backend": "native"', 'blog post'));
    assert.equal(locateAnchor(LAUNCH.replace('"name": "Native"', '"name": "Renamed"'), backend()), undefined);
  });

  it('a fallback anchor (the configuration name, a parent object) only has to exist', () => {
    const name = watchAnchor(LAUNCH, ['configurations', 1], { exact: true, configName: 'Native' });
    const edited = LAUNCH.replace('"backend": "native",', '"backend": "lldb",');
    assert.deepEqual(locateAnchor(edited, name), span(edited, '"Native"'));
    const env = watchAnchor(LAUNCH, ['configurations', 1, 'env'], { exact: false, configName: 'Native' });
    const envEdited = LAUNCH.replace('"CGO_ENABLED": "1"', '"CGO_ENABLED": "0"');
    assert.deepEqual(locateAnchor(envEdited, env), span(envEdited, '"env": { "GOARCH": "amd64", "CGO_ENABLED": "0" }'));
    const noEnv = LAUNCH.replace(',\n      "env": { "GOARCH": "amd64", "CGO_ENABLED": "1" }', '');
    assert.equal(locateAnchor(noEnv, env), undefined);
  });

  it('settings.json paths, with and without the .code-workspace prefix', () => {
    const settings = '{\n  // x\n  "go.toolsEnvVars": { "GOARCH": "amd64" }\n}\n';
    const w = watchAnchor(settings, ['go.toolsEnvVars', 'GOARCH'], { exact: true });
    assert.deepEqual(locateAnchor(`\n\n${settings}`, w), { offset: span(settings, '"GOARCH": "amd64"').offset + 2, length: 17 });
    assert.equal(locateAnchor(settings.replace(' "GOARCH": "amd64" ', ''), w), undefined);
    const ws = '{ "folders": [], "settings": { "go.toolsEnvVars": { "GOARCH": "amd64" } } }';
    const pw = watchAnchor(ws, ['settings', 'go.toolsEnvVars', 'GOARCH'], { exact: true });
    assert.deepEqual(locateAnchor(ws, pw), span(ws, '"GOARCH": "amd64"'));
    assert.equal(locateAnchor(ws.replace('amd64', 'arm64'), pw), undefined);
  });

  it('a file that no longer parses there drops it; the restored text brings it back', () => {
    const w = backend();
    assert.equal(locateAnchor('', w), undefined);
    assert.equal(locateAnchor('{ "configurations": ', w), undefined);
    assert.deepEqual(locateAnchor(LAUNCH, w), span(LAUNCH, '"backend": "native"', 'blog post'));
  });

  it('property: any comments or blank lines inserted above only shift it', () => {
    const line = fc.oneof(fc.constant(''), fc.string({ unit: fc.constantFrom('a', ' ', '"', '{', '}', '/', '*') }).map((s) => `// ${s}`));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 6 }), (lines) => {
        const prefix = lines.map((l) => `${l}\n`).join('');
        const text = prefix + LAUNCH;
        const at = span(LAUNCH, '"backend": "native"', 'blog post');
        assert.deepEqual(locateAnchor(text, backend()), { offset: at.offset + prefix.length, length: at.length });
      }),
    );
  });
});
