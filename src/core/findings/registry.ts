/**
 * The one table of findings (issue 17 item 2): every finding module (listed by its folder's index.ts) and the codes
 * of rules not yet converted (./legacy.ts). Codes, components, severities, titles, the root-cause rank and the
 * generic codes of ./merge.ts, the modules' checks in each platform's rule list and their DAP/explain text
 * rules all come from here. Preflight probes and the DAP/explain classifier share the codes, so that a cause found
 * before F5 and the same cause in Delve's words carry one code, one component and one title, and merge in one report.
 */
import { t, type Message } from '../i18n';
import { CODE_TITLES } from '../i18n/messages/codes';
import type { ComponentId, Severity } from '../report/types';
import type { CodeMeta, FindingModule, MachineRule, Make, Platform, TextContext } from './define';
import type { Finding } from '../report/types';
import type { Machine } from '../probe/machine';
import { DARWIN_FINDINGS } from './darwin/index';
import { LEGACY_CODES } from './legacy';
import { LINUX_FINDINGS } from './linux/index';
import { SHARED_FINDINGS } from './shared/index';

/** Every finding module, in rule order: Linux's, the shared ones, macOS's. */
const FINDINGS = [...LINUX_FINDINGS, ...SHARED_FINDINGS, ...DARWIN_FINDINGS] as const;

export type FindingCode = keyof typeof LEGACY_CODES | (typeof FINDINGS)[number]['code'];

const MODULES: readonly FindingModule[] = FINDINGS;

/** Each code's component, severity, rank and generic flag (codeInfo, rankOf and GENERIC_CODES read it). */
const CODES: Readonly<Record<FindingCode, CodeMeta>> = {
  ...LEGACY_CODES,
  ...(Object.fromEntries(MODULES.map((f) => [f.code, { component: f.component, severity: f.severity, ...(f.rank !== undefined ? { rank: f.rank } : {}), ...(f.generic ? { generic: true } : {}) }])) as Record<(typeof FINDINGS)[number]['code'], CodeMeta>),
};

const TITLES: ReadonlyMap<string, Message> = new Map<string, Message>([...Object.entries(CODE_TITLES), ...MODULES.map((f) => [f.code, f.title] as const)]);

export interface CodeInfo {
  component: ComponentId;
  severity: Severity;
  title: string;
}

/** The catalogue's component, severity and title (in the current language) of a code. */
export function codeInfo(code: FindingCode): CodeInfo {
  const e = CODES[code];
  const m = TITLES.get(code);
  return { component: e.component, severity: e.severity, title: m ? t(m) : code };
}

/** Codes that say only that something failed: folded into a precise finding when there is one. */
export const GENERIC_CODES: ReadonlySet<string> = new Set(Object.entries(CODES).filter(([, e]) => e.generic).map(([c]) => c));

/** Root causes first (0), then what they break (1, unknown codes too), then symptoms (2), then generic failures (3). */
export function rankOf(code: string): number {
  const e: CodeMeta | undefined = (CODES as Readonly<Record<string, CodeMeta>>)[code];
  return e?.generic ? 3 : (e?.rank ?? 1);
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

/** A module's text rule with its `make` bound: the shape of the classifier's rules (src/core/dap/rule.ts TextRule). */
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
 * the one of the rule lists the modules' rules came from (dap/rules-delve.ts, then the former dap/rules-vscode.ts and
 * dap/linux/rules.ts). test/unit/dap/moduleOrder.test.ts checks the ties this order decides.
 */
export const MODULE_TEXT_RULES: readonly BoundTextRule[] = [...SHARED_FINDINGS, ...LINUX_FINDINGS, ...DARWIN_FINDINGS].flatMap((f: FindingModule) => f.dap.map((rule) => bind(rule, f.make)));
