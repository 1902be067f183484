/**
 * Trailing characters removed by a backward scan: the linear-time form of `s.replace(/[set]+$/, '')`, which a
 * regex engine retries at every position of a long run of those characters that is not at the end (quadratic;
 * eslint-plugin-regexp's no-super-linear-move, issue 16 item 6).
 */
export function trimEndOf(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1] as string)) end--;
  return end === s.length ? s : s.slice(0, end);
}
