/**
 * The CLI's language: `--lang zh-cn` / `--lang=en` anywhere before a `--` in the arguments (taken out of them;
 * after `--` every argument is an operand, e.g. `explain -- --lang` or a file named `--lang=en`), else POSIX
 * order: LC_ALL, LC_MESSAGES, LANG (`zh_CN.UTF-8` → zh-cn), else English.
 */
import { langFromEnv, parseLang, t, type Lang } from '../core/i18n';
import { CLI } from '../core/i18n/messages/cli';

export function takeLang(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): { lang: Lang; argv: string[] } | { error: string } {
  const rest: string[] = [];
  let asked: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (a === '--lang') {
      asked = argv[++i];
      if (asked === undefined) return { error: t(CLI.langNeedsValue, undefined, langFromEnv(env)) };
    } else if (a.startsWith('--lang=')) asked = a.slice('--lang='.length);
    else rest.push(a);
  }
  if (asked === undefined) return { lang: langFromEnv(env), argv: rest };
  const lang = parseLang(asked);
  return lang ? { lang, argv: rest } : { error: t(CLI.langUnknown, { value: asked }, langFromEnv(env)) };
}
