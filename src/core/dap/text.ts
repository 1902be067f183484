/**
 * Turning whatever a user pastes (or a DAP message carries) into plain lines to match: ANSI colours removed,
 * CRLF and CR made LF, JSON-escaped text unescaped, and the strings inside JSON lines (DAP messages, our own
 * trace log lines such as `← dlv {...}`) pulled out.
 */

const ANSI = /\u001b\[[0-9;?]*[\x20-\x2f]*[\x40-\x7e]|\u001b[\x40-\x5f]/g;

export function stripAnsi(s: string): string {
  return s.replace(ANSI, '');
}

/** Every string value inside a parsed JSON value, depth first. */
function stringsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsOf(v, out);
  else if (typeof value === 'object' && value !== null) for (const v of Object.values(value)) stringsOf(v, out);
  return out;
}

/** The JSON value a line holds (from its first `{` or `[`), or undefined. */
export function jsonIn(line: string): unknown {
  const start = line.search(/[{[]/);
  if (start < 0) return undefined;
  const body = line.slice(start).trim();
  if (!/[}\]]$/.test(body)) return undefined;
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}

/** Undo one level of JSON string escaping when the text plainly carries it (`\n`, `\"`, `\u001b`). */
function unescapeJsonish(s: string): string {
  if (!/\\[nrt"]|\\u[0-9a-fA-F]{4}/.test(s)) return s;
  return s.replace(/\\(u[0-9a-fA-F]{4}|[nrt"\\/])/g, (_m, e: string) => {
    if (e.startsWith('u')) return String.fromCharCode(parseInt(e.slice(1), 16));
    return ({ n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\', '/': '/' } as Record<string, string>)[e] ?? e;
  });
}

/** The text to match: lines of plain text, strings of JSON lines expanded in place. */
export function normalizeText(raw: string): string {
  const lines = stripAnsi(raw).replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  for (const line of lines) {
    const json = jsonIn(line);
    out.push(json === undefined ? unescapeJsonish(line) : stringsOf(json).join('\n'));
  }
  return stripAnsi(out.join('\n').replace(/\r\n?/g, '\n'))
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trimEnd())
    .join('\n');
}

/**
 * The line around a match, trimmed and capped: what a finding quotes as evidence. Only `max` characters either
 * side of the match are looked at, so that many matches on one long line cost each a constant (issue 16 item 6).
 */
export function lineAt(text: string, index: number, max = 300): string {
  const from = Math.max(0, index - max);
  const nlBefore = text.slice(from, index).lastIndexOf('\n');
  const start = nlBefore >= 0 ? from + nlBefore + 1 : from;
  const window = text.slice(index, index + 2 * max);
  const nl = window.indexOf('\n');
  const end = nl < 0 ? index + window.length : index + nl;
  // A line longer than the cap is quoted from a little before the match, so that the match is in the quote.
  const lead = Math.floor(max / 4);
  const begin = end - start > max && index - start > lead ? index - lead : start;
  const line = `${begin > start ? '…' : ''}${text.slice(begin, end).trim()}`;
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
