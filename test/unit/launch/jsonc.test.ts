import * as assert from 'node:assert/strict';
import { findConfigIndex, nodeRange, parseJsonc } from '../../../src/core/launch';

const TEXT = `{
  // comment
  "configurations": [
    { "name": "First", "type": "go" },
    {
      "name": "Second",
      "backend": "native",
    },
  ],
}`;

describe('launch: reading JSONC', () => {
  it('parses comments and trailing commas without errors', () => {
    const r = parseJsonc(TEXT);
    assert.deepEqual(r.errors, []);
    assert.equal((r.value as { configurations: unknown[] }).configurations.length, 2);
  });

  it('reports errors with 1-based line and column', () => {
    const r = parseJsonc('{\n  "a": 1\n  "b": 2\n}');
    assert.equal(r.errors[0]?.message, 'CommaExpected');
    assert.equal(r.errors[0]?.line, 3);
    assert.equal(r.errors[0]?.column, 3);
  });

  it('finds a configuration by name', () => {
    assert.equal(findConfigIndex(TEXT, 'Second'), 1);
    assert.equal(findConfigIndex(TEXT, 'First'), 0);
    assert.equal(findConfigIndex(TEXT, 'Nope'), undefined);
    assert.equal(findConfigIndex('not json', 'x'), undefined);
    assert.equal(findConfigIndex('{"configurations": 3}', 'x'), undefined);
  });

  it('gives the range of a property (key and value) and of a configuration (its name)', () => {
    const prop = nodeRange(TEXT, ['configurations', 1, 'backend']);
    assert.ok(prop);
    assert.equal(TEXT.slice(prop.offset, prop.offset + prop.length), '"backend": "native"');
    const cfg = nodeRange(TEXT, ['configurations', 0]);
    assert.ok(cfg);
    assert.equal(TEXT.slice(cfg.offset, cfg.offset + cfg.length), '"First"');
    const noName = '{"configurations": [{"type": "go"}]}';
    const r = nodeRange(noName, ['configurations', 0]);
    assert.equal(r && noName.slice(r.offset, r.offset + r.length), '{"type": "go"}');
    assert.equal(nodeRange(TEXT, ['configurations', 3]), undefined);
    assert.equal(nodeRange('', ['a']), undefined);
  });
});
