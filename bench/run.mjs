// `npm run bench`: runs every benchmark module in this folder (each exports `run()` and prints its own numbers).
// Benchmarks measure and print; they assert nothing. Build first (`npm run bench` does).
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const modules = readdirSync(here)
  .filter((f) => f.endsWith('.mjs') && f !== 'run.mjs')
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort();

for (const file of modules) {
  console.log(`\n# ${file}`);
  const mod = await import(pathToFileURL(path.join(here, file)).href);
  if (typeof mod.run === 'function') await mod.run();
}
