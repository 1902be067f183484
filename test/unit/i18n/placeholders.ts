/**
 * The `{placeholders}` of a catalogue text, as t() (src/core/i18n) fills them: `{name}`, `{name|a}`, `{name|A}`.
 * The catalogue test checks that t() fills every one this finds, so the two readings cannot drift apart.
 */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)(?:\|a)?\}/gi)].map((x) => x[1] as string))].sort();
}
