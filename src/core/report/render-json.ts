/**
 * The JSON report with a stable key order (the contract's order, SNAPSHOT.md §2), 2-space indented, ending in a
 * newline. Keys the contract does not list keep their insertion order after the listed ones.
 */
import type { Report } from './types';
import { stringifyJson } from '../text';

type Order = { keys: string[]; children?: Record<string, Order> };

const FIX: Order = { keys: ['title', 'kind', 'command', 'detail', 'edit'], children: { edit: { keys: ['file', 'path', 'value', 'remove', 'scope'] } } };
const ORDER: Order = {
  keys: ['format', 'verdict', 'host', 'components', 'findings'],
  children: {
    host: { keys: ['platform', 'hardwareArch', 'processArch', 'translated', 'osVersion'] },
    components: { keys: ['id', 'path', 'archs', 'status', 'version', 'command', 'notes'] },
    findings: { keys: ['code', 'severity', 'component', 'title', 'detail', 'evidence', 'fixes'], children: { fixes: FIX } },
  },
};

function ordered(value: unknown, order: Order | undefined): unknown {
  if (Array.isArray(value)) return value.map((v) => ordered(v, order));
  if (typeof value !== 'object' || value === null || !order) return value;
  const obj = value as Record<string, unknown>;
  const keys = [...order.keys.filter((k) => k in obj), ...Object.keys(obj).filter((k) => !order.keys.includes(k))];
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    if (obj[k] === undefined) continue;
    out[k] = order.children?.[k] ? ordered(obj[k], order.children[k]) : obj[k];
  }
  return out;
}

export function renderJson(report: Report): string {
  return `${stringifyJson(ordered(report, ORDER))}\n`;
}
