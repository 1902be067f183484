/**
 * A component's name (report `components[].id` and `findings[].component`, stable ids in JSON) in the words of the
 * current language, for the tables and tags of the panel, the text and Markdown reports and the status bar's
 * tooltip: "host", "target", "permissions" were left English in a zh-cn report. English keeps the id itself.
 */
import { t, type Lang, type Message } from '../i18n';
import { REPORT } from '../i18n/messages/report';
import type { ComponentId } from '../report/types';

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

/** The component's name; an unknown id (a newer report) is shown as it is. */
export function componentName(id: ComponentId, lang?: Lang): string {
  const m = Object.prototype.hasOwnProperty.call(NAMES, id) ? NAMES[id] : undefined;
  return m ? t(m, undefined, lang) : String(id);
}
