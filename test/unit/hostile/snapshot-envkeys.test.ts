/**
 * Issue 20 item 11: a snapshot keeps every fact a rule reads. The env keys are one list (snapfile/envKeys.ts) that
 * the probes and rules read through (KeptEnv): reading a key outside it does not typecheck (the @ts-expect-error
 * lines below fail the build if it ever does), and a replay keeps GOEXPERIMENT, which the DWARF 5 rules read.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Machine } from '../../../src/core/probe/machine';
import { isEnvKey } from '../../../src/core/snapfile/envKeys';
import { cleanTmp, cli, copySnapshot, tmpDir } from './io-helpers';

/** Compiled, never called: the type system is the test. */
export function readsOnlyListedKeys(m: Machine): unknown[] {
  return [
    m.dlvEnv.GOEXPERIMENT, m.go.env?.GOEXPERIMENT, m.go.env?.GOWORK,
    // @ts-expect-error a key outside SNAPSHOT_ENV_KEYS cannot be read from the env of dlv
    m.dlvEnv.NOT_A_LISTED_KEY,
    // @ts-expect-error nor from `go env`
    m.go.env?.GOPROXY,
    // @ts-expect-error nor from the host env
    m.env.AWS_SECRET_ACCESS_KEY,
  ];
}

describe('hostile: the env keys a capture keeps are the keys the rules read (issue 20 item 11)', () => {
  after(cleanTmp);

  it('GOEXPERIMENT in the env, the launch env and go env -json survives a capture', async () => {
    const src = copySnapshot('healthy-apple-silicon', (m) => {
      (m.env as Record<string, string>).GOEXPERIMENT = 'dwarf5';
      for (const c of m.commands as { argv: string[]; stdout?: string }[]) {
        if (c.argv[1] === 'env') c.stdout = JSON.stringify({ ...JSON.parse(c.stdout ?? '{}'), GOEXPERIMENT: 'dwarf5,rangefunc' });
      }
    });
    const out = path.join(tmpDir(), 'out');
    const r = await cli(['snapshot', out, '--snapshot', src]);
    assert.equal(r.code, 0, r.err);
    const m = JSON.parse(fs.readFileSync(path.join(out, 'machine.json'), 'utf8')) as { env: Record<string, string>; commands: { argv: string[]; stdout?: string }[] };
    assert.equal(m.env.GOEXPERIMENT, 'dwarf5');
    const goEnv = m.commands.find((c) => c.argv[1] === 'env');
    assert.equal((JSON.parse(goEnv?.stdout ?? '{}') as Record<string, string>).GOEXPERIMENT, 'dwarf5,rangefunc');
    assert.ok(isEnvKey('GOEXPERIMENT'));
  });
});
