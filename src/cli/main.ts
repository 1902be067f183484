/**
 * go-lldb-doctor: the command line. Each sub-command lives in its own module under src/cli/ and returns an exit
 * code (0 ok or warning, 1 error verdict, 2 could not run: SNAPSHOT.md §2). Only the sub-command asked for is
 * loaded (`inspect` of one file starts about as fast as a bare `node`): each `import('./<name>.js')` below is a
 * bundle of its own (dist/cli-<name>.js, see esbuild.config.mjs), so this module keeps no state a sub-command
 * reads: pass it what it needs as arguments.
 */
import { langFromEnv, setLang, t } from '../core/i18n';
import { CLI } from '../core/i18n/messages/cli';
import { VERSION } from '../core/version';
import { takeLang } from './lang';
import type { Io } from './io';
import { stdio, terminalIo, usage, usageError } from './io';

type Command = (args: string[], io: Io) => Promise<number>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  inspect: async () => (await import('./inspect.js')).runInspect,
  explain: async () => (await import('./explain.js')).runExplain,
  snapshot: async () => (await import('./snapshot.js')).runSnapshot,
  diagnose: async () => (await import('./diagnose.js')).runDiagnose,
  selftest: async () => (await import('./selftest.js')).runSelftestCommand,
};

export async function main(args: string[], given: Io = stdio, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const io = terminalIo(given);
  const picked = takeLang(args, env);
  // A bad --lang names no language: its error and the usage speak the locale's.
  setLang('error' in picked ? langFromEnv(env) : picked.lang);
  if ('error' in picked) return usageError(io, picked.error);
  const argv = picked.argv;
  const [first, ...rest] = argv;
  switch (first) {
    case '--help':
    case '-h':
    case 'help':
      io.out(usage());
      return 0;
    case '--version':
    case '-v':
      io.out(`${VERSION}\n`);
      return 0;
  }
  if (first === undefined || first.startsWith('-')) return (await COMMANDS.diagnose!())(argv, io);
  const load = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
  if (!load) return usageError(io, t(CLI.unknownCommand, { command: first }));
  return (await load())(rest, io);
}
