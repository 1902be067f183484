/**
 * Delve's launch and attach failures that name a mistake in the configuration (issue 10 item 8). Exact texts,
 * recorded from Debian's Delve 1.20.2 through `dlv dap` (test/fixtures/delve/texts-debian-1.20.json) and read in
 * Delve's source at v1.24.0 (service/dap/server.go:914 chdir, :938 and :1971 unsupported 'mode', :944 program
 * missing, :955 traceDirPath, :968 coreFilePath, :1014-1021 Build Error, :1923 processId/waitFor, :1944 no debugger
 * found; service/debugger/debugger.go:2387 and debugger_linux.go:16 "could not attach to pid").
 */
import type { Fix } from '../report/types';
import { t } from '../i18n';
import { DAP_LAUNCH as M } from '../i18n/messages/dap-launch';
import type { Resolved } from './context';
import type { TextRule } from './rule';
import { textFinding } from './finding';
import * as fx from './fixes';

const manual = (title: string): Fix => ({ kind: 'manual', title });

/** The fix of a launch.json attribute whose right value only the user knows: said in words. */
function launchFixes(_r: Resolved, _key: string, title: string): Fix[] {
  return [manual(title)];
}

export const LAUNCH_RULES: TextRule[] = [
  {
    // exec mode: "could not launch process: open <path>: no such file or directory"; core mode (no prefix): the core file.
    re: /(could not launch process:\s*)?\bopen (\/\S*?|[A-Z]:\\\S*?): no such file or directory/gi,
    build: (m, line, r) => {
      const path = m[2] ?? '';
      if (!m[1] && r.launch.mode === 'core') return textFinding('launch-core-missing', t(M.coreMissing, { path }), [line], launchFixes(r, 'coreFilePath', t(M.coreFix)));
      if (!m[1]) return undefined;
      return textFinding('launch-program-missing', t(M.programMissing, { path }), [line], launchFixes(r, 'program', t(M.programMissingFix)));
    },
  },
  {
    // go build of a package path that does not exist (inside a Build Error).
    re: /\bstat (\S+): directory not found/gi,
    build: (m, line, r) => textFinding('launch-program-missing', t(M.programMissing, { path: m[1] ?? '' }), [line], launchFixes(r, 'program', t(M.programMissingFix))),
  },
  {
    re: /unsupported 'mode' attribute "([^"]*)"/gi,
    build: (m, line, r) => textFinding('launch-mode-unsupported', t(M.modeUnsupported, { mode: m[1] ?? '' }), [line], launchFixes(r, 'mode', t(M.modeFix))),
  },
  {
    re: /The program attribute is missing in debug configuration/gi,
    build: (_m, line, r) => textFinding('launch-program-attribute-missing', t(M.programAttributeMissing), [line], launchFixes(r, 'program', t(M.programAttributeFix))),
  },
  {
    re: /The '(coreFilePath|traceDirPath)' attribute is missing in debug configuration/gi,
    build: (m, line, r) => {
      const attr = m[1] ?? '';
      return textFinding('launch-attribute-missing', t(M.attributeMissing, { attr }), [line], launchFixes(r, attr, t(M.attributeMissingFix, { attr })));
    },
  },
  {
    re: /invalid debug configuration - (cannot (?:unmarshal|use) [^\n]*)/gi,
    build: (m, line) => textFinding('launch-attribute-invalid', t(M.attributeInvalid, { detail: m[1] ?? '' }), [line], [manual(t(M.attributeInvalidFix))]),
  },
  {
    re: /fork\/exec (\S*__debug_bin\S*): no such file or directory|failed to chdir to "([^"]*)"/gi,
    build: (m, line, r) => textFinding('launch-cwd-missing', t(M.cwdMissing, { path: m[1] ?? m[2] ?? '' }), [line], launchFixes(r, 'cwd', t(M.cwdFix))),
  },
  {
    re: /The 'processId'(?: or 'waitFor')? attribute is missing in debug configuration|could not attach to pid (\d+): no such process/gi,
    build: (m, line, r) => {
      const detail = m[1] ? t(M.processMissing, { pid: m[1] }) : t(M.processAttributeMissing);
      return textFinding('attach-process-missing', detail, [line], launchFixes(r, 'processId', t(M.processFix)));
    },
  },
  {
    // (Linux's ptrace_scope wording, debugger_linux.go, is its finding module's: findings/linux/linux-ptrace-scope.ts.)
    re: /could not attach to pid (\d+): (?:operation not permitted|current user does not own the process)/gi,
    build: (m, line, r) => textFinding('attach-permission-denied', t(M.attachDenied, { pid: m[1] ?? '?' }), [line], fx.offMac(r.platform) ? [fx.ptraceFix()] : fx.permissionFixes()),
  },
  {
    // DELVE_DEBUGSERVER_PATH is used as-is, unchecked (delve pkg/proc/gdbserial/gdbserver.go, GROUND_TRUTH §2).
    re: /fork\/exec (\S*\/debugserver): no such file or directory/gi,
    build: (m, line, r) => textFinding('debugserver-path-invalid', t(M.debugserverPath, { path: m[1] ?? '' }), [line], [
      fx.removeLaunchAttribute(r.launchIndex, 'env', '"DELVE_DEBUGSERVER_PATH" from "env"'),
      { kind: 'edit', title: t(M.debugserverPathSettings), edit: { file: 'settings.json', path: ['go.toolsEnvVars', 'DELVE_DEBUGSERVER_PATH'], remove: true } },
    ]),
  },
  {
    re: /Failed to attach: no debugger found/gi,
    build: (_m, line) => textFinding('attach-remote-no-target', t(M.remoteNoTarget), [line], [manual(t(M.remoteFix))]),
  },
  {
    // ld under a translated parent (vscode-go#1087, golang/go#44186): "building for macOS-x86_64 but attempting to link with file built for unknown-arm64".
    re: /building for (macOS-\w+) but attempting to link with file built for ([\w-]+)/gi,
    build: (m, line) => textFinding('build-cgo-arch-mismatch', t(M.cgoArch, { detail: `${m[1] ?? ''} / ${m[2] ?? ''}` }), [line], [manual(t(M.cgoFix))]),
  },
];

/** Off macOS a missing or failing stub is lldb-server (backend "lldb"): its fixes, never the Mac's. */
export function lldbServerOffMac(line: string, r: Resolved) {
  if (!fx.offMac(r.platform)) return undefined;
  return textFinding('lldb-server-missing', t(M.lldbServerMissing), [line], [fx.removeLaunchAttribute(r.launchIndex, 'backend', '"backend"'), manual(t(M.lldbServerInstall))]);
}

/** `backend unavailable` means a missing stub; which one depends on the backend asked for and the system. */
export function backendUnavailable(line: string, r: Resolved) {
  if (r.launch.backend === 'rr') return textFinding('launch-rr-missing', t(M.rrMissing), [line], launchFixes(r, 'backend', t(M.rrFix)));
  return lldbServerOffMac(line, r);
}
