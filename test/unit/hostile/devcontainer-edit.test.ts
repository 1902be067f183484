/**
 * Issue 16 item 8: devcontainer.json edits hit the element they mean. runArgs is indexed as written (non-strings
 * counted), `--platform=X` and `--platform X` are edited in place, a missing platform is inserted without rewriting
 * the array (comments and non-string elements kept); a container from docker-compose gets its platform in the
 * compose file's `services.<service>.platform` (read and set there, checked against the `yaml` package as an
 * oracle); a Dockerfile's platform is its final stage's FROM (continuations joined, heredocs skipped). The readers
 * are bounded and linear: worst-case texts finish at once.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse as yamlParse } from 'yaml';
import { liveHost } from '../../../src/core/host/live';
import { applyEdits, parseJsonc, planEdit } from '../../../src/core/launch';
import { invertEdits } from '../launch/helpers';
import { DiagnosisCache } from '../../../src/core/probe/cache';
import { probeContext, type ProbeContext } from '../../../src/core/probe/context';
import { planComposePlatform, readComposePlatform } from '../../../src/core/probe/linux/compose';
import { probeDevcontainer } from '../../../src/core/probe/linux/devcontainer';
import { readDockerfilePlatform } from '../../../src/core/probe/linux/dockerfile';
import type { EditFix } from '../../../src/core/report/types';
import { mismatchNames } from '../../../src/core/arch/names';
import { platformFixes } from '../../../src/core/findings/containerFixes';

function ws(files: Record<string, string>): { dir: string; ctx: ProbeContext } {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'gld-dcedit-')));
  for (const [p, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
    fs.writeFileSync(path.join(dir, p), text);
  }
  return { dir, ctx: probeContext({ host: liveHost(), cache: new DiagnosisCache(), trusted: true, timeoutMs: 2000 }) };
}

/** The platform edit fix for a devcontainer.json text, applied to that text as the VS Code layer does. */
function fixedDevcontainer(text: string): { fix: EditFix; after: string } {
  const { dir, ctx } = ws({ '.devcontainer/devcontainer.json': text });
  const fix = platformFixes(probeDevcontainer(ctx, dir), mismatchNames('arm64', 'amd64'))[0];
  assert.ok(fix?.kind === 'edit', JSON.stringify(fix));
  const plan = planEdit(text, { path: fix.edit.path, value: fix.edit.value, ...(fix.edit.insert ? { insert: true as const } : {}) });
  assert.ok(plan.ok, JSON.stringify(plan));
  const after = applyEdits(text, plan.edits);
  assert.equal(applyEdits(after, invertEdits(text, plan.edits)), text, 'one-step undo');
  assert.deepEqual(parseJsonc(after).errors, []);
  return { fix, after };
}

const runArgs = (text: string): unknown => (parseJsonc(text).value as { runArgs: unknown }).runArgs;

describe('hostile: devcontainer edits hit the element they mean', () => {
  it('[1, "--platform=linux/amd64"]: the flag at its real index 1 is replaced; element 0 stays', () => {
    const { fix, after } = fixedDevcontainer('{ "image": "golang", "runArgs": [1, "--platform=linux/amd64"] }');
    assert.deepEqual(fix.edit.path, ['runArgs', 1]);
    assert.deepEqual(runArgs(after), [1, '--platform=linux/arm64']);
  });

  it('["--platform", "linux/amd64"]: the value element is replaced, the flag kept, nothing left behind', () => {
    const { after } = fixedDevcontainer('{ "runArgs": [null, "--platform", "linux/amd64"] }');
    assert.deepEqual(runArgs(after), [null, '--platform', 'linux/arm64']);
    assert.doesNotMatch(after, /amd64/);
  });

  it('the last --platform is the one docker uses, and the one edited', () => {
    const { after } = fixedDevcontainer('{ "runArgs": ["--platform=linux/arm64", "--platform", "linux/amd64"] }');
    assert.deepEqual(runArgs(after), ['--platform=linux/arm64', '--platform', 'linux/arm64']);
  });

  it('no platform: inserted at the end; comments and non-string elements kept byte for byte', () => {
    const before = '{\n  "image": "golang",\n  "runArgs": [\n    // keep the init process\n    "--init",\n    {"odd": true}, /* yes */\n    7\n  ]\n}\n';
    const { fix, after } = fixedDevcontainer(before);
    assert.deepEqual([fix.edit.path, fix.edit.insert], [['runArgs', 3], true]);
    assert.deepEqual(runArgs(after), ['--init', { odd: true }, 7, '--platform=linux/arm64']);
    assert.equal(after, before.replace('    7\n', '    7,\n    "--platform=linux/arm64"\n'));
  });

  it('the planner inserts at any real index, inline or one per line, into [] and into a comment-only array', () => {
    const cases: [string, number, string][] = [
      ['{"a": [1, 2]}', 0, '{"a": ["x", 1, 2]}'],
      ['{"a": [1, 2]}', 1, '{"a": [1, "x", 2]}'],
      ['{"a": [1, 2,]}', 2, '{"a": [1, 2, "x"]}'],
      ['{"a": []}', 0, '{"a": ["x"]}'],
      ['{"a": [\n  1 // one\n]}', 0, '{"a": [\n  "x",\n  1 // one\n]}'],
      ['{"a": [\n  // none yet\n]}', 0, '{"a": [\n  "x",\n  // none yet\n]}'],
    ];
    for (const [text, i, want] of cases) {
      const plan = planEdit(text, { path: ['a', i], value: 'x', insert: true });
      assert.ok(plan.ok, JSON.stringify(plan));
      assert.equal(applyEdits(text, plan.edits), want, `${text} @${i}`);
    }
    assert.equal(planEdit('{"a": [1]}', { path: ['a', 2], value: 'x', insert: true }).ok, false);
    assert.equal(planEdit('{"a": {}}', { path: ['a', 0], value: 'x', insert: true }).ok, false);
  });
});

