/**
 * Fixes where the user configures the container: JSONC edits of devcontainer.json (planned by src/core/launch
 * like launch.json edits: comments kept, one-step undo), the compose file's `platform:` for a container from
 * docker-compose (planned by probe/linux/compose.ts), a manual step for a Dockerfile `FROM --platform=…`,
 * and the explanation of "Rebuild Container". Never `--privileged` for emulation: it does not give ptrace.
 */
import type { MismatchNames } from '../arch/names';
import { t } from '../i18n';
import { LINUX } from '../i18n/messages/linux';
import type { DevcontainerFacts } from '../probe/linux/types';
import type { EditFix, Fix } from '../report/types';
import { manual } from './fixes';

/** A JSONC edit of devcontainer.json: set `path` to `value` (inserted into an array with `insert`), or remove it. */
export function dcEdit(title: string, dc: DevcontainerFacts, path: (string | number)[], value: unknown, opts: { insert?: true; remove?: true } = {}): EditFix {
  if (opts.remove) return { title, kind: 'edit', edit: { file: 'devcontainer.json', filePath: dc.path, path, remove: true } };
  return { title, kind: 'edit', edit: { file: 'devcontainer.json', filePath: dc.path, path, value, ...(opts.insert ? { insert: true as const } : {}) } };
}

/**
 * runArgs' platform: the element that holds it replaced in place by its real index (`--platform=X` whole, or
 * the X after `--platform`), else `--platform=…` appended to the array without rewriting it, else a new runArgs.
 */
function runArgsFix(dc: DevcontainerFacts, platform: string): Fix | undefined {
  const title = t(LINUX.fixPlatformEdit, { platform });
  const at = dc.platformAt;
  if (at) return dcEdit(title, dc, ['runArgs', at.index], at.inline ? `--platform=${platform}` : platform);
  if (dc.dockerfile?.fromPlatform || dc.runArgsInvalid) return undefined;
  if (dc.runArgsLength !== undefined) return dcEdit(title, dc, ['runArgs', dc.runArgsLength], `--platform=${platform}`, { insert: true });
  return dcEdit(title, dc, ['runArgs'], [`--platform=${platform}`]);
}

/**
 * A container from docker-compose: the compose file's services.<service>.platform, set there (or added); only
 * said, not edited, when no compose file was read inside the workspace folder (nothing outside it is written).
 */
function composeFix(c: NonNullable<DevcontainerFacts['compose']>, platform: string): Fix {
  const title = c.line !== undefined
    ? t(LINUX.fixComposePlatform, { platform, service: c.service, file: c.path, line: c.line })
    : t(LINUX.fixComposeAdd, { platform, service: c.service, file: c.path });
  const at = c.line !== undefined ? { at: { filePath: c.path, line: c.line } } : {};
  if (c.unread) return { ...manual(title), ...at } as Fix;
  return { title, kind: 'edit', edit: { file: 'docker-compose', filePath: c.path, path: ['services', c.service, 'platform'], value: platform }, ...at };
}

/** Platform fixes for a userland emulated on a kernel (names from mismatchNames). */
export function platformFixes(dc: DevcontainerFacts | undefined, names: MismatchNames): Fix[] {
  const platform = names.platform;
  const fixes: Fix[] = [];
  if (dc && !dc.error) {
    const edit = dc.compose ? composeFix(dc.compose, platform) : runArgsFix(dc, platform);
    if (edit) fixes.push(edit);
  }
  const df = dc?.dockerfile;
  if (df?.fromPlatform) {
    const step = manual(t(LINUX.fixDockerfile, { from: df.fromPlatform, file: df.path, line: df.line ?? 1 }), t(LINUX.fixDockerfileDetail, { from: df.fromPlatform, platform }));
    fixes.push({ ...step, at: { filePath: df.path, line: df.line ?? 1 } } as Fix);
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

/** What "Rebuild Container" does, as a last step every container fix needs, after editing `file`. */
export function rebuildStep(file = 'devcontainer.json'): Fix {
  return manual(t(LINUX.rebuildTitle), t(LINUX.rebuild, { file }));
}

/**
 * The file the platform fixes change: the Dockerfile whose FROM forces the platform (devcontainer.json is then
 * left as it is), else the compose file of a compose container, else devcontainer.json.
 */
export function platformFile(dc: DevcontainerFacts | undefined): string {
  if (dc?.dockerfile?.fromPlatform) return dc.dockerfile.path;
  return dc?.compose?.path ?? 'devcontainer.json';
}

/** The ptrace facts of /proc/self/status as one evidence line (the ptrace findings share it). */
export function statusEvidence(l: { seccomp?: number; capEff?: string; capSysPtrace?: boolean }): string {
  return t(LINUX.evStatus, { seccomp: l.seccomp ?? '?', cap: l.capEff ?? '?', has: l.capSysPtrace ? t(LINUX.yes) : t(LINUX.no) });
}
