/**
 * A machine-scoped setting (goLldbDoctor.replaySnapshot, goLldbDoctor.lldbPaths) written in User settings is
 * ignored in a remote window (code-server, Remote-SSH, WSL, containers): VS Code applies machine settings there only
 * from the Remote settings. Pure: the VS Code layer passes what `inspect()`, `get()` and `env.remoteName` say.
 */

export interface MachineSettingView {
  key: string;
  /** `inspect(key).globalValue`: what User settings hold. */
  userValue: unknown;
  /** `get(key)`: what VS Code applies in this window. */
  effective: unknown;
  /** `vscode.env.remoteName`: undefined in a local window. */
  remoteName: string | undefined;
}

const isEmpty = (v: unknown): boolean => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

/** The settings of `views` whose User value is set but not applied because the window is remote. */
export function ignoredMachineSettings(views: readonly MachineSettingView[]): MachineSettingView[] {
  return views.filter((v) => v.remoteName !== undefined && v.remoteName !== '' && !isEmpty(v.userValue) && isEmpty(v.effective));
}
