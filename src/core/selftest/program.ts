/**
 * The program the self-test debugs: a `main` with a local variable of a known value and a known line to stop at,
 * with a go.mod whose `go` line any Go accepts (no toolchain switch, go.dev/doc/toolchain). It is written through
 * the confined writer into a fresh temporary folder outside the workspace, which dlv gets as its working directory
 * (vscode-go starts dlv in the program's folder, goDebugFactory.ts) and which is removed at the end.
 */
import { trimEndOf } from '../text/trim';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ConfinedWriter } from '../io/write';

/** The local the `variables` stage reads, and its value as Delve shows it. */
export const KNOWN = { name: 'answer', value: '42' };

/** The line of main.go where the breakpoint is set (the Println after the assignment). */
export const BREAK_LINE = 7;

const MAIN_GO = `package main

import "fmt"

func main() {
	answer := 42
	fmt.Println("go-lldb-doctor self-test", answer)
}
`;

const GO_MOD = 'module golldbdoctor/selftest\n\ngo 1.16\n';

export interface ProgramDir {
  dir: string;
  mainGo: string;
  /** Where Delve writes the debug binary (launch `output`), inside dir. */
  output: string;
  remove(): void;
}

/** The temporary root: os.tmpdir(), unless it lies inside the workspace (then /tmp). */
function tempRoot(workspaceFolder: string | undefined): string {
  const tmp = os.tmpdir();
  const inside = workspaceFolder && (tmp === workspaceFolder || tmp.startsWith(`${trimEndOf(workspaceFolder, '/')}/`));
  return inside ? '/tmp' : tmp;
}

/** Writes the program; throws (an OS error) when no folder can be made. */
export function writeProgram(workspaceFolder: string | undefined, source: string = MAIN_GO): ProgramDir {
  const dir = fs.mkdtempSync(path.join(tempRoot(workspaceFolder), 'go-lldb-doctor-selftest-'));
  const remove = (): void => fs.rmSync(dir, { recursive: true, force: true });
  try {
    const w = new ConfinedWriter(dir);
    w.writeFile('/go.mod', GO_MOD);
    w.writeFile('/main.go', source);
    return { dir: w.out, mainGo: w.place('/main.go'), output: w.place('/__debug_bin_selftest'), remove };
  } catch (e) {
    remove();
    throw e;
  }
}
