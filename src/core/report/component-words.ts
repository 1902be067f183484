/**
 * A component's name and status (report `components[].id`, `findings[].component` and `components[].status`,
 * stable codes in JSON) in the words of the current language, for the tables and tags of the panel, the text and
 * Markdown reports and the status bar's tooltip: "ok / mismatch / invalid", "host", "target", "permissions" were
 * left English in a zh-cn report. English keeps the codes themselves. Here, beside the renderers, as chain-words.ts
 * is: core/present builds on core/report, not the reverse.
 */
import { t, type Lang, type Message } from '../i18n';
import { REPORT } from '../i18n/messages/report';
import type { ComponentId, ComponentStatus } from './types';

const WORDS: Record<ComponentStatus, Message> = {
  ok: REPORT.statusOk,
  mismatch: REPORT.statusMismatch,
  missing: REPORT.statusMissing,
  unreadable: REPORT.statusUnreadable,
  invalid: REPORT.statusInvalid,
  unknown: REPORT.statusUnknown,
};

const NAMES: Record<ComponentId, Message> = {
  host: REPORT.nameHost,
  vscode: REPORT.nameVscode,
  shell: REPORT.nameShell,
  go: REPORT.nameGo,
  dlv: REPORT.nameDlv,
  debugserver: REPORT.nameDebugserver,
  'lldb-server': REPORT.nameLldbServer,
  liblldb: REPORT.nameLiblldb,
  target: REPORT.nameTarget,
  launch: REPORT.nameLaunch,
  settings: REPORT.nameSettings,
  permissions: REPORT.namePermissions,
};

/** The text of `code` in `table`; an unknown code (a newer report) is shown as it is. */
function word<K extends string>(table: Record<K, Message>, code: K, lang?: Lang): string {
  const m = Object.prototype.hasOwnProperty.call(table, code) ? table[code] : undefined;
  return m ? t(m, undefined, lang) : String(code);
}

/** The status's word. */
export function componentStatusText(status: ComponentStatus, lang?: Lang): string {
  return word(WORDS, status, lang);
}

/** The component's name. */
export function componentName(id: ComponentId, lang?: Lang): string {
  return word(NAMES, id, lang);
}
