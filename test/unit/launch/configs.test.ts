import * as assert from 'node:assert/strict';
import { goConfigs } from '../../../src/core/launch/configs';

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
});
