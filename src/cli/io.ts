/**
 * Output streams of the CLI, injectable so that tests capture them, and THE terminal writer (issue 16 item 5):
 * everything the CLI writes passes through terminalText, which shows every control character escaped (a
 * snapshot's program named `\e]0;PWNED\a\e[2J` prints as text, it cannot set the title or clear the screen).
 * Only newline, tab and the report's own colour codes (SGR, `ESC [ digits m`) pass. `main` wraps the Io it is
 * given, and `stdio` is wrapped too, so no command can reach the terminal another way; lint forbids
 * process.stdout/stderr writes and console.* anywhere else in src.
 */
import { escapeControl } from '../core/text';
import { readStreamBounded, SIZE_CAPS } from '../core/io/read';

export type Io = {
  out: (s: string) => void;
  err: (s: string) => void;
  /** Whether stdout is a terminal (colour only then). */
  isTTY?: boolean;
  /** Reads standard input (explain without TEXT): at most one byte past the paste cap, so that a cut shows. */
  readStdin?: () => Promise<string>;
};

/** Colour (SGR) sequences, the only escape sequences the CLI itself writes (report/render-text.ts). */
const SGR = /\u001b\[[0-9;]*m/y;

/** `s` as it may reach a terminal: every control character escaped except newline, tab and SGR colour codes. */
export function terminalText(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 0x1b) continue;
    SGR.lastIndex = i;
    if (!SGR.test(s)) continue;
    out += escapeText(s.slice(from, i)) + s.slice(i, SGR.lastIndex);
    from = SGR.lastIndex;
    i = from - 1;
  }
  return out + escapeText(s.slice(from));
}

const escapeText = (s: string): string => s.split(/([\n\t])/).map((p) => (p === '\n' || p === '\t' ? p : escapeControl(p))).join('');

/** An Io whose out and err write terminalText only (wrapping twice changes nothing). */
export function terminalIo(io: Io): Io {
  return { ...io, out: (s) => io.out(terminalText(s)), err: (s) => io.err(terminalText(s)) };
}

export const stdio: Io = terminalIo({
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  isTTY: Boolean(process.stdout.isTTY),
  readStdin: () => readStreamBounded(process.stdin, SIZE_CAPS.paste + 1),
});

export const USAGE = `Usage: go-lldb-doctor [command] [options]

Commands:
  diagnose (default)     diagnose this Mac, or a machine snapshot
      --snapshot DIR       replay a machine snapshot instead of this machine
      --launch FILE        a workspace's launch.json   --config NAME   which configuration
      --settings FILE      a workspace's settings.json
      --json | --markdown  the JSON report (SNAPSHOT.md §2) or a Markdown report for an issue: paste it
                           into github.com/golang/vscode-go/issues/new or github.com/go-delve/delve/issues/new
                           (read it first: it shows your paths; nothing is sent)
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
