/** Guess the indentation and line ends a JSONC file already uses, so that inserted text matches it. */

export interface Formatting {
  tabSize: number;
  insertSpaces: boolean;
  eol: string;
}

const DEFAULT: Formatting = { tabSize: 4, insertSpaces: true, eol: '\n' };

export function detectFormatting(text: string): Formatting {
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const lf = (text.match(/\n/g) ?? []).length - crlf;
  const eol = crlf > lf ? '\r\n' : '\n';
  let tabs = 0;
  let spaced = 0;
  const widths = new Map<number, number>();
  let previous = 0;
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const lead = /^[ \t]*/.exec(line)?.[0] ?? '';
    if (lead.startsWith('\t')) {
      tabs++;
      continue;
    }
    const width = lead.length;
    const delta = Math.abs(width - previous);
    previous = width;
    if (width > 0) spaced++;
    if (delta > 0 && delta <= 8) widths.set(delta, (widths.get(delta) ?? 0) + 1);
  }
  if (tabs === 0 && spaced === 0) return { ...DEFAULT, eol };
  if (tabs > spaced) return { tabSize: 4, insertSpaces: false, eol };
  let best = DEFAULT.tabSize;
  let bestCount = 0;
  for (const [w, n] of widths) {
    if (n > bestCount || (n === bestCount && w < best)) {
      best = w;
      bestCount = n;
    }
  }
  return { tabSize: best, insertSpaces: true, eol };
}
