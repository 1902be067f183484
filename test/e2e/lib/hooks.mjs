// Mocha hooks for a describe block that shares one workbench: started before its first test, a screenshot after
// each test (test/artifacts/e2e/<session>-<test>.png, kept for failures too), closed after the last test; the
// run folder (host.log, logs) is kept when a test failed.
import { Session } from './session.mjs';

/**
 * @param {import('./session.mjs').SessionSpec} spec
 * @returns {{ get(): Session }} the session, once `before` has run
 */
export function useSession(spec) {
  /** @type {Session | undefined} */
  let session;
  before(async function () {
    this.timeout(240_000);
    session = await Session.start(spec);
  });
  afterEach(async function () {
    if (!session || !this.currentTest) return;
    const failed = this.currentTest.state === 'failed';
    if (failed) session.failed = true;
    const file = await session.shot(`${slug(this.currentTest.title)}${failed ? '-FAILED' : ''}`);
    if (failed) console.log(`      screenshot: ${file}\n      run folder kept: ${session.f.dir}`);
  });
  after(async function () {
    this.timeout(30_000);
    await session?.close();
  });
  return {
    get() {
      if (!session) throw new Error('the workbench did not start');
      return session;
    },
  };
}

export function slug(s) {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
}
