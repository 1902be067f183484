/**
 * go-too-old: the Go that builds the program is older than the Delve found supports (Delve's Go window,
 * pkg/goversion/compat.go; findings/delveWindow.ts), before launch; after F5 Delve's "Go version X is too old for
 * this version of Delve (minimum supported version Y)".
 */
import { messages, t } from '../../i18n';
import { windowFinding } from '../delveWindow';
import { defineFinding } from '../define';
import { manual, updateGo } from '../fixes';
import { EVIDENCE as EV } from '../../i18n/messages/evidence';

const D = messages({
  goTooOld: { en: 'Delve {dlv} supports Go from 1.{min}; the program is built with {go}. Delve stops with "Go version … is too old for this version of Delve".', zh: 'Delve {dlv} 从 Go 1.{min} 起才支持；程序是用 {go} 构建的。Delve 会报错停止："Go version … is too old for this version of Delve"。' },
  upgradeGo: { en: 'Upgrade Go', zh: '升级 Go' },
  upgradeGoDetail: { en: 'Install a current Go from https://go.dev/dl/.', zh: '从 https://go.dev/dl/ 安装当前版本的 Go。' },
  goTooOldGo: { en: 'Go {go} is older than this Delve supports.', zh: 'Go {go} 比这个 Delve 支持的版本更旧。' },
  goTooOldGoMin: { en: 'Go {go} is older than this Delve supports (minimum {min}).', zh: 'Go {go} 比这个 Delve 支持的版本更旧（最低 {min}）。' },
  text: { en: 'The Go the program was built with is older than this Delve supports.', zh: '构建程序所用的 Go 比这个 Delve 支持的版本更旧。' },
  goTooOldMin: { en: 'The Go the program was built with is older than this Delve supports (minimum {min}).', zh: '构建程序所用的 Go 比这个 Delve 支持的版本更旧（最低 {min}）。' },
});

export default defineFinding({
  code: 'go-too-old',
  component: 'go',
  severity: 'error',
  title: { en: 'Go is too old for this Delve', zh: 'Go 版本对这个 Delve 来说太旧' },
  texts: D,
  platforms: ['darwin'],
  check: (m, make) => windowFinding(m, make, 'go-too-old', (p) => t(D.goTooOld, p), () => [manual(t(D.upgradeGo), t(D.upgradeGoDetail))]),
  dap: [
    {
      re: /(?:go version\s+(\S+)|version of go)\s+is too old for this version of delve(?:\s*\(minimum supported version\s+([\d.]+))?/gi,
      build: (m, line, _r, make) => make({
        detail: t(m[1] ? (m[2] ? D.goTooOldGoMin : D.goTooOldGo) : m[2] ? D.goTooOldMin : D.text, { go: m[1] ?? '', min: m[2] ?? '' }),
        evidence: [line, ...(m[1] ? [t(EV.goVersion, { go: m[1] })] : [])],
        fixes: [updateGo()],
      }),
    },
  ],
});
