// Linear-time matching (issue 16 item 6): every regular expression in src/ (each regex literal, found by parsing
// the sources with TypeScript, so a new rule cannot be left out) and every classifier rule as it runs (the widened
// patterns of src/core/dap/classify.ts's CLASSIFIER_RULES), matched over pathological inputs: 1 MB of each of
// the pattern's literal tokens repeated ("fork/exec fork/exec ..."), and 1 MB of spaces, newlines, digits and
// letters. Then classifyText itself over every classifier rule's token inputs. A pattern whose time grows more
// than 12x from 64 KB to 256 KB (quadratic is 16x; and past 100 ms) is reported as super-linear and not run at 1 MB. Prints numbers; asserts nothing.
// Run: npm run bench -- regex
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const ts = require('typescript');

const MB = 1 << 20;
const PROBE = 64 << 10;
const PROBE_LIMIT_MS = 100;

/** Every regex literal under src/, with where it is. */
function regexLiterals() {
  const out = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts')) {
        const sf = ts.createSourceFile(p, fs.readFileSync(p, 'utf8'), ts.ScriptTarget.Latest, true);
        const visit = (node) => {
          if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
            const text = node.getText(sf);
            const slash = text.lastIndexOf('/');
            const where = `${path.relative(root, p)}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`;
            out.push({ where, re: new RegExp(text.slice(1, slash), text.slice(slash + 1)) });
          }
          ts.forEachChild(node, visit);
        };
        visit(sf);
      }
    }
  };
  walk(path.join(root, 'src'));
  return out;
}

/** The literal runs of a pattern's source: what a hostile text repeats to make a scan start everywhere. */
function tokens(source) {
  const plain = source
    .replace(/\[(?:\\.|[^\]\\])*\]/g, '\u0000') // character classes
    .replace(/\\s[+*]?/g, ' ')
    .replace(/\\[dDwWSbBnrtfv]|\\u[0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2}|\(\?(?:<?[=!]|:)/g, '\u0000')
    .replace(/\\(.)/g, '$1')
    .replace(/\{\d+(?:,\d*)?\}/g, '\u0000');
  const parts = plain.split(/[\u0000()|?*+^$.{}]/).filter((t) => t.trim().length >= 2);
  return [...new Set(parts)];
}

function inputsOf(re) {
  const words = tokens(re.source);
  const out = words.map((w) => ({ name: JSON.stringify(w.length > 24 ? `${w.slice(0, 24)}…` : w), unit: w }));
  if (words.length > 1) out.push({ name: 'all tokens', unit: words.join(' ') });
  for (const [name, unit] of [['spaces', ' '], ['newlines', '\n'], ['digits', '1'], ['letters', 'a'], ['": "', ': ']]) out.push({ name, unit });
  return out;
}

const fill = (unit, bytes) => unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);

function timeMatch(re, text) {
  const g = new RegExp(re.source, re.flags.includes('g') || re.flags.includes('y') ? re.flags : `${re.flags}g`);
  const t0 = process.hrtime.bigint();
  let n = 0;
  for (const _ of text.matchAll(g)) if (++n > 1e6) break;
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/**
 * The slowest input of one pattern: 64 KB and 256 KB first; four times the text taking over eight times as long
 * (and over 50 ms) is super-linear, and 1 MB is then not tried (it would run for minutes).
 */
function worstOf(re, run = (text) => timeMatch(re, text)) {
  let worst = { ms: 0, name: '', bytes: MB };
  for (const { name, unit } of inputsOf(re)) {
    // The faster of two runs: the machine may be busy, and one slow run is not a growth rate.
    const small = Math.min(run(fill(unit, PROBE)), run(fill(unit, PROBE)));
    const large = Math.min(run(fill(unit, 4 * PROBE)), run(fill(unit, 4 * PROBE)));
    if (large > PROBE_LIMIT_MS && large > 12 * Math.max(small, 1)) return { ms: large, name, bytes: 4 * PROBE, superLinear: true };
    const ms = run(fill(unit, MB));
    if (ms > worst.ms) worst = { ms, name, bytes: MB };
  }
  return worst;
}

function report(title, rows) {
  rows.sort((a, b) => b.w.ms - a.w.ms);
  const bad = rows.filter((r) => r.w.superLinear);
  console.log(`${title}: ${rows.length} patterns, ${bad.length} super-linear (256 KB > 12 x 64 KB and > ${PROBE_LIMIT_MS} ms)`);
  for (const r of bad) console.log(`  SUPER-LINEAR ${r.where}: ${r.w.ms.toFixed(0)} ms on 256 KB of ${r.w.name}`);
  for (const r of rows.filter((x) => !x.w.superLinear).slice(0, 5)) console.log(`  slowest ${r.w.ms.toFixed(1)} ms on 1 MB of ${r.w.name}: ${r.where}`);
}

export async function run() {
  const literals = regexLiterals();
  const t0 = Date.now();
  report('regex literals in src/', literals.map((l) => ({ where: l.where, w: worstOf(l.re) })));
  const { CLASSIFIER_RULES, classifyText } = require(path.join(root, 'out/src/core/dap/classify.js'));
  report('classifier rules as they run (widened)', CLASSIFIER_RULES.map((r, i) => ({ where: `rule ${i} /${r.re.source.slice(0, 60)}/`, w: worstOf(r.re) })));
  report('classifyText over each rule\'s inputs', CLASSIFIER_RULES.map((r, i) => ({ where: `rule ${i} /${r.re.source.slice(0, 60)}/`, w: worstOf(r.re, (text) => {
    const s = process.hrtime.bigint();
    classifyText(text);
    return Number(process.hrtime.bigint() - s) / 1e6;
  }) })));
  console.log(`total ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await run();
