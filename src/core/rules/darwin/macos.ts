/**
 * Delve × macOS × Xcode × Go (issue 10 items 6-7), checked before launch. Each row with its source
 * (research/failure-modes.md §2.1-2.4, GROUND_TRUTH §6):
 * - macOS ≥ 26 and no LC_UUID (load command 0x1b) in dlv, an exec-mode program, or a build by Go < 1.24:
 *   dyld aborts (delve#4162; golang/go#68678; Go 1.24 release notes).
 * - macOS ≥ 15.4 and Delve < 1.24.2: "protocol error E97 during register read" (delve#3964, fix #3966).
 * - macOS ≥ 15, Delve < 1.23.1 and Go ≤ 1.23: "DW_FORM_strx with no .debug_str_offsets section" (delve#3797).
 * - LLDB of the Xcode 16 family (lldb-1600+), cgo possible and Go < 1.23: "could not find rodata struct member"
 *   (vscode-go#3539, #3547).
 * Delve 1.26.2's DWARF 5 panic and DWARF 5 with a dlv built by Go < 1.25 are finding modules
 * (src/core/findings/darwin/dlv-dwarf5-macos-panic.ts, findings/shared/dlv-dwarf5-old-go.ts).
 * A version newer than every row, or one that cannot be parsed, never raises a finding.
 */
import type { Finding } from '../../report/types';
import type { DarwinMachine } from '../../probe/machine';
import { compareVersions, goMinor, parseVersion } from '../../probe/delveCompat';
import { sliceFor } from '../../arch/slices';
import { builds } from '../../probe/target';
import { t } from '../../i18n';
import { RULES_MACOS as M } from '../../i18n/messages/rules-macos';
import { command, goCmd, manual, q, ruleFinding, type DarwinRule } from '../finding';

import { installDlvCommand } from '../../delve/install';

function below(v: string | undefined, floor: string): boolean {
  const a = parseVersion(v);
  const b = parseVersion(floor);
  return Boolean(a && b && compareVersions(a, b) < 0);
}

function atLeast(v: string | undefined, floor: string): boolean {
  const a = parseVersion(v);
  const b = parseVersion(floor);
  return Boolean(a && b && compareVersions(a, b) >= 0);
}

/** The slice of a file that runs on this Mac has no LC_UUID (only when its load commands were read whole). */
function noUuid(m: DarwinMachine, bin: NonNullable<DarwinMachine['dlv']['binary']> | undefined): boolean {
  const hw = m.host.hardware;
  if (!bin || !hw || bin.file.errors.length > 0) return false;
  const arch = sliceFor(bin.archs, hw);
  const slice = bin.file.slices.find((s) => s.arch === arch);
  return Boolean(slice && slice.uuid === undefined && (slice.ncmds ?? 0) > 0);
}

export const lcUuid: DarwinRule = (m) => {
  const os = m.host.osVersion;
  if (m.host.platform !== 'darwin' || !atLeast(os, '26.0')) return [];
  const out: Finding[] = [];
  const dlvPath = m.dlv.path;
  if (dlvPath && noUuid(m, m.dlv.binary)) {
    out.push(ruleFinding('dlv-missing-lc-uuid', {
      detail: t(M.dlvNoUuid, { os: os ?? '', path: dlvPath, go: m.dlv.builtWithGo ?? 'a Go older than 1.24' }),
      evidence: [`\`otool -l ${q(dlvPath)} | grep LC_UUID\` prints nothing`, `macOS ${os} (\`sw_vers -productVersion\`)`, ...(m.dlv.builtWithGo ? [`dlv built with ${m.dlv.builtWithGo}`] : [])],
      fixes: atLeast(m.toolchain.effective ?? m.go.version, '1.24') ? [command(t(M.uuidGoFix), installDlvCommand(goCmd(m)))] : [manual(t(M.uuidGoFix))],
    }));
  }
  const tg = m.target;
  if (tg.mode === 'exec' && tg.program && noUuid(m, tg.binary)) {
    out.push(ruleFinding('target-missing-lc-uuid', {
      detail: t(M.targetNoUuid, { os: os ?? '', path: tg.program }),
      evidence: [`\`otool -l ${q(tg.program)} | grep LC_UUID\` prints nothing`, ...(tg.goVersion ? [`built with ${tg.goVersion}`] : [])],
      fixes: [manual(t(M.uuidBuildFix))],
    }));
  } else if (builds(tg.mode) && below(tg.goVersion, '1.24') && !externalLink(m)) {
    // An error, not a warning: dyld refuses the binary Go ≤ 1.23's internal linker produces (issue 20 item 3).
    out.push(ruleFinding('target-missing-lc-uuid', {
      detail: t(M.buildNoUuid, { os: os ?? '', go: tg.goVersion ?? '' }),
      evidence: [`Go that builds: ${tg.goVersion} (${m.toolchain.why ?? 'go env GOVERSION'})`, `macOS ${os}`],
      fixes: [manual(t(M.uuidBuildFix))],
    }));
  }
  return out;
};

function externalLink(m: DarwinMachine): boolean {
  const flags = m.launch.config?.buildFlags;
  const text = Array.isArray(flags) ? flags.join(' ') : typeof flags === 'string' ? flags : '';
  return /linkmode[= ]external/.test(text);
}

export const delveForMacos: DarwinRule = (m) => {
  const os = m.host.osVersion;
  const delve = m.dlv.version;
  if (m.host.platform !== 'darwin' || !os || !parseVersion(delve)) return [];
  const go = m.target.goVersion ?? m.go.version;
  const parts: string[] = [];
  if (atLeast(os, '15.4') && below(delve, '1.24.2')) parts.push(t(M.e97, { os, delve: delve ?? '' }));
  const minor = goMinor(go);
  if (atLeast(os, '15.0') && below(delve, '1.23.1') && minor !== undefined && minor <= 23) parts.push(t(M.strx, { os, delve: delve ?? '', go: go ?? '' }));
  if (parts.length === 0) return [];
  return [ruleFinding('dlv-too-old-for-macos', {
    detail: parts.join(' '),
    evidence: [`macOS ${os} (\`sw_vers -productVersion\`)`, `Delve ${delve} (${m.dlv.versionSource ?? 'version'})`, ...(go ? [`Go that builds: ${go}`] : [])],
    fixes: [command(t(M.updateDlv), installDlvCommand(goCmd(m)))],
  })];
};

export const xcode16Cgo: DarwinRule = (m) => {
  const lldb = m.darwin.lldb.frameworkVersion;
  const go = m.target.goVersion;
  const minor = goMinor(go);
  const cgo = (m.dlvEnv.CGO_ENABLED?.value ?? m.go.env?.CGO_ENABLED) !== '0';
  if (!lldb || !atLeast(lldb.value, '1600.0') || minor === undefined || minor >= 23 || !cgo || !builds(m.target.mode)) return [];
  return [ruleFinding('go-too-old-for-xcode', {
    severity: 'warning',
    detail: t(M.xcode16, { lldb: `lldb-${lldb.value}`, go: go ?? '' }),
    evidence: [`${lldb.path}: version ${lldb.value}`, `Go that builds: ${go} (${m.toolchain.why ?? 'go env GOVERSION'})`, 'CGO_ENABLED is not 0'],
    fixes: [manual(t(M.xcode16Fix))],
  })];
};
