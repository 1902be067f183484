/**
 * Patterns that the text rules of two findings read, each rule answering for its own code and leaving the other's
 * matches alone: one pattern for both, so that each match is exactly one of the two (sources at each).
 */

/**
 * vscode-go's words for a tool it cannot start (src/goDebugFactory.ts "Cannot find Delve debugger", src/utils/
 * pathUtils.ts "couldn't find X at the Go tools path") and Node's spawn error `spawn X ENOENT`: go-not-found answers
 * when the tool is go, dlv-not-found otherwise.
 */
export const TOOL_MISSING = /cannot find delve debugger|couldn't find (\S+) at the go tools path|spawn (\S+) ENOENT/gi;

/** The tool the match names: 'go' for a go binary, else its name or path (undefined: Delve, unnamed). */
export function missingTool(m: RegExpExecArray): string | undefined {
  const missing = m[1] ?? m[2];
  return missing && /(?:^|\/)go$/.test(missing) ? 'go' : missing;
}

/**
 * errno -86 (EBADARCH, "Bad CPU type in executable"): macOS cannot run a binary built for the other CPU. On a line
 * of Delve launching the program (not dlv) it is target-arch-mismatch, else dlv-bad-cpu.
 */
export const BAD_CPU = /bad cpu type in executable|unknown system error -86|errno:?\s*-86\b|\bEBADARCH\b/gi;

export function programBadCpu(line: string): boolean {
  return /could not launch process|fork\/exec/i.test(line) && !/dlv/i.test(line);
}

/**
 * Delve's refusal under Rosetta (GROUND_TRUTH §2): "… check that the terminal/shell in use …" is shell-translated,
 * every other form dlv-translated.
 */
export const ROSETTA = /can\s*not run under rosetta(?:,?\s*check that the (installed build of go|terminal\/shell in use) is right for your cpu architecture)?/gi;

export function shellRosetta(m: RegExpExecArray): boolean {
  return /terminal/i.test(m[1] ?? '');
}

/**
 * Delve's "unsupported architecture of darwin/X - only Y are supported" (GROUND_TRUTH §2): when Y has no
 * arm64 the Delve predates Apple silicon (dlv-no-arm64-support), else the program is for a CPU it does not debug
 * (target-arch-mismatch).
 */
export const UNSUPPORTED_ARCH = /unsupported architecture of darwin\/([\w()]+)\s*-\s*only\s+(\S+(?:\s+(?!(?:is|are)\b)\S+)*)\s+(?:is|are) supported|unsupported architecture\s*-\s*only darwin\/amd64 is supported/gi;

/** The platforms the match says Delve supports ("darwin/amd64" when it does not name them). */
export function supportedOf(m: RegExpExecArray): string {
  return m[2] ?? 'darwin/amd64';
}
