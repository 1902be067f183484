/**
 * classifyText: the findings a piece of text supports. Used by DapWatch (each DAP message) and by explain
 * (a pasted error). Several errors in one paste give several findings; one code appears once, with the
 * evidence of every match.
 */
import type { Finding } from '../report/types';
import { normalizeFindings } from '../findings/merge';
import type { ClassifyContext, TextFacts } from './context';
import { factsOf, resolve } from './context';
import { lineAt, normalizeText } from './text';
import { MODULE_TEXT_RULES, type BoundTextRule } from '../findings/registry';
import { requestGoarchFinding } from '../findings/shared/launch-goarch-override';

/**
 * Every rule, its pattern's spaces widened to any whitespace so that messages wrapped over lines still match.
 * Every rule runs on the whole text; the order of the list decides only the order of two hits at the same place
 * (then the earlier rule's comes first, and of one code its wording is kept). Every rule is a finding module's, in the
 * registry's text order (findings/registry.ts MODULE_TEXT_RULES): `fork/exec …/__debug_bin…/debugserver: no such
 * file …` is launch-cwd-missing's (shared) before debugserver-path-invalid's (darwin), as it was.
 * These widened patterns are what runs, and lint sees only the source ones: the hostile test
 * (test/unit/hostile/regex-linear.test.ts) and `npm run bench -- regex` check these. @public
 */
export const CLASSIFIER_RULES: readonly BoundTextRule[] = MODULE_TEXT_RULES.map((rule) => ({
  ...rule,
  re: new RegExp(rule.re.source.replace(/ /g, '\\s+'), rule.re.flags),
}));

/**
 * A word every rule's message contains: text without any of them (most program output) is skipped before the
 * costlier normalisation and matching. Keep in step with the rules (the table tests catch a missing word).
 */
const KEYWORDS = /stub|rosetta|debugserver|lldb|executable|architecture|backend|dwarf|debug info|delve|dlv|launch|attach|build|cpu|-86|EBADARCH|ENOENT|EACCES|task|os\/kern|exec format|LC_UUID|register read|DW_FORM|input\/output error|ptrace|parseFileEntries5|trimpath|could not find file|can not be enabled|already being debugged|connection timeout/i;

/** Raw matches in text order, before deduplication (DapWatch merges these across messages). */
export function matchText(text: string, ctx?: ClassifyContext, known?: TextFacts): Finding[] {
  if (!KEYWORDS.test(text)) return [];
  const clean = normalizeText(text);
  const facts = factsOf(clean, { ...known });
  const r = resolve(ctx, facts);
  const hits: { at: number; f: Finding }[] = [];
  for (const rule of CLASSIFIER_RULES) {
    for (const m of clean.matchAll(rule.re)) {
      const f = rule.build(m as RegExpExecArray, lineAt(clean, m.index ?? 0), r);
      if (f) hits.push({ at: m.index ?? 0, f });
    }
  }
  const found = hits.sort((a, b) => a.at - b.at).map((h) => h.f);
  return [...found, ...requestGoarchFinding(found, r)];
}

export function classifyText(text: string, ctx?: ClassifyContext): Finding[] {
  return normalizeFindings(matchText(text, ctx));
}
