import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { captureSnapshot } from '../../../src/core/capture/capture';
import { diagnose, DiagnosisCache } from '../../../src/core/diagnose';
import { diagnoseDir, inputOf, scenarioNames, SNAPSHOTS } from '../diagnose/helpers';

describe('capture: a replayed snapshot captured again replays to the same report', () => {
  let tmp: string;
  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'capture-'));
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  for (const name of scenarioNames()) {
    it(name, async () => {
      const input = inputOf(path.join(SNAPSHOTS, name));
      const live = await diagnose({ ...input, cache: new DiagnosisCache() });
      const out = path.join(tmp, name);
      const captured = await captureSnapshot(input, out);
      assert.deepEqual(captured.report, live);
      const replayed = await diagnoseDir(out);
      assert.deepEqual(replayed, live);
      assert.ok(captured.bytes < 64 * 1024, `${name}: the capture stays small (${captured.bytes} bytes)`);
    });
  }

  it('keeps only the env keys of the contract, and symlinks as symlinks', async () => {
    const input = inputOf(path.join(SNAPSHOTS, 'healthy-apple-silicon'));
    const host = { ...input.host, env: { ...input.host.env, AWS_SECRET_ACCESS_KEY: 'x', GOPATH: '/Users/dev/go' } };
    const out = path.join(tmp, 'env');
    await captureSnapshot({ ...input, host }, out);
    const machine = JSON.parse(fs.readFileSync(path.join(out, 'machine.json'), 'utf8')) as { env: Record<string, string> };
    assert.deepEqual(Object.keys(machine.env).sort(), ['GOPATH', 'HOME', 'PATH', 'SHELL']);
    assert.equal(fs.readlinkSync(path.join(out, 'root/opt/homebrew/bin/go')), '../Cellar/go/1.22.5/libexec/bin/go');
    const sparse = JSON.parse(fs.readFileSync(path.join(out, 'root/opt/homebrew/Cellar/go/1.22.5/libexec/bin/go.sparse.json'), 'utf8')) as { size: number; extents: unknown[] };
    assert.ok(sparse.size > 1_000_000 && sparse.extents.length > 0);
  });
});
