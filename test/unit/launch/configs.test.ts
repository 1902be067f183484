import * as assert from 'node:assert/strict';
import { findConfigIndex, goConfigs, pickLaunchConfig } from '../../../src/core/launch/configs';

describe('launch configurations: goConfigs', () => {
  it('lists the go configurations with their index, comments and trailing commas allowed', () => {
    const text = `{
      // a comment
      "configurations": [
        { "name": "Node", "type": "node" },
        { "name": "Go one", "type": "go", },
        { "type": "go" },
        { "name": "Go two", "type": "go" },
      ],
    }`;
    assert.deepEqual(goConfigs(text), [
      { name: 'Go one', index: 1 },
      { name: 'Go two', index: 3 },
    ]);
  });

  it('gives none for text without a configurations array', () => {
    assert.deepEqual(goConfigs('not json'), []);
    assert.deepEqual(goConfigs('{"configurations": {}}'), []);
    assert.deepEqual(goConfigs(''), []);
  });

  it('is one lookup: the folder picker, the anchors and the diagnosis agree on the index of a name', () => {
    const text = '{ "configurations": [ 3, ["x"], { "name": "A", "type": "node" }, { "name": "B", "type": "go" }, { "name": "B", "type": "go" } ] }';
    const picked = pickLaunchConfig(text, 'launch.json', 'B');
    assert.ok(picked.ok);
    assert.equal(picked.index, 3);
    assert.equal(findConfigIndex(text, 'B'), 3);
    assert.deepEqual(goConfigs(text).find((c) => c.name === 'B'), { name: 'B', index: 3 });
    const first = pickLaunchConfig(text, 'launch.json');
    assert.ok(first.ok);
    assert.equal(first.index, 2);
  });
});
