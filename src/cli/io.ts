/** Output streams of the CLI, injectable so that tests capture them. */
import { escapeControl } from '../core/text';

export type Io = {
  out: (s: string) => void;
  err: (s: string) => void;
  /** Whether stdout is a terminal (colour only then). */
  isTTY?: boolean;
  /** Reads all of standard input (explain without TEXT). */
  readStdin?: () => Promise<string>;
};

export const stdio: Io = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  isTTY: Boolean(process.stdout.isTTY),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
};

export const USAGE = `Usage: go-lldb-doctor [command] [options]

Commands:
  diagnose (default)     diagnose this Mac, or a machine snapshot
      --snapshot DIR       replay a machine snapshot instead of this machine
      --launch FILE        a workspace's launch.json   --config NAME   which configuration
      --settings FILE      a workspace's settings.json
      --json | --markdown  the JSON report (SNAPSHOT.md §2) or a Markdown report for an issue
  inspect FILE... [--json]   what each file's Mach-O headers say (lipo -info + otool -hlL in one)
  explain [--json|--markdown] [--arch arm64|x86_64] [TEXT]
                             the causes an error message supports (TEXT or standard input;
                             a Debug Console paste or JSON lines of DAP messages)
  snapshot DIR               capture this machine as a snapshot folder
  selftest [--json|--markdown] [--launch FILE --config NAME] [--settings FILE] [--timeout S]
                             debug a small program with the dlv F5 would start, stage by stage
                             (exit 0 every stage passed, 1 one failed, 2 could not run)
  --lang en|zh-cn            the language of the report (default: LC_ALL, LC_MESSAGES, LANG)
  --help, -h                 show this help
  --version, -v              print the version

Exit codes: 0 ok or warnings, 1 an error was found, 2 could not run.
`;

/** One error line; the message's values (paths, arguments) are shown with their control characters escaped. */
export function errorLine(io: Io, message: string): void {
  io.err(`go-lldb-doctor: ${escapeControl(message)}\n`);
}

/** A one-line error and the usage, exit code 2. */
export function usageError(io: Io, message: string): number {
  errorLine(io, message);
  io.err(USAGE);
  return 2;
}
