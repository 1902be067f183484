/**
 * Fixes where the user configures the container: JSONC edits of devcontainer.json (planned by src/core/launch
 * like launch.json edits: comments kept, one-step undo), a manual step for a Dockerfile `FROM --platform=…`,
 * and the explanation of "Rebuild Container". Never `--privileged` for emulation: it does not give ptrace.
 */
import type { MismatchNames } from '../../elf';
import { t } from '../../i18n';
import { LINUX } from '../../i18n/messages/linux';
import { platformArg } from '../../probe/linux/devcontainer';
import type { DevcontainerFacts } from '../../probe/linux/types';
import type { EditFix, Fix } from '../../report/types';
import { manual } from '../finding';

/** A JSONC edit of devcontainer.json: set `path` to `value`, or remove it. */
export function dcEdit(title: string, dc: DevcontainerFacts, path: (string | number)[], value: unknown, remove = false): EditFix {
  return { title, kind: 'edit', edit: remove ? { file: 'devcontainer.json', filePath: dc.path, path, remove: true } : { file: 'devcontainer.json', filePath: dc.path, path, value } };
}

/** Platform fixes for a userland emulated on a kernel (names from mismatchNames). */
export function platformFixes(dc: DevcontainerFacts | undefined, names: MismatchNames): Fix[] {
  const platform = names.platform;
  const fixes: Fix[] = [];
  if (dc && !dc.error) {
    const arg = platformArg(dc.runArgs);
    const title = t(LINUX.fixPlatformEdit, { platform });
    if (arg) fixes.push(dcEdit(title, dc, ['runArgs', arg.index], dc.runArgs[arg.index]?.startsWith('--platform=') ? `--platform=${platform}` : platform));
    else if (!dc.dockerfile?.fromPlatform) fixes.push(dcEdit(title, dc, ['runArgs'], [...dc.runArgs, `--platform=${platform}`]));
  }
  const df = dc?.dockerfile;
  if (df?.fromPlatform) {
    fixes.push(manual(t(LINUX.fixDockerfile, { from: df.fromPlatform, file: df.path, line: df.line ?? 1 }), t(LINUX.fixDockerfileDetail, { from: df.fromPlatform, platform })));
  }
  fixes.push(manual(t(LINUX.fixPlatformImage, { platform }), t(LINUX.fixPlatformImageDetail, names)));
  return fixes;
}

/** capAdd SYS_PTRACE and securityOpt seccomp=unconfined, as edits when a devcontainer.json is there. */
export function ptraceFixes(dc: DevcontainerFacts | undefined, wantSeccomp: boolean): Fix[] {
  if (!dc || dc.error) return [manual(t(LINUX.fixRunArgs), t(LINUX.fixRunArgsDetail))];
  const fixes: Fix[] = [];
  if (!dc.capAdd.includes('SYS_PTRACE')) fixes.push(dcEdit(t(LINUX.fixCapAdd), dc, ['capAdd'], [...dc.capAdd, 'SYS_PTRACE']));
  if (wantSeccomp && !dc.securityOpt.some((o) => /^seccomp[=:]unconfined$/.test(o))) fixes.push(dcEdit(t(LINUX.fixSeccomp), dc, ['securityOpt'], [...dc.securityOpt, 'seccomp=unconfined']));
  return fixes;
}

/** What "Rebuild Container" does, as a last step every container fix needs. */
export function rebuildStep(): Fix {
  return manual(t(LINUX.rebuildTitle), t(LINUX.rebuild));
}
