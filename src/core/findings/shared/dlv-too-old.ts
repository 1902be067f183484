/**
 * dlv-too-old: the Delve found does not know the Go that builds the program (Delve's Go window,
 * pkg/goversion/compat.go; findings/delveWindow.ts), before launch; after F5 Delve's "Version of Delve is too old
 * for Go version X (maximum supported version Y)" (Delve ≥ 1.8 names the Go version; older releases, until 1.7, say
 * "this version of Go").
 */
import { messages, t } from '../../i18n';
import { windowFinding } from '../delveWindow';
import { defineFinding } from '../define';
import { reinstallDlv, updateDlv } from '../fixes';
import { EVIDENCE as EV } from '../../i18n/messages/evidence';

const D = messages({
  dlvTooOld: { en: 'Delve {dlv} supports Go up to 1.{max}; the program is built with {go}. Delve stops with "Version of Delve is too old for Go version …".', zh: 'Delve {dlv} 最高支持 Go 1.{max}；程序是用 {go} 构建的。Delve 会报错停止："Version of Delve is too old for Go version …"。' },
  dlvTooOldGo: { en: 'This Delve does not know Go {go}.', zh: '这个 Delve 不认识 Go {go}。' },
  dlvTooOldGoMax: { en: 'This Delve does not know Go {go} (it supports up to {max}).', zh: '这个 Delve 不认识 Go {go}（它最高支持到 {max}）。' },
  text: { en: 'This Delve does not know the Go version the program was built with.', zh: '这个 Delve 不认识构建程序所用的 Go 版本。' },
  dlvTooOldMax: { en: 'This Delve does not know the Go version the program was built with (it supports up to {max}).', zh: '这个 Delve 不认识构建程序所用的 Go 版本（它最高支持到 {max}）。' },
  evSupportsUpTo: { en: 'Delve supports up to: {max}', zh: 'Delve 最高支持：{max}' },
});

export default defineFinding({
  code: 'dlv-too-old',
  component: 'dlv',
  severity: 'error',
  title: { en: 'Delve is too old for this Go version', zh: 'Delve 对这个 Go 版本来说太旧' },
  texts: D,
  platforms: ['darwin'],
  check: (m, make) => windowFinding(m, make, 'dlv-too-old', (p) => t(D.dlvTooOld, p), () => [reinstallDlv(m)]),
  dap: [
    {
      re: /version of delve is too old for (?:go version\s+(go[\d.]*\d\w*|\d[\d.]*\d)|this version of go)(?:\s*\(maximum supported version\s+([\d.]+))?/gi,
      build: (m, line, _r, make) => make({
        detail: t(m[1] ? (m[2] ? D.dlvTooOldGoMax : D.dlvTooOldGo) : m[2] ? D.dlvTooOldMax : D.text, { go: m[1] ?? '', max: m[2] ?? '' }),
        evidence: [line, ...(m[1] ? [t(EV.goVersion, { go: m[1] })] : []), ...(m[2] ? [t(D.evSupportsUpTo, { max: m[2] })] : [])],
        fixes: [updateDlv()],
      }),
    },
  ],
});
