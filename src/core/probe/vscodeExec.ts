/** Whether the probing process is VS Code (its extension host), judged from its executable's path (the platforms' host probes share it). */

/** VS Code's helper processes live inside a `.app` bundle whose name says Code (Code, Code - Insiders, VSCodium). */
export function isVscodeExec(execPath: string | undefined): boolean {
  if (!execPath) return false;
  return /\/(?:Visual Studio Code[^/]*|VSCodium|Code[^/]*|Cursor)\.app\//.test(execPath) || /Code Helper/.test(execPath);
}
