/**
 * launch-native-backend: `"backend": "native"` on macOS. Delve's native backend exists on macOS only in builds with
 * the macnative tag (delve pkg/proc/native/nonative_darwin.go); every normal build answers "native backend disabled
 * during compilation" (GROUND_TRUTH §2). Before F5 a check of launch.json; after F5 Delve's text.
 */
import { messages, t } from '../../i18n';
import { defineFinding } from '../define';
import { removeLaunchAttribute } from '../fixes';
import { BACKEND_TEXTS, removeBackend } from '../launchBackend';
import { EVIDENCE as EV } from '../../i18n/messages/evidence';

const P = messages({
  preflight: { en: 'The native backend exists on macOS only in Delve builds with the macnative tag; every normal build answers "native backend disabled during compilation".', zh: '在 macOS 上，只有带 macnative 标签构建的 Delve 才有 native 后端；所有普通构建都会回答 "native backend disabled during compilation"。' },
  delve: { en: 'launch.json asks for `"backend": "native"`. Delve builds for macOS have no native backend (it exists only with the macnative build tag); the default backend on macOS is lldb (debugserver).', zh: 'launch.json 要求 `"backend": "native"`。macOS 版 Delve 没有 native 后端（只有使用 macnative 构建标签时才有）；macOS 上的默认后端是 lldb（debugserver）。' },
});

export default defineFinding({
  code: 'launch-native-backend',
  component: 'launch',
  severity: 'error',
  title: { en: 'backend "native" does not exist in Delve builds for macOS', zh: 'macOS 版 Delve 没有 "native" 后端' },
  texts: { ...P, ...BACKEND_TEXTS },
  platforms: ['darwin'],
  check: (m, make) => {
    if (m.launch.backend !== 'native' || m.host.platform !== 'darwin') return [];
    return [make({ detail: t(P.preflight), evidence: [`configurations[${m.launch.index}].backend = "native"`], fixes: [removeBackend(m)] })];
  },
  dap: [
    {
      re: /native backend disabled during compilation/gi,
      build: (_m, line, r, make) => make({
        detail: t(P.delve),
        evidence: [line, ...(r.launch.backend ? [t(EV.launchRequest, { what: `backend=${r.launch.backend}` })] : [])],
        fixes: [removeLaunchAttribute(r.launchIndex, 'backend', '"backend": "native"')],
      }),
    },
  ],
});
