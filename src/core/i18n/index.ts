/**
 * The one message catalogue mechanism for every string a user reads (core findings, CLI, VS Code layer).
 *
 * A message is an object with its English and Simplified Chinese text, written side by side in a file under
 * `messages/` (one file a family, so that a message and its translation are reviewed together, and a test
 * checks every message of every file: both texts non-empty, the same `{placeholders}`).
 *
 * Like `vscode.l10n.t`, the language is chosen once at start-up (`setLang`: the CLI from `--lang`, `LC_ALL`,
 * `LC_MESSAGES`, `LANG`; the extension from `vscode.env.language`) and `t` formats in it.
 */

export type Lang = 'en' | 'zh-cn';
/** @public The catalogue's API for the CLI's `--lang` and the extension's start-up (lint: knip.jsonc). */
export const LANGS: readonly Lang[] = ['en', 'zh-cn'];

export interface Message {
  readonly en: string;
  readonly zh: string;
}

export type Params = Readonly<Record<string, string | number>>;

/**
 * The language lives on `globalThis` under a registered symbol, not in a module variable: the CLI's sub-commands
 * are separate bundles (dist/cli-<name>.js), each with its own copy of this module, and `setLang` in cli.js must
 * reach the `t` of the bundle that formats the report.
 */
const LANG_KEY = Symbol.for('go-lldb-doctor.i18n.lang');
const shared = globalThis as { [LANG_KEY]?: Lang };

/** @public */
export function setLang(lang: Lang): void {
  shared[LANG_KEY] = lang;
}

/** @public */
export function getLang(): Lang {
  return shared[LANG_KEY] ?? 'en';
}

/** Identity, typed: a message file is `export const M = messages({ key: { en: '…', zh: '…' } })`. */
export function messages<T extends Record<string, Message>>(m: T): T {
  return m;
}

/**
 * `{name}`, or `{name|a}`: the value after the English indefinite article it takes (`an amd64`, `a 386`);
 * `{name|A}` at the start of a sentence (`An arm64`).
 */
const PLACEHOLDER = /\{(\w+)(\|a)?\}/gi;

/**
 * The message in the current language (or `lang`), `{name}` replaced by `params.name`; unknown names stay.
 * `{name|a}` puts "a" or "an" before the value (`withArticle`): the one place an English article is chosen.
 */
export function t(m: Message, params?: Params, lang: Lang = getLang()): string {
  const text = lang === 'zh-cn' ? m.zh : m.en;
  if (!params) return text;
  return text.replace(PLACEHOLDER, (all, name: string, article?: string) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) return all;
    const v = String(params[name]);
    return article ? withArticle(v, article === '|A') : v;
  });
}

/**
 * `word` after "a" or "an" as it is read aloud: a vowel sound (`an arm64`, `an amd64`, `an unknown`), a letter
 * read by its name that starts with one (`an x86_64`, `an s390x`), `an 8…`; else "a" (`a 386`, `a ppc64`,
 * `a universal`).
 */
function withArticle(word: string, capital = false): string {
  const w = word.trim().toLowerCase();
  const vowelSound = /^(?:[aeio8]|u(?!ni|s[aeiu]|t)|[fhlmnrsx](?=[\d_\W]|$)|11|18)/.test(w);
  const article = vowelSound ? 'an' : 'a';
  return `${capital ? `A${article.slice(1)}` : article} ${word}`;
}

/**
 * A language from a locale tag as VS Code (`zh-cn`, `zh-CN`, `zh-hans`) or POSIX (`zh_CN.UTF-8`) writes it;
 * undefined for `C`, `POSIX`, empty, and languages the catalogue does not have.
 */
export function parseLang(tag: string | undefined): Lang | undefined {
  if (!tag) return undefined;
  const base = tag.trim().toLowerCase().split(/[.@]/)[0]?.replace(/_/g, '-') ?? '';
  if (base === '' || base === 'c' || base === 'posix') return undefined;
  if (base === 'zh' || base === 'zh-cn' || base === 'zh-sg' || base.startsWith('zh-hans')) return 'zh-cn';
  if (base === 'en' || base.startsWith('en-')) return 'en';
  return undefined;
}

/** POSIX order: the first of LC_ALL, LC_MESSAGES, LANG that is set and non-empty decides; else English. */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  for (const k of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const v = env[k];
    if (v) return parseLang(v) ?? 'en';
  }
  return 'en';
}

/** @public A date and time for a report, in the current language's conventions (UTC shown as such). */
export function formatDate(d: Date, lang: Lang = getLang()): string {
  return new Intl.DateTimeFormat(lang === 'zh-cn' ? 'zh-CN' : 'en-US', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(d);
}
