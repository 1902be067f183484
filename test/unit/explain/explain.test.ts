import * as assert from 'node:assert/strict';
import { runExplain } from '../../../src/cli/explain';
import type { Io } from '../../../src/cli/io';
import { explainReport } from '../../../src/core/explain';

function io(stdin?: string): Io & { stdout: string; stderr: string } {
  const cap = {
    stdout: '',
    stderr: '',
    out: (s: string) => void (cap.stdout += s),
    err: (s: string) => void (cap.stderr += s),
    isTTY: false,
    ...(stdin === undefined ? {} : { readStdin: async () => stdin }),
  };
  return cap;
}

const STUB = 'Failed to launch: could not launch process: stub exited while waiting for connection: exit status 0';

const TRANSCRIPT = [
  '{"seq":1,"type":"request","command":"initialize","arguments":{"adapterID":"go"}}',
  '{"seq":2,"type":"request","command":"launch","arguments":{"name":"Launch Package","backend":"native","mode":"debug","env":{"GOARCH":"amd64"}}}',
  '{"seq":3,"type":"event","event":"output","body":{"category":"console","output":"Starting: /Users/dev/go/bin/dlv dap --listen=127.0.0.1:50000\\n"}}',
  'DAP server listening at: 127.0.0.1:50000',
  '{"seq":4,"type":"response","request_seq":2,"success":false,"command":"launch","message":"Failed to launch","body":{"error":{"id":3000,"format":"Failed to launch: could not launch process: native backend disabled during compilation","showUser":true}}}',
  '{"seq":5,"type":"event","event":"terminated","body":{}}',
].join('\n');

describe('explain: core', () => {
  it('plain text goes through the classifier', () => {
    assert.deepEqual(explainReport(STUB, { hardwareArch: 'arm64' }).findings.map((f) => f.code), ['debugserver-stub-exited']);
  });

  it('JSON lines of DAP messages go through a DapWatch (launch arguments included)', () => {
    const codes = explainReport(TRANSCRIPT, { hardwareArch: 'arm64' }).findings.map((f) => f.code);
    assert.deepEqual(codes, ['launch-goarch-override', 'launch-native-backend']);
    const found = explainReport(TRANSCRIPT).findings;
    assert.deepEqual(found.map((f) => f.code), ['launch-native-backend']);
    assert.ok(found[0]?.evidence.includes('launch request: backend=native'));
  });

  it('the report: host unknown except what the text or --arch says', () => {
    assert.deepEqual(explainReport(STUB).host, { platform: 'unknown', processArch: 'unknown' });
    assert.deepEqual(explainReport(STUB, { hardwareArch: 'x86_64h' }).host, { platform: 'unknown', processArch: 'unknown', hardwareArch: 'x86_64' });
    const rosetta = 'could not launch process: can not run under Rosetta, check that the installed build of Go is right for your CPU architecture';
    assert.equal(explainReport(rosetta).host.hardwareArch, 'arm64');
    assert.deepEqual(explainReport(rosetta).components, []);
  });
});

describe('explain: CLI', () => {
  it('TEXT arguments joined, text output, exit 1 on an error verdict', async () => {
    const cap = io();
    assert.equal(await runExplain(['--arch', 'arm64', ...STUB.split(' ')], cap), 1);
    assert.ok(cap.stdout.includes('debugserver exited before Delve could connect'));
    assert.ok(cap.stdout.includes('$ sudo DevToolsSecurity -enable'));
    assert.doesNotMatch(cap.stdout, /\u001b\[/);
    assert.equal(cap.stderr, '');
  });

  it('--json prints the report shape', async () => {
    const cap = io();
    assert.equal(await runExplain(['--json', '--arch=x86_64', STUB], cap), 1);
    const r = JSON.parse(cap.stdout) as { format: string; verdict: string; host: unknown; components: unknown[]; findings: { code: string }[] };
    assert.equal(r.format, 'go-lldb-doctor-report/1');
    assert.equal(r.verdict, 'error');
    assert.deepEqual(r.host, { platform: 'unknown', hardwareArch: 'x86_64', processArch: 'unknown' });
    assert.deepEqual(r.components, []);
    assert.deepEqual(r.findings.map((f) => f.code), ['debugserver-stub-exited']);
  });

  it('reads standard input when no TEXT is given (a DAP transcript)', async () => {
    const cap = io(TRANSCRIPT);
    assert.equal(await runExplain(['--json'], cap), 1);
    assert.deepEqual((JSON.parse(cap.stdout) as { findings: { code: string }[] }).findings.map((f) => f.code), ['launch-native-backend']);
  });

  it('--markdown for an issue', async () => {
    const cap = io();
    assert.equal(await runExplain(['--markdown', '--', '--not-an-option', STUB], cap), 1);
    assert.ok(cap.stdout.startsWith('## go-lldb-doctor: ✖ error'));
  });

  it('exit 0 when nothing matches', async () => {
    const cap = io();
    assert.equal(await runExplain(['DAP server listening at: 127.0.0.1:1234'], cap), 0);
    assert.equal(cap.stdout, 'go-lldb-doctor: no known cause matches this text.\n');
    const json = io();
    assert.equal(await runExplain(['--json', 'hello'], json), 0);
    assert.equal((JSON.parse(json.stdout) as { verdict: string }).verdict, 'ok');
  });

  it('exit 2 on bad arguments or empty input', async () => {
    for (const args of [['--arch'], ['--arch', 'sparc', 'x'], ['--frobnicate', 'x'], ['   ']]) {
      const cap = io();
      assert.equal(await runExplain(args, cap), 2, JSON.stringify(args));
      assert.match(cap.stderr, /^go-lldb-doctor: /);
      assert.equal(cap.stdout, '');
    }
    assert.equal(await runExplain([], io('  \n')), 2);
    assert.equal(await runExplain([], io()), 2);
  });
});
