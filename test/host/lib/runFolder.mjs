// The run folder test/host/run/<id>/: a private HOME, user data, extensions and a copy of the fixture workspace,
// so a run writes nothing outside it (and tests may edit their workspace freely).
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { hostDir, repoRoot } from './options.mjs';

const fixtures = path.join(repoRoot, 'test/fixtures');
const KEEP_OLD_RUNS = 5;
const IN_USE_MS = 30 * 60 * 1000; // a run whose log changed this recently may still be going on

/**
 * @typedef {{ id: string, dir: string, workspace: string, userData: string, extensions: string, home: string,
 *   results: string, log: string, goCache: string }} RunFolder
 * @param {import('./options.mjs').RunSpec} run
 * @returns {RunFolder}
 */
export function createRunFolder(run) {
  const root = path.join(hostDir, 'run');
  pruneOldRuns(root);
  const id = `${new Date().toISOString().replace(/[:.]/g, '-')}-${run.name}`;
  const dir = path.join(root, id);
  const f = {
    id, dir,
    workspace: path.join(dir, 'workspace', run.workspace),
    userData: path.join(dir, 'user-data'),
    extensions: path.join(dir, 'extensions'),
    home: path.join(dir, 'home'),
    results: path.join(dir, 'results.jsonl'),
    log: path.join(dir, 'host.log'),
    goCache: path.join(root, 'go-build-cache'),
  };
  const source = path.join(fixtures, 'workspaces', run.workspace);
  if (!statSync(source, { throwIfNoEntry: false })?.isDirectory()) {
    throw new Error(`no fixture workspace "${run.workspace}" in test/fixtures/workspaces`);
  }
  cpSync(source, f.workspace, { recursive: true });
  for (const d of [f.home, f.goCache, path.join(f.userData, 'User')]) mkdirSync(d, { recursive: true });
  installFixtureExtensions(f.extensions);
  writeSettings(f.userData, run.settings ?? {});
  return f;
}

/** Copies every test/fixtures/extensions/<name> into the extensions folder and lists it in extensions.json. */
function installFixtureExtensions(extensionsDir) {
  mkdirSync(extensionsDir, { recursive: true });
  const source = path.join(fixtures, 'extensions');
  const entries = readdirSync(source, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => {
    const manifest = JSON.parse(readFileSync(path.join(source, e.name, 'package.json'), 'utf8'));
    const id = `${manifest.publisher}.${manifest.name}`;
    const relativeLocation = `${id}-${manifest.version}`;
    const location = path.join(extensionsDir, relativeLocation);
    cpSync(path.join(source, e.name), location, { recursive: true });
    return { identifier: { id }, version: manifest.version, location: { $mid: 1, path: location, scheme: 'file' }, relativeLocation };
  });
  writeFileSync(path.join(extensionsDir, 'extensions.json'), JSON.stringify(entries));
}

function writeSettings(userData, runSettings) {
  const base = JSON.parse(readFileSync(path.join(hostDir, 'settings.json'), 'utf8'));
  delete base.$comment;
  const file = path.join(userData, 'User', 'settings.json');
  writeFileSync(file, JSON.stringify({ ...base, ...runSettings }, null, 2));
}

/** Removes kept run folders beyond the newest KEEP_OLD_RUNS, unless another harness may still be using them. */
function pruneOldRuns(root) {
  mkdirSync(root, { recursive: true });
  const old = readdirSync(root).filter((n) => /^\d{4}-/.test(n)).sort().slice(0, -KEEP_OLD_RUNS);
  for (const n of old) {
    const dir = path.join(root, n);
    const touched = statSync(path.join(dir, 'host.log'), { throwIfNoEntry: false })?.mtimeMs ?? statSync(dir).mtimeMs;
    if (Date.now() - touched > IN_USE_MS) rmSync(dir, { recursive: true, force: true });
  }
}

export function removeRunFolder(f) {
  rmSync(f.dir, { recursive: true, force: true });
}
