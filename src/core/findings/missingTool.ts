/**
 * vscode-go's words for a tool it cannot start (src/goDebugFactory.ts "Cannot find Delve debugger", src/utils/
 * pathUtils.ts "couldn't find X at the Go tools path") and Node's spawn error `spawn X ENOENT`: go-not-found answers
 * when the tool is go, dlv-not-found otherwise. One pattern for both modules, so that each match is one of the two.
 */
export const TOOL_MISSING = /cannot find delve debugger|couldn't find (\S+) at the go tools path|spawn (\S+) ENOENT/gi;

/** The tool the match names: 'go' for a go binary, else its name or path (undefined: Delve, unnamed). */
export function missingTool(m: RegExpExecArray): string | undefined {
  const missing = m[1] ?? m[2];
  return missing && /(?:^|\/)go$/.test(missing) ? 'go' : missing;
}
