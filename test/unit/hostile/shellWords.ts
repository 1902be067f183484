/**
 * A small POSIX-shell (and zsh/bash interactive) reader for tests: reads a command line as ONE simple command and
 * its words, and lists everything that would make the shell do more than run those words: lists and pipes (`&&`,
 * `||`, `;`, `&`, `|`), redirections (`<`, `>`), expansions, globs, history expansion, comments, control characters
 * anywhere, open quotes. A fix of several steps is several commands, each typed and checked on its own.
 */
export interface ParsedLine {
  commands: string[][];
  problems: string[];
}

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
/** Outside quotes: operators, expansions, globs, brace and history expansion. */
const SPECIAL_OUTSIDE = new Set([';', '|', '&', '<', '>', '(', ')', '`', '$', '*', '?', '[', ']', '{', '}', '!']);
/** Special only at the start of a word: comment, tilde expansion, zsh's `=cmd`. */
const SPECIAL_AT_START = new Set(['#', '~', '=']);

type State = { words: string[]; word: string | undefined; out: ParsedLine };

function endWord(s: State): void {
  if (s.word !== undefined) s.words.push(s.word);
  s.word = undefined;
}

/** Reads a double-quoted run from i (after the quote); returns the index after the closing quote. */
function doubleQuoted(line: string, i: number, s: State): number {
  for (; i < line.length; i++) {
    const c = line[i] as string;
    if (c === '"') return i + 1;
    if (c === '\\' && i + 1 < line.length && '$`"\\'.includes(line[i + 1] as string)) s.word += line[++i] as string;
    else if (c === '`' || c === '!' || (c === '$' && !/[A-Z_]/i.test(line[i + 1] ?? ''))) s.out.problems.push(`${c} expands inside double quotes at ${i}`);
    else s.word += c;
  }
  s.out.problems.push('unterminated double quote');
  return i;
}

export function parseShellLine(line: string): ParsedLine {
  const out: ParsedLine = { commands: [], problems: [] };
  if (CONTROL.test(line)) out.problems.push(`control character U+${(line.match(CONTROL)?.[0] ?? '').charCodeAt(0).toString(16).padStart(4, '0')}`);
  const s: State = { words: [], word: undefined, out };
  let i = 0;
  while (i < line.length) {
    const c = line[i] as string;
    if (c === ' ') {
      endWord(s);
      i++;
    } else if (c === "'") {
      const close = line.indexOf("'", i + 1);
      if (close < 0) {
        out.problems.push('unterminated single quote');
        break;
      }
      s.word = (s.word ?? '') + line.slice(i + 1, close);
      i = close + 1;
    } else if (c === '"') {
      s.word ??= '';
      i = doubleQuoted(line, i + 1, s);
    } else if (c === '\\') {
      s.word = (s.word ?? '') + (line[i + 1] ?? '');
      i += 2;
    } else {
      if (SPECIAL_OUTSIDE.has(c) || (s.word === undefined && SPECIAL_AT_START.has(c))) out.problems.push(`unquoted ${JSON.stringify(c)} at ${i}`);
      s.word = (s.word ?? '') + c;
      i++;
    }
  }
  endWord(s);
  out.commands.push(s.words);
  if (out.commands.some((w) => w.length === 0)) out.problems.push('an empty command');
  return out;
}
