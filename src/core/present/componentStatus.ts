/**
 * A component's status (report `components[].status`, a stable code in JSON) in the words of the current language,
 * for the panel's table and the status bar's tooltip: "ok / mismatch / invalid" left English in a zh-cn panel.
 */
import { t, type Lang, type Message } from '../i18n';
import { REPORT } from '../i18n/messages/report';
import type { ComponentStatus } from '../report/types';

const WORDS: Record<ComponentStatus, Message> = {
  ok: REPORT.statusOk,
  mismatch: REPORT.statusMismatch,
  missing: REPORT.statusMissing,
  unreadable: REPORT.statusUnreadable,
  invalid: REPORT.statusInvalid,
  unknown: REPORT.statusUnknown,
};

/** The status's word; an unknown code (a newer report) is shown as it is. */
export function componentStatusText(status: ComponentStatus, lang?: Lang): string {
  const m = Object.prototype.hasOwnProperty.call(WORDS, status) ? WORDS[status] : undefined;
  return m ? t(m, undefined, lang) : String(status);
}
