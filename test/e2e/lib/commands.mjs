// The extension's command titles as the palette shows them ("<category>: <title>"), read from package.json and
// the package.nls file of the language under test: a test of the palette follows the manifest, not a copy of it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../host/lib/options.mjs';

/** @param {'package.nls.json' | 'package.nls.zh-cn.json'} nlsFile */
export function commandTitles(nlsFile) {
  const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  const nls = JSON.parse(readFileSync(path.join(repoRoot, nlsFile), 'utf8'));
  const word = (s) => s.replace(/^%(.+)%$/, (_, k) => nls[k] ?? s);
  return pkg.contributes.commands.map((c) => (c.category ? `${word(c.category)}: ${word(c.title)}` : word(c.title)));
}
