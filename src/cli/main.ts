/**
 * go-lldb-doctor: the command line. Each sub-command lives in its own module under src/cli/ and returns an exit
 * code (0 ok or warning, 1 error verdict, 2 could not run: SNAPSHOT.md §2).
 */
import { setLang } from '../core/i18n';
import { VERSION } from '../core/version';
import { takeLang } from './lang';
import type { Io } from './io';
import { stdio, usageError, USAGE } from './io';
import { runDiagnose } from './diagnose';
import { runInspect } from './inspect';
import { runExplain } from './explain';
import { runSnapshot } from './snapshot';

export async function main(args: string[], io: Io = stdio, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const picked = takeLang(args, env);
  if ('error' in picked) return usageError(io, picked.error);
  setLang(picked.lang);
  const argv = picked.argv;
  const [first, ...rest] = argv;
  switch (first) {
    case '--help':
    case '-h':
    case 'help':
      io.out(USAGE);
      return 0;
    case '--version':
    case '-v':
      io.out(`${VERSION}\n`);
      return 0;
    case 'inspect':
      return runInspect(rest, io);
    case 'explain':
      return runExplain(rest, io);
    case 'snapshot':
      return runSnapshot(rest, io);
    case 'diagnose':
      return runDiagnose(rest, io);
    default:
      if (first === undefined || first.startsWith('-')) return runDiagnose(argv, io);
      return usageError(io, `unknown command: ${first}`);
  }
}
