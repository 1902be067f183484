/**
 * The one table of findings (issue 17 item 2): every finding module, as its folder's index.ts lists it. The
 * root-cause rank and the generic codes of ./merge.ts, the modules' checks in each platform's rule list and their
 * DAP/explain text rules all come from here (a module's `make` gives its code, component, severity and title). Preflight probes and the DAP/explain classifier share the codes, so that a cause found
 * before F5 and the same cause in Delve's words carry one code, one component and one title, and merge in one report.
 */
import type { FindingModule, MachineRule, Make, Platform, TextContext } from './define';
import type { Finding } from '../report/types';
import type { Machine } from '../probe/machine';
import { DARWIN_FINDINGS } from './darwin/index';
import { LINUX_FINDINGS } from './linux/index';
import { SHARED_FINDINGS } from './shared/index';

/** Every finding module, in rule order: Linux's, the shared ones, macOS's. */
const FINDINGS = [...LINUX_FINDINGS, ...SHARED_FINDINGS, ...DARWIN_FINDINGS] as const;

const MODULES: readonly FindingModule[] = FINDINGS;
const BY_CODE: ReadonlyMap<string, FindingModule> = new Map(MODULES.map((f) => [f.code, f]));

/** Codes that say only that something failed: folded into a precise finding when there is one. */
export const GENERIC_CODES: ReadonlySet<string> = new Set(MODULES.filter((f) => f.generic).map((f) => f.code));

/** Root causes first (0), then what they break (1, unknown codes too), then symptoms (2), then generic failures (3). */
export function rankOf(code: string): number {
  const f = BY_CODE.get(code);
  return f?.generic ? 3 : (f?.rank ?? 1);
}

/** The modules' checks that run on `platform`, in registry order (each builds its findings with its own code). */
export function moduleChecks(platform: Platform): MachineRule[] {
  return checksOf(platform, MODULES);
}

function checksOf(platform: Platform, modules: readonly FindingModule[]): MachineRule[] {
  return modules.filter((f) => f.check && f.platforms.includes(platform)).map((f) => f.run);
}

type ModuleCode = (typeof FINDINGS)[number]['code'];

/**
 * A platform's rule list: `order` places each rule, and each module's check by its code, where it runs; the checks
 * of the platform's modules not named follow in registry order. The order matters: report/rank.ts sorts the findings
 * of one severity and component stably, so among those the rule list's order is the report's.
 */
export function ruleList<M extends Machine>(platform: Platform, order: readonly (((m: M) => Finding[]) | ModuleCode)[]): ((m: M) => Finding[])[] {
  const named = new Set<string>(order.filter((x): x is ModuleCode => typeof x === 'string'));
  const placed = order.flatMap((x) => (typeof x === 'string' ? checksOf(platform, MODULES.filter((f) => f.code === x)) : [x]));
  return [...placed, ...checksOf(platform, MODULES.filter((f) => !named.has(f.code)))];
}

/**
 * A module's text rule with its `make` bound: what the classifier runs (dap/classify.ts). `line` is the whole line
 * holding the match (evidence); `r` the context and facts of the whole text.
 */
export interface BoundTextRule {
  re: RegExp;
  build(m: RegExpExecArray, line: string, r: TextContext): Finding | undefined;
}

function bind(rule: FindingModule['dap'][number], make: Make): BoundTextRule {
  return { re: rule.re, build: (m, line, r) => rule.build(m, line, r, make) };
}

/**
 * The modules' DAP/explain text rules: the shared modules' first, then Linux's, then macOS's, each folder in its
 * index's order. Hits at one place in a text keep the order of their rules (dap/classify.ts), so this order keeps
 * the one the rules had before they became modules (Delve's words, then vscode-go's, then Linux's).
 * test/unit/dap/moduleOrder.test.ts checks the ties this order decides.
 */
export const MODULE_TEXT_RULES: readonly BoundTextRule[] = [...SHARED_FINDINGS, ...LINUX_FINDINGS, ...DARWIN_FINDINGS].flatMap((f: FindingModule) => f.dap.map((rule) => bind(rule, f.make)));
