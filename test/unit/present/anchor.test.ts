import * as assert from 'node:assert/strict';
import type { Finding } from '../../../src/core/report/types';
import { anchorsFor, preferredFixIndex, prefixes } from '../../../src/core/present/anchor';

function finding(p: Partial<Finding> & Pick<Finding, 'code' | 'component'>): Finding {
  return { severity: 'error', title: 't', detail: 'd', evidence: [], fixes: [], ...p };
}

describe('anchor: where a finding is shown', () => {
  it('anchors a launch value on the attribute its fix removes, then on the configuration name', () => {
    const f = finding({
      code: 'launch-goarch-override',
      component: 'launch',
      fixes: [{ title: 'Remove GOARCH', kind: 'edit', edit: { file: 'launch.json', path: ['configurations', 1, 'env', 'GOARCH'], remove: true } }],
    });
    assert.deepEqual(anchorsFor(f, 1), [
      { file: 'launch.json', path: ['configurations', 1, 'env', 'GOARCH'] },
      { file: 'launch.json', path: ['configurations', 1] },
    ]);
  });

  it('knows the attribute of a backend finding even without a fix', () => {
    const f = finding({ code: 'launch-native-backend', component: 'launch' });
    assert.deepEqual(anchorsFor(f, 0)[0], { file: 'launch.json', path: ['configurations', 0, 'backend'] });
  });

  it('anchors a settings value in the scope the fix names', () => {
    const f = finding({
      code: 'settings-goarch-override',
      component: 'settings',
      fixes: [{ title: 'x', kind: 'edit', edit: { file: 'settings.json', path: ['go.toolsEnvVars', 'GOARCH'], remove: true, scope: 'user' } }],
    });
    assert.deepEqual(anchorsFor(f, 2)[0], { file: 'settings.json', path: ['go.toolsEnvVars', 'GOARCH'], scope: 'user' });
  });

  it('does not anchor a machine-level finding on a setting its fix would add', () => {
    const f = finding({
      code: 'vscode-translated',
      component: 'vscode',
      fixes: [
        { title: 'Install', kind: 'manual' },
        { title: 'Run dlv as arm64', kind: 'edit', edit: { file: 'settings.json', path: ['go.alternateTools', 'dlv'], value: '/x' } },
      ],
    });
    assert.deepEqual(anchorsFor(f, 0), [{ file: 'launch.json', path: ['configurations', 0] }]);
    assert.equal(preferredFixIndex(f), 1);
  });

  it('has no anchor without a configuration and a value to point at', () => {
    assert.deepEqual(anchorsFor(finding({ code: 'not-macos', component: 'host', severity: 'info' }), undefined), []);
  });

  it('lists path prefixes from the longest down to the minimum', () => {
    assert.deepEqual(prefixes(['configurations', 0, 'env', 'GOARCH'], 3), [
      ['configurations', 0, 'env', 'GOARCH'],
      ['configurations', 0, 'env'],
    ]);
  });
});
