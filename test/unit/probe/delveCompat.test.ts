import * as assert from 'node:assert/strict';
import { delveSupportsGo, goMinor } from '../../../src/core/probe/delveCompat';

describe('Delve / Go version window (delve pkg/goversion/compat.go)', () => {
  it('reads Go versions', () => {
    assert.equal(goMinor('go1.22.5'), 22);
    assert.equal(goMinor('1.21'), 21);
    assert.equal(goMinor('go1.23rc1'), 23);
    assert.equal(goMinor('devel go1.24-abc'), undefined);
  });
  it('flags a Delve too old for the Go, and a Go too old for the Delve', () => {
    assert.deepEqual(delveSupportsGo('1.23.0', 'go1.22.5'), { ok: true });
    assert.equal((delveSupportsGo('1.20.2', 'go1.22.5') as { problem: string }).problem, 'dlv-too-old');
    assert.equal((delveSupportsGo('1.23.0', 'go1.19.8') as { problem: string }).problem, 'go-too-old');
  });
  it('says nothing when a version is unknown or newer than the table', () => {
    assert.equal(delveSupportsGo(undefined, 'go1.22.5'), undefined);
    assert.equal(delveSupportsGo('1.99.0', 'go1.22.5'), undefined);
    assert.equal(delveSupportsGo('1.23.0', undefined), undefined);
  });
});
