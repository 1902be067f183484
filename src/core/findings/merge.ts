/**
 * One report from the preflight (probes before F5) and what the DAP watch saw Delve say.
 *
 * Ordering rule (SNAPSHOT.md §2: most likely root cause first, then by severity):
 * 1. preflight findings that the DAP messages confirm (same code) come first, in the preflight's order;
 * 2. then every other finding by severity (error, warning, info); within one severity the preflight's findings
 *    keep their order and come before those seen only in the DAP messages, which follow in the classifier's
 *    root-cause order (rankOf).
 * Generic DAP findings (launch-failed, attach-failed, dlv-start-failed, dlv-exited, build-failed: `generic` in the
 * registry, src/core/findings) say only that something failed: when a more precise finding exists they are folded
 * into it (their evidence kept) instead of listed. The root-cause rank of each code is the registry's too.
 */
import type { Finding, Fix, HostInfo, Report } from '../report/types';
import { REPORT_FORMAT, SEVERITY_RANK, verdictOf } from '../report/types';
import { rank } from '../report/rank';
import { t } from '../i18n';
import { DAP_FIXES } from '../i18n/messages/dap-fixes';
import { GENERIC_CODES, rankOf } from './registry';

function union<T>(a: readonly T[], b: readonly T[], key: (x: T) => string = (x) => JSON.stringify(x)): T[] {
  const seen = new Set(a.map(key));
  return [...a, ...b.filter((x) => !seen.has(key(x)) && (seen.add(key(x)), true))];
}

/** Both findings in one: the first's wording, evidence and fixes of both, the graver severity. */
function combine(a: Finding, b: Finding): Finding {
  const severity = SEVERITY_RANK[b.severity] < SEVERITY_RANK[a.severity] ? b.severity : a.severity;
  return { ...a, severity, evidence: union(a.evidence, b.evidence, (e) => e), fixes: union<Fix>(a.fixes, b.fixes) };
}

/** One finding per code, in first-seen order, evidence accumulated. */
export function dedupeFindings(findings: readonly Finding[]): Finding[] {
  const byCode = new Map<string, Finding>();
  for (const f of findings) {
    const prev = byCode.get(f.code);
    byCode.set(f.code, prev ? combine(prev, f) : f);
  }
  return [...byCode.values()];
}

/** Stable order: root-cause rank, then severity. */
function orderFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((x, y) => rankOf(x.f.code) - rankOf(y.f.code) || SEVERITY_RANK[x.f.severity] - SEVERITY_RANK[y.f.severity] || x.i - y.i)
    .map((x) => x.f);
}

/**
 * Generic findings folded into the first precise error (when there is one), evidence kept. Without a precise
 * error they stay: a failure the text cannot explain is still a failure.
 */
function foldGenerics(findings: readonly Finding[], into?: Finding): Finding[] {
  const target = into ?? findings.find((f) => !GENERIC_CODES.has(f.code) && f.severity === 'error');
  if (!target) return [...findings];
  const evidence = findings.filter((f) => GENERIC_CODES.has(f.code)).flatMap((g) => g.evidence);
  return findings
    .filter((f) => !GENERIC_CODES.has(f.code))
    .map((f) => (f === target ? { ...f, evidence: union(f.evidence, evidence, (e) => e) } : f));
}

/** Deduplicated, generics folded, ordered: the classifier's final list. */
export function normalizeFindings(findings: readonly Finding[]): Finding[] {
  return foldGenerics(orderFindings(dedupeFindings(findings)));
}

const UNKNOWN_HOST: HostInfo = { platform: 'unknown', processArch: 'unknown' };

/**
 * A preflight finding that what Delve said confirms: the preflight's wording and fixes (they were worked out for
 * this machine), the evidence of both, the graver severity.
 */
function confirm(pre: Finding, seen: Finding): Finding {
  const merged = combine(pre, seen);
  return { ...merged, fixes: pre.fixes.length > 0 ? pre.fixes : seen.fixes };
}

/** A fix that installs Go or (re)installs dlv (the classifier's wording, dap/fixes.ts). */
function isToolchainFix(f: Fix): boolean {
  return [DAP_FIXES.arm64GoTitle, DAP_FIXES.reinstallDlvTitle, DAP_FIXES.alternateDlvTitle, DAP_FIXES.updateGoTitle].some((m) => t(m) === f.title);
}

/** A DAP-only finding's fixes, without those the preflight shows are not needed (a native Go and dlv). */
function fitFixes(f: Finding, components: Report['components']): Finding {
  const native = (id: string) => components.find((c) => c.id === id)?.status === 'ok';
  if (!native('go') || !native('dlv')) return f;
  const fixes = f.fixes.filter((x) => !isToolchainFix(x));
  return fixes.length === f.fixes.length ? f : { ...f, fixes };
}

/**
 * Issue 10 item 9: after a failed F5 the root cause stays first. The preflight's findings (confirmed ones merged
 * in place) and the DAP-only precise ones are ordered together by report/rank (severity, chain order, a cause before
 * what it explains); generic failures fold into the first confirmed finding, else the first precise error.
 */
export function mergeReports(preflight: Report | undefined, dap: readonly Finding[], host?: HostInfo): Report {
  const pre = preflight?.findings ?? [];
  const components = preflight?.components ?? [];
  const observed = orderFindings(dedupeFindings(dap));
  const preCodes = new Set(pre.map((f) => f.code));
  const precise = observed.filter((f) => !GENERIC_CODES.has(f.code));
  const generic = observed.filter((f) => GENERIC_CODES.has(f.code));
  const dapByCode = new Map(precise.map((f) => [f.code, f]));
  const merged = pre.map((f) => (dapByCode.has(f.code) ? confirm(f, dapByCode.get(f.code) as Finding) : f));
  const dapOnly = precise.filter((f) => !preCodes.has(f.code)).map((f) => (preflight ? fitFixes(f, components) : f));
  const ordered = rank([...merged, ...dapOnly]);
  const first = ordered.find((f) => dapByCode.has(f.code) && preCodes.has(f.code));
  const findings = foldGenerics([...ordered, ...generic], first);
  return {
    format: REPORT_FORMAT,
    verdict: verdictOf(findings),
    host: preflight?.host ?? host ?? UNKNOWN_HOST,
    components,
    findings,
  };
}
