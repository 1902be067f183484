/**
 * THE shell quoting of this project: every value interpolated into a command line that a user may run (a fix's
 * command, a component's check) goes through `shellQuote`, or through the `sh` template that applies it to each
 * interpolated value. Values come from Delve output, pasted text, snapshots and workspace settings, so they are
 * hostile until quoted: control characters are removed (a terminal acts on Ctrl-O, ESC or a newline as soon as
 * the text is typed, quotes or not), and anything that is not plainly safe is single-quoted.
 */
import { CONTROL_CHARS } from './controls';

/** Words a POSIX shell and zsh take literally: no globbing, expansion, operators or `=cmd` (zsh) at the start. */
const PLAIN = /^[\w@%+:,./-][\w@%+=:,./-]*$/;

/** `value` without control characters, as one shell word. */
export function shellQuote(value: string): string {
  const clean = value.replace(CONTROL_CHARS, '');
  return PLAIN.test(clean) ? clean : `'${clean.replace(/'/g, `'\\''`)}'`;
}

/**
 * A command line from a template whose literal parts are trusted and whose interpolated values are not:
 * sh`chmod +x -- ${path}` quotes `path` as one word.
 */
export function sh(parts: TemplateStringsArray, ...values: string[]): string {
  return parts.reduce((out, part, i) => out + part + (i < values.length ? shellQuote(values[i] as string) : ''), '');
}
