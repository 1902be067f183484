/**
 * launch-unknown-attribute: an attribute that vscode-go's "go" debug type does not have (its package.json schema);
 * Delve ignores unknown keys silently, so it has no effect. The blog attributes `dlvArgs` and `dlvDapMode` get a
 * hint (GROUND_TRUTH §2, §3). A check of launch.json on macOS.
 *
 * The evidence names the attribute, not its value: the value is nothing this rule reads, and a snapshot keeps only
 * the names of unknown attributes (their values may be secrets: issue 16 item 3), so live and replay agree.
 */
import { messages, t, type Message } from '../../i18n';
import { defineFinding } from '../define';
import { launchEdit } from '../fixes';

const P = messages({
  hintDlvArgs: { en: 'vscode-go has no "dlvArgs"; flags for dlv go in "dlvFlags" (an array of strings).', zh: 'vscode-go 没有 "dlvArgs"；dlv 的参数应写在 "dlvFlags"（字符串数组）中。' },
  hintDlvDapMode: { en: 'vscode-go has no "dlvDapMode"; "debugAdapter": "dlv-dap" is already the default.', zh: 'vscode-go 没有 "dlvDapMode"；"debugAdapter": "dlv-dap" 已经是默认值。' },
  unknownAttr: { en: '"{attr}" is not an attribute of vscode-go\'s "go" debug type, and Delve ignores unknown keys silently, so it has no effect. {hint}', zh: '"{attr}" 不是 vscode-go 的 "go" 调试类型的属性，Delve 会静默忽略未知的键，所以它不起作用。{hint}' },
  removeAttr: { en: 'Remove "{attr}"', zh: '删除 "{attr}"' },
  evSets: { en: 'configurations[{index}] sets "{attr}"', zh: 'configurations[{index}] 设置了 "{attr}"' },
});

const HINTS: Record<string, Message> = { dlvArgs: P.hintDlvArgs, dlvDapMode: P.hintDlvDapMode };

export default defineFinding({
  code: 'launch-unknown-attribute',
  component: 'launch',
  severity: 'warning',
  title: { en: 'launch.json attribute that does not exist', zh: 'launch.json 中不存在的属性' },
  texts: P,
  platforms: ['darwin'],
  check: (m, make) => m.launch.unknownAttrs.map((attr) => make({
    detail: t(P.unknownAttr, { attr, hint: HINTS[attr] ? t(HINTS[attr]) : '' }).trim(),
    evidence: [t(P.evSets, { index: m.launch.index, attr })],
    fixes: [launchEdit(t(P.removeAttr, { attr }), m, [attr], { remove: true })],
  })),
});
