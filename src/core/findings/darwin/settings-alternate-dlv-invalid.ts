/**
 * settings-alternate-dlv-invalid: go.alternateTools.dlv names a file that does not exist, is not executable or is not
 * an absolute path; vscode-go ignores it (src/utils/pathUtils.ts getBinPathWithExplanation) and starts the dlv it
 * finds elsewhere, or none. Explains dlv-not-found (report/rank.ts).
 */
import { messages, t } from '../../i18n';
import { defineFinding } from '../define';
import { q, settingsEdit } from '../fixes';

const S = messages({
  absent: { en: 'does not exist', zh: '不存在' },
  notExecutable: { en: 'is not executable', zh: '不可执行' },
  notAbsolute: { en: 'is not an absolute path', zh: '不是绝对路径' },
  altInvalid: { en: 'go.alternateTools.dlv is "{value}", which {what}. vscode-go ignores it.', zh: 'go.alternateTools.dlv 为 "{value}"，它{what}。vscode-go 会忽略它。' },
  altInvalidInstead: { en: 'go.alternateTools.dlv is "{value}", which {what}. vscode-go ignores it and starts {path} instead.', zh: 'go.alternateTools.dlv 为 "{value}"，它{what}。vscode-go 会忽略它，转而启动 {path}。' },
  removeAlt: { en: 'Remove go.alternateTools.dlv', zh: '删除 go.alternateTools.dlv' },
});

export default defineFinding({
  code: 'settings-alternate-dlv-invalid',
  component: 'settings',
  severity: 'error',
  title: { en: 'go.alternateTools.dlv points nowhere', zh: 'go.alternateTools.dlv 指向不存在的位置' },
  texts: S,
  platforms: ['darwin'],
  check: (m, make) => {
    const alt = m.dlv.alternate;
    if (!alt?.problem) return [];
    const what = t(alt.problem === 'absent' ? S.absent : alt.problem === 'not-executable' ? S.notExecutable : S.notAbsolute);
    return [make({
      detail: t(m.dlv.path ? S.altInvalidInstead : S.altInvalid, { value: alt.value, what, path: m.dlv.path ?? '' }),
      evidence: [`go.alternateTools.dlv = ${alt.value}`, `\`ls -l ${q(alt.value)}\``],
      fixes: [settingsEdit(t(S.removeAlt), ['go.alternateTools', 'dlv'], { remove: true }, alt.scope)],
    })];
  },
});