const COMPOSE = `# dev stack
x-base: &base
  platform: linux/arm64   # an anchor elsewhere, not the service's
services:
  db:
    image: postgres
    platform: linux/arm64
  "app": # the dev container
    <<: *base
    build:
      context: ..
      dockerfile: .devcontainer/Dockerfile
    command: |
      platform: not-this-one
    platform: 'linux/amd64' # pinned for CI
    ports:
    - "8080:8080"
`;

describe('hostile: docker-compose dev containers', () => {
  it('the probe reads services.<service>.platform (quoted, commented, anchors and block scalars around it)', () => {
    const { dir, ctx } = ws({
      '.devcontainer/devcontainer.json': '{ "dockerComposeFile": ["../compose.yaml"], "service": "app", "runArgs": ["--platform=linux/s390x"] }',
      'compose.yaml': COMPOSE,
    });
    const dc = probeDevcontainer(ctx, dir);
    assert.deepEqual(dc?.compose, { path: `${dir}/compose.yaml`, service: 'app', platform: 'linux/amd64', line: 15 });
    assert.equal(dc?.platform, 'linux/amd64', 'runArgs do not apply to a compose container');
    const fixes = platformFixes(dc, mismatchNames('arm64', 'amd64'));
    const fix = fixes[0];
    assert.ok(fix?.kind === 'edit');
    assert.deepEqual(fix.edit, { file: 'docker-compose', filePath: `${dir}/compose.yaml`, path: ['services', 'app', 'platform'], value: 'linux/arm64' });
    assert.match(fix.title, /compose\.yaml \(line 15\)/);
    assert.ok(!fixes.some((f) => f.kind === 'edit' && f.edit.file === 'devcontainer.json'), 'no runArgs edit for a compose container');
  });

  it('a compose file outside the workspace folder is neither read nor edited: the fix is only said', () => {
    const outside = ws({ 'compose.yaml': 'services:\n  app:\n    platform: linux/amd64\n' });
    const { dir, ctx } = ws({ '.devcontainer/devcontainer.json': `{ "dockerComposeFile": ${JSON.stringify(`${outside.dir}/compose.yaml`)}, "service": "app" }` });
    const dc = probeDevcontainer(ctx, dir);
    assert.deepEqual(dc?.compose, { path: `${outside.dir}/compose.yaml`, service: 'app', unread: true });
    assert.equal(dc?.platform, undefined);
    const fixes = platformFixes(dc, mismatchNames('arm64', 'amd64'));
    assert.ok(!fixes.some((f) => f.kind === 'edit'), JSON.stringify(fixes));
    assert.match(fixes[0]?.title ?? '', /Add platform: linux\/arm64 to service app/);
  });

  it('the compose edit changes only the value; the yaml package reads the result as intended', () => {
    const plan = planComposePlatform(COMPOSE, 'app', 'linux/arm64');
    assert.ok(plan.ok);
    const after = applyEdits(COMPOSE, plan.edits);
    assert.equal(after, COMPOSE.replace("'linux/amd64' # pinned", 'linux/arm64 # pinned'));
    const doc = yamlParse(after, { merge: true }) as { services: Record<string, Record<string, unknown>> };
    assert.equal(doc.services.app?.platform, 'linux/arm64');
    assert.equal(doc.services.db?.platform, 'linux/arm64');
  });

  it('a service without platform gets a platform: line at its keys\' indentation', () => {
    const text = 'services:\n    app:\n        image: golang\n    other:\n        image: x\n';
    assert.deepEqual(readComposePlatform(text, 'app').platform, undefined);
    const plan = planComposePlatform(text, 'app', 'linux/arm64');
    assert.ok(plan.ok);
    const doc = yamlParse(applyEdits(text, plan.edits)) as { services: Record<string, Record<string, unknown>> };
    assert.deepEqual(doc.services, { app: { platform: 'linux/arm64', image: 'golang' }, other: { image: 'x' } });
  });

  it('agrees with the yaml package on real compose shapes; says "not known" rather than guess', () => {
    const shapes = [
      'services:\n  app:\n    platform: linux/amd64\n',
      'services:\n  app:\n    platform: "linux/amd64"   # q\n',
      '---\nversion: "3.8"\nservices:\n  web:\n    image: x\n  app:\n    image: y\n    platform: linux/arm64/v8\n',
      'services:\n\n  app:\n\n    # platform: linux/amd64\n    image: y\n',
      'services:\r\n  app:\r\n    platform: linux/amd64\r\n',
      'services:\n  app:\n    platform: !!str linux/amd64\n',
    ];
    for (const text of shapes) {
      const want = (yamlParse(text) as { services: Record<string, { platform?: string }> }).services.app?.platform;
      assert.equal(readComposePlatform(text, 'app').platform, want, text);
    }
    // an alias or a flow mapping: not a value the reader can read, so not known (never a wrong one)
    assert.equal(readComposePlatform('x: &p linux/amd64\nservices:\n  app:\n    platform: *p\n', 'app').platform, undefined);
    assert.equal(readComposePlatform('services: {app: {platform: linux/amd64}}\n', 'app').platform, undefined);
    const alias = planComposePlatform('x: &p linux/amd64\nservices:\n  app:\n    platform: *p\n', 'app', 'linux/arm64', 'compose.yaml');
    assert.deepEqual(alias, { ok: false, reason: 'compose.yaml line 4: the platform of service app is not a plain value; change it by hand' });
    assert.equal(planComposePlatform('services:\n  db:\n    image: x\n', 'app', 'linux/arm64').ok, false);
  });
});

