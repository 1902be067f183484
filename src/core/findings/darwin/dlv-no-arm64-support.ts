/**
 * dlv-no-arm64-support: a Delve older than native darwin/arm64 support (Delve 1.6.0, probe/delveCompat.ts
 * FIRST_ARM64_DELVE) on Apple silicon. Before launch from its version; after F5 from "unsupported architecture …
 * only darwin/amd64 is supported" (findings/sharedTexts.ts UNSUPPORTED_ARCH; a list with arm64 in it is
 * target-arch-mismatch's).
 */
import { messages, t } from '../../i18n';
import { goarchOf } from '../../arch/names';
import { FIRST_ARM64_DELVE, compareVersions, parseVersion } from '../../probe/delveCompat';
import { defineFinding } from '../define';
import { reinstallDlv, updateDlv } from '../fixes';
import { supportedOf, UNSUPPORTED_ARCH } from '../sharedTexts';
import { EVIDENCE as EV } from '../../i18n/messages/evidence';

const A = messages({
  noArm64: { en: 'Delve {version} predates native darwin/arm64 support (Delve {first}).', zh: 'Delve {version} 早于原生 darwin/arm64 支持（Delve {first}）。' },
  text: { en: 'This Delve supports only {supported}: it predates Apple Silicon support (Delve 1.6.0).', zh: '这个 Delve 只支持 {supported}：它早于对 Apple Silicon 的支持（Delve 1.6.0）。' },
});

export default defineFinding({
  code: 'dlv-no-arm64-support',
  component: 'dlv',
  severity: 'error',
  title: { en: 'Delve predates Apple Silicon support', zh: 'Delve 早于 Apple 芯片支持' },
  texts: A,
  platforms: ['darwin'],
  check: (m, make) => {
    const v = parseVersion(m.dlv.version);
    const first = parseVersion(FIRST_ARM64_DELVE) as number[];
    if (m.host.hardware !== 'arm64' || !v || compareVersions(v, first) >= 0) return [];
    return [make({
      detail: t(A.noArm64, { version: String(m.dlv.version), first: FIRST_ARM64_DELVE }),
      evidence: [`Delve ${m.dlv.version} (${m.dlv.versionSource})`, t(EV.hardwareGoarch, { arch: String(goarchOf(m.host.hardware)) })],
      fixes: [reinstallDlv(m)],
    })];
  },
  dap: [
    {
      re: UNSUPPORTED_ARCH,
      build: (m, line, _r, make) => {
        const supported = supportedOf(m);
        return /arm64/i.test(supported) ? undefined : make({ detail: t(A.text, { supported: supported.trim() }), evidence: [line], fixes: [updateDlv()] });
      },
    },
  ],
});
