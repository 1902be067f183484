/**
 * One key of a Docker Compose file: `services.<service>.platform`, the platform a dev container built from
 * docker-compose runs (devcontainer.json's runArgs do not apply there), where it is, and the one-line text edit
 * that sets it. A bounded reader of block-style YAML, not a YAML parser: the `yaml` package would add ~115 KB
 * minified to each bundle for this one key. It reads, in one pass over at most MAX_LINES lines (linear time, no
 * backtracking regex): comments, blank lines, `---`, plain, 'single' and "double" quoted keys and values, an
 * anchor (`&a`) or a tag (`!!str`) before a value. Anything else where the key should be (an alias `*a`, a
 * `<<:` merge, a flow mapping `{…}`, a block scalar `|`) gives "not known", never a guess.
 */
import { t } from '../../i18n';
import { LINUX } from '../../i18n/messages/linux';
import type { EditPlan } from '../../launch/types';

const MAX_LINES = 20_000;

export interface ComposePlatform {
  /** The value, or undefined when the service has no `platform:` the reader can read. */
  platform?: string;
  /** 1-based line of `platform:`. */
  line?: number;
  /** The value's span in the text (to replace it). */
  span?: { offset: number; length: number };
  /** Where a `platform:` line goes when there is none: after the service's key line, with this indentation. */
  insertAt?: { offset: number; indent: string };
  /** The service exists (as a block mapping) in this file. */
  service: boolean;
}

interface Line { offset: number; indent: number; body: string; no: number }

/** Strips a trailing ` # comment` outside quotes, and surrounding spaces. */
function uncomment(s: string): string {
  let q = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (q) { if (c === q) q = ''; }
    else if (c === '"' || c === "'") { if (i === 0 || s[i - 1] === ' ' || s[i - 1] === '\t') q = c; }
    else if (c === '#' && (i === 0 || s[i - 1] === ' ' || s[i - 1] === '\t')) return s.slice(0, i).trimEnd();
  }
  return s.trimEnd();
}

/** A scalar: 'single' ('' is a quote), "double" (\" and \\ only), or plain; undefined for anything else. */
function scalar(raw: string): string | undefined {
  let s = raw.trim();
  while (/^[&!]\S*\s/.test(s)) s = s.slice(s.search(/\s/)).trimStart();
  if (s === '' || /^[&!*|>{[@`%,]/.test(s)) return undefined;
  if (s.startsWith("'")) return s.length > 1 && s.endsWith("'") ? s.slice(1, -1).replace(/''/g, "'") : undefined;
  if (s.startsWith('"')) return s.length > 1 && s.endsWith('"') && !/\\[^"\\]/.test(s) ? s.slice(1, -1).replace(/\\(["\\])/g, '$1') : undefined;
  return s;
}

/** `key: rest` of a block mapping line (the key plain or quoted; not a `- ` sequence entry), or undefined. */
function keyOf(body: string): { key: string; rest: string; restAt: number } | undefined {
  let end: number;
  if (body.startsWith('"') || body.startsWith("'")) {
    end = body.indexOf(body[0] as string, 1) + 1;
    if (end === 0) return undefined;
  } else {
    if (body.startsWith('- ') || body === '-' || body.startsWith('? ')) return undefined;
    end = body.length;
    for (let i = 0; i < body.length; i++) {
      if (body[i] === ':' && (i + 1 === body.length || body[i + 1] === ' ' || body[i + 1] === '\t')) {
        end = i;
        break;
      }
    }
  }
  const colon = body.slice(end).trimStart();
  if (!colon.startsWith(':') || (colon.length > 1 && colon[1] !== ' ' && colon[1] !== '\t')) return undefined;
  const key = scalar(body.slice(0, end).trimEnd());
  const restAt = body.length - colon.length + 1;
  return key === undefined ? undefined : { key, rest: body.slice(restAt), restAt };
}

function linesOf(text: string): Line[] | undefined {
  const out: Line[] = [];
  let offset = 0;
  let no = 0;
  while (offset <= text.length) {
    if (++no > MAX_LINES) return undefined;
    const nl = text.indexOf('\n', offset);
    const end = nl < 0 ? text.length : nl;
    const raw = text.slice(offset, end).replace(/\r$/, '');
    const indent = raw.length - raw.trimStart().length;
    const body = uncomment(raw.slice(indent));
    if (body === '---' && out.length > 0) break;
    if (body !== '' && body !== '---') out.push({ offset, indent, body, no });
    if (nl < 0) break;
    offset = nl + 1;
  }
  return out;
}

/** The children of the block mapping entry at `i`: the following lines indented deeper, at their first indent. */
function children(lines: Line[], i: number): { at: number; lines: number[] } {
  const parent = lines[i] as Line;
  const out: number[] = [];
  let at = -1;
  for (let j = i + 1; j < lines.length && (lines[j] as Line).indent > parent.indent; j++) {
    const l = lines[j] as Line;
    if (at < 0) at = l.indent;
    if (l.indent === at) out.push(j);
  }
  return { at, lines: out };
}

function find(lines: Line[], among: number[], key: string): number | undefined {
  let found: number | undefined;
  for (const j of among) if (keyOf((lines[j] as Line).body)?.key === key) found = j;
  return found;
}

export function readComposePlatform(text: string, service: string): ComposePlatform {
  const lines = linesOf(text);
  if (!lines) return { service: false };
  const top = lines.flatMap((l, i) => (l.indent === (lines[0] as Line).indent ? [i] : []));
  const services = find(lines, top, 'services');
  if (services === undefined || keyOf((lines[services] as Line).body)?.rest.trim()) return { service: false };
  const svc = find(lines, children(lines, services).lines, service);
  if (svc === undefined || keyOf((lines[svc] as Line).body)?.rest.trim()) return { service: false };
  const kids = children(lines, svc);
  const svcLine = lines[svc] as Line;
  const lineEnd = text.indexOf('\n', svcLine.offset);
  const indent = ' '.repeat(kids.at >= 0 ? kids.at : svcLine.indent + 2);
  const insertAt = { offset: lineEnd < 0 ? text.length : lineEnd + 1, indent };
  const p = find(lines, kids.lines, 'platform');
  if (p === undefined) return { service: true, insertAt };
  const l = lines[p] as Line;
  const k = keyOf(l.body);
  const value = k && scalar(k.rest);
  if (!k || value === undefined) return { service: true, line: l.no };
  // The span is the scalar itself: an anchor or tag before it stays (an alias elsewhere may name it).
  let v = k.rest.trimStart();
  while (/^[&!]\S*\s/.test(v)) v = v.slice(v.search(/\s/)).trimStart();
  const start = l.offset + l.indent + k.restAt + (k.rest.length - v.length);
  return { service: true, platform: value, line: l.no, span: { offset: start, length: v.trimEnd().length } };
}

/** The edit that sets the service's platform: the value replaced in place, or a `platform:` line added. */
export function planComposePlatform(text: string, service: string, platform: string, file = 'docker-compose.yml'): EditPlan {
  const r = readComposePlatform(text, service);
  if (r.span) return { ok: true, edits: [{ ...r.span, content: platform }] };
  if (r.line !== undefined) return { ok: false, reason: t(LINUX.composeNotPlain, { file, line: r.line, service }) };
  if (!r.insertAt) return { ok: false, reason: t(LINUX.composeNoService, { file, service }) };
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  const lead = r.insertAt.offset === text.length && !text.endsWith('\n') ? eol : '';
  return { ok: true, edits: [{ offset: r.insertAt.offset, length: 0, content: `${lead}${r.insertAt.indent}platform: ${platform}${eol}` }] };
}