describe('hostile: the Dockerfile platform is the final stage\'s', () => {
  it('a --platform=$BUILDPLATFORM build stage is not the image; the final FROM is', () => {
    const text = 'FROM --platform=$BUILDPLATFORM golang:1.22 AS build\nRUN go build\nFROM debian:12\nCOPY --from=build /x /x\n';
    assert.deepEqual(readDockerfilePlatform(text), { stages: 2, line: 3 });
  });

  it('continuations joined (line of the FROM start), heredocs skipped, ARG defaults and stage names resolved', () => {
    const text = [
      '# syntax=docker/dockerfile:1',
      'ARG P=linux/amd64',
      'FROM --platform=linux/arm64 alpine AS tools',
      'RUN <<EOF',
      'FROM --platform=linux/riscv64 not-a-stage',
      'EOF',
      'FROM \\',
      '  # a comment inside the continuation',
      '  --platform=${P} \\',
      '  golang:1.22 AS base',
      'FROM base',
      'CMD ["x"]',
    ].join('\n');
    assert.deepEqual(readDockerfilePlatform(text), { stages: 3, line: 11, platform: 'linux/amd64' });
    const { dir, ctx } = ws({ '.devcontainer/devcontainer.json': '{ "build": { "dockerfile": "Dockerfile" } }', '.devcontainer/Dockerfile': text });
    assert.deepEqual(probeDevcontainer(ctx, dir)?.dockerfile, { path: `${dir}/.devcontainer/Dockerfile`, fromPlatform: 'linux/amd64', line: 11 });
  });

  it('the escape directive sets the continuation character', () => {
    assert.equal(readDockerfilePlatform('# escape=`\nFROM `\n  --platform=linux/amd64 mcr.microsoft.com/windows\n').platform, 'linux/amd64');
  });
});

describe('hostile: the readers are bounded and linear', () => {
  it('worst-case texts (one huge line of spaces, colons, quotes, backslashes; many lines) finish at once', function () {
    this.timeout(10_000);
    const big = 256 * 1024;
    const texts = [
      ' '.repeat(big),
      `services:\n  app:\n    platform:${' '.repeat(big)}x`,
      `${'a'.repeat(big)}:`,
      `"${' '.repeat(big)}`,
      `${"'".repeat(big)}`,
      `FROM ${'\\\n'.repeat(big / 2)}`,
      `RUN ${'<<A '.repeat(big / 4)}\n`,
      'services:\n'.repeat(big / 10),
      `${'  x:\n'.repeat(big / 5)}`,
    ];
    // A quadratic step (a backtracking regex, a rescan per line) takes minutes on these and fails by the timeout.
    const read = texts.map((text) => [readComposePlatform(text, 'app').platform, readDockerfilePlatform(text).platform]);
    assert.deepEqual(read, texts.map((_, i) => [i === 1 ? 'x' : undefined, undefined]));
    // past the line budget: nothing read, nothing guessed
    assert.equal(readComposePlatform(`${'#\n'.repeat(30_000)}services:\n  app:\n    platform: linux/amd64\n`, 'app').platform, undefined);
  });
});
