/**
 * Container causes sit where they are fixed: the QEMU error on devcontainer.json's runArgs element (even without
 * a launch.json, where no configuration name exists to fall back on), the Rosetta for Linux error on the
 * Dockerfile's `FROM --platform` line before the configuration's name, a compose container's on the compose file's
 * `platform:` line. From the reports of the recorded Linux machines; the line anchor follows edits of its file.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { anchorsFor } from '../../../src/core/present/anchor';
import { lineSpan, locateAnchor, watchLine } from '../../../src/core/present/anchorWatch';
import type { Finding } from '../../../src/core/report/types';
import { diagnoseDir, REPO } from '../diagnose/helpers';

const EXAMPLES = path.join(REPO, 'examples/snapshots');
const emulated = async (name: string) => (await diagnoseDir(path.join(EXAMPLES, name))).findings.find((f) => f.code === 'linux-emulated') as Finding;

describe('anchor: container causes where the fix is', () => {
  it('QEMU: on the runArgs element of devcontainer.json, with or without a launch configuration', async () => {
    const f = await emulated('linux-qemu-amd64-container');
    const dc = { file: 'devcontainer.json', filePath: '/workspaces/hello/.devcontainer/devcontainer.json', path: ['runArgs', 0] };
    assert.deepEqual(anchorsFor(f, undefined), [dc]);
    assert.deepEqual(anchorsFor(f, 0), [dc, { file: 'launch.json', path: ['configurations', 0] }]);
  });

  it('Rosetta for Linux: on the Dockerfile FROM line first, the configuration name only after it', async () => {
    const f = await emulated('linux-rosetta-amd64-container');
    assert.deepEqual(anchorsFor(f, 2), [
      { file: 'line', filePath: '/workspaces/hello/.devcontainer/Dockerfile', line: 1 },
      { file: 'launch.json', path: ['configurations', 2] },
    ]);
  });

  it('compose: on the compose file\'s platform line, the edit that sets it', () => {
    const f: Finding = {
      code: 'linux-emulated', severity: 'error', component: 'dlv', title: 't', detail: 'd', evidence: [],
      fixes: [{ title: 'x', kind: 'edit', edit: { file: 'docker-compose', filePath: '/w/compose.yaml', path: ['services', 'app', 'platform'], value: 'linux/arm64' }, at: { filePath: '/w/compose.yaml', line: 7 } }],
    };
    assert.deepEqual(anchorsFor(f, undefined), [{ file: 'line', filePath: '/w/compose.yaml', line: 7 }]);
  });

  it('a line anchor spans the line without its indentation and follows it when lines move; gone when changed', () => {
    const text = '# stack\nservices:\n  app:\n    platform: "linux/amd64" # pinned\n';
    assert.deepEqual(lineSpan(text, 4), { offset: text.indexOf('platform'), length: 'platform: "linux/amd64" # pinned'.length, text: 'platform: "linux/amd64" # pinned' });
    assert.equal(lineSpan(text, 9), undefined);
    const w = watchLine(text, 4);
    assert.ok(w);
    const moved = `# a new first line\n${text}`;
    assert.deepEqual(locateAnchor(moved, w), { offset: moved.indexOf('platform'), length: 'platform: "linux/amd64" # pinned'.length });
    assert.equal(locateAnchor(text.replace('amd64', 'arm64'), w), undefined);
    assert.equal(watchLine('FROM x\n\n', 2), undefined, 'an empty line is no anchor');
  });
});
