/**
 * The CLI's language: `--lang zh-cn` / `--lang=en` anywhere before a `--` in the arguments (taken out of them;
 * after `--` every argument is an operand, e.g. `explain -- --lang` or a file named `--lang=en`), else POSIX
 * order: LC_ALL, LC_MESSAGES, LANG (`zh_CN.UTF-8` → zh-cn), else English.
 */
import { langFromEnv, parseLang, type Lang } from '../core/i18n';

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
      if (asked === undefined) return { error: '--lang needs a value (en or zh-cn)' };
    } else if (a.startsWith('--lang=')) asked = a.slice('--lang='.length);
    else rest.push(a);
  }
  if (asked === undefined) return { lang: langFromEnv(env), argv: rest };
  const lang = parseLang(asked);
  return lang ? { lang, argv: rest } : { error: `--lang ${asked}: not a language of this tool (en or zh-cn)` };
}
