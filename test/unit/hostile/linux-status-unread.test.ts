/**
 * Item 11 of issue #16: on Linux the permissions component is decided from /proc/self/status (Seccomp, CapEff).
 * When that file cannot be read (a hardened /proc, an LSM denying it) nothing is known about ptrace, so the
 * component says `unknown`; it said `ok`. The replayed dev container's file system is the boundary changed here.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { diagnose, DiagnosisCache } from '../../../src/core/diagnose';
import type { Host } from '../../../src/core/host/types';
import { SELF_STATUS } from '../../../src/core/probe/linux/paths';
import { inputOf, REPO } from '../diagnose/helpers';

function withoutStatus(host: Host, code: string): Host {
  return { ...host, readText: (p, limit) => (p === SELF_STATUS ? { ok: false, code, message: `${code}: ${p}` } : host.readText(p, limit)) };
}

describe('hostile: unreadable /proc/self/status (issue #16 item 11)', () => {
  for (const name of ['linux-healthy-arm64-container', 'linux-seccomp-arm64-container']) {
    it(`${name}: permissions is unknown when /proc/self/status cannot be read`, async () => {
      const input = inputOf(path.join(REPO, 'examples/snapshots', name));
      const seen = await diagnose({ ...input, cache: new DiagnosisCache() });
      assert.notEqual(seen.components.find((c) => c.id === 'permissions')?.status, 'unknown');
      for (const code of ['EACCES', 'ENOENT']) {
        const r = await diagnose({ ...input, host: withoutStatus(input.host, code), cache: new DiagnosisCache() });
        const perm = r.components.find((c) => c.id === 'permissions');
        assert.equal(perm?.status, 'unknown', code);
        assert.match(perm?.notes?.[0] ?? '', /Seccomp \?, CAP_SYS_PTRACE \?/);
      }
    });
  }
});
