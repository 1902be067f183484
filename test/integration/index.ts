import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { readSuiteEnv } from './support/env';
import { ResultsWriter } from './support/results';

/**
 * Entry point VS Code calls in the extension host (`extensionTestsPath` = out/test/integration/index).
 * Runs every `*.test.js` under this folder with mocha; rejects when any test fails.
 */
export async function run(): Promise<void> {
  const env = readSuiteEnv();
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: env.timeoutMs, reporter: 'spec' });
  if (env.grep) mocha.grep(env.grep);
  if (env.invertGrep) mocha.invert();
  for (const file of findTestFiles(__dirname)) mocha.addFile(file);
  const writer = new ResultsWriter(env.resultsFile);
  const failures = await new Promise<number>((resolve) => {
    const runner = mocha.run(resolve);
    writer.attach(runner, env.run.name);
  });
  const { failed } = writer.end(failures);
  if (failed > 0) throw new Error(`${failed} integration test(s) failed`);
}

/** Runs before every other file: it checks the extension is not active until a `go` debug session starts. */
const FIRST = 'activation.test.js';

/** Every compiled `*.test.js` below `dir`, sorted so runs are reproducible, FIRST first. */
export function findTestFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.test.js'))
    .sort((a, b) => Number(b === FIRST) - Number(a === FIRST) || a.localeCompare(b))
    .map((f) => path.join(dir, f));
}
