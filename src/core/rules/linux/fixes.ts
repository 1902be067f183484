/**
 * Fixes where the user configures the container: JSONC edits of devcontainer.json (planned by src/core/launch
 * like launch.json edits: comments kept, one-step undo), a manual step for a Dockerfile `FROM --platform=…`,
 * and the explanation of "Rebuild Container". Never `--privileged` for emulation: it does not give ptrace.
 */
import { dockerPlatform } from '../../elf';
import { t } from '../../i18n';
import { LINUX } from '../../i18n/messages/linux';
import { platformArg } from '../../probe/linux/devcontainer';
import type { DevcontainerFacts } from '../../probe/linux/types';
import type { EditFix, Fix } from '../../report/types';
import { manual } from '../finding';

function dcEdit(title: string, dc: DevcontainerFacts, path: (string | number)[], value: unknown): EditFix {
  return { title, kind: 'edit', edit: { file: 'devcontainer.json', filePath: dc.path, path, value } };
}

/** The other of the two CPUs containers are emulated between (an amd64 image on arm64, an arm64 one on amd64). */
const OTHER: Readonly<Record<string, string>> = { arm64: 'amd64', amd64: 'arm64' };

/**
 * The words of the platform texts, in the direction of the facts: the kernel's platform (the fix), the GOARCH the
 * userland was forced to (`userGoarch`: dlv's ELF when known; else, from text alone, the other CPU of the pair)
 * and the variant to build (the kernel's GOARCH). Never a fixed "amd64 on arm64".
 */
export function platformWords(kernelGoarch: string, userGoarch?: string): { platform: string; forced: string; variant: string } {
  return { platform: dockerPlatform(kernelGoarch), forced: userGoarch ?? OTHER[kernelGoarch] ?? '?', variant: kernelGoarch };
}

/** Platform fixes for a userland (of `userGoarch`, when known) emulated on a kernel of `kernelGoarch`. */
export function platformFixes(dc: DevcontainerFacts | undefined, kernelGoarch: string, userGoarch?: string): Fix[] {
  const words = platformWords(kernelGoarch, userGoarch);
  const platform = words.platform;
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
  fixes.push(manual(t(LINUX.fixPlatformImage, { platform }), t(LINUX.fixPlatformImageDetail, words)));
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
