/** Delve's own error strings (GROUND_TRUTH §2), all of which follow `could not launch process: ` on launch. */
import { t } from '../i18n';
import { DAP_DELVE as D } from '../i18n/messages/dap-delve';
import type { TextRule } from './rule';
import { hwEvidence } from './rule';
import { textFinding } from './finding';
import * as fx from './fixes';
import { stubExited } from './rules-stub';
import { backendUnavailable, lldbServerOffMac } from './rules-launch';
import { ROSETTA, shellRosetta } from '../findings/sharedTexts';

export const DELVE_RULES: TextRule[] = [
  {
    re: /debugserver or lldb-server not found(?::?\s*install x?code'?s command line tools or lldb-server)?|\bbackend unavailable\b/gi,
    build: (_m, line, r) =>
      backendUnavailable(line, r) ??
      textFinding(
        'debugserver-not-found',
        t(D.dsNotFound),
        [line],
        [fx.xcodeSelectInstall()],
      ),
  },
  {
    re: /exec:\s*"?lldb-server"?:\s*executable file not found in \$PATH/gi,
    build: (_m, line, r) =>
      lldbServerOffMac(line, r) ??
      textFinding(
        'lldb-server-not-found',
        t(D.lldbServerOnly),
        [line],
        [fx.updateDlv(), fx.xcodeSelectInstall()],
      ),
  },
  {
    // The same words as dlv-translated's rule (findings/darwin/dlv-translated.ts), which answers for dlv itself.
    re: ROSETTA,
    build: (m, line, r) =>
      shellRosetta(m)
        ? textFinding(
          'shell-translated',
          t(D.shellTranslated),
          [line, ...hwEvidence(r)],
          [...fx.rosettaFixes(), { kind: 'manual', title: t(D.terminalRosetta) }],
        )
        : undefined,
  },
  ...stubExited,
  {
    re: /native backend disabled during compilation/gi,
    build: (_m, line, r) =>
      textFinding(
        'launch-native-backend',
        t(D.nativeBackend),
        [line, ...(r.launch.backend ? [`launch request: backend=${r.launch.backend}`] : [])],
        [fx.removeLaunchAttribute(r.launchIndex, 'backend', '"backend": "native"')],
      ),
  },
  {
    re: /unknown backend "?([^"\s]*)"?/gi,
    build: (m, line, r) =>
      textFinding(
        'launch-unknown-backend',
        t(D.unknownBackend, { b: m[1] ?? '' }),
        [line],
        [fx.removeLaunchAttribute(r.launchIndex, 'backend', `"backend": "${m[1] ?? ''}"`)],
      ),
  },
  {
    // `could not open debug info - debuggee must not be built with 'go run' …` has its own wording (findings/shared/target-no-debug-info.ts).
    re: /decoding dwarf section \w+ at offset 0x[0-9a-f]+:\s*too short|could not read debug info|could not open debug info(?! - debuggee)/gi,
    build: (_m, line) =>
      textFinding(
        'target-no-debug-info',
        t(D.noDwarf),
        [line],
        [
          { kind: 'manual', title: t(D.removeStrip) },
          fx.updateGo(),
        ],
      ),
  },
  {
    re: /could not launch process:\s*EOF\b/gi,
    build: (_m, line, r) =>
      lldbServerOffMac(line, r) ??
      textFinding(
        'debugserver-broken',
        t(D.eof),
        [line],
        [{ kind: 'manual', title: t(D.updateClt) }, fx.xcodeSelectInstall(), fx.updateDlv()],
      ),
  },
];
