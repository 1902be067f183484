/**
 * The Delve backend a launch configuration asks for (`backend`), shared by launch-native-backend and
 * launch-unknown-backend: the backends Delve knows (delve pkg/config, service/debugger: default, native, lldb, rr;
 * anything else fails with `unknown backend "…"`) and the fix that removes the attribute.
 */
import { messages, t } from '../i18n';
import type { Machine } from '../probe/machine';
import type { EditFix } from '../report/types';
import { launchEdit } from './fixes';

export const DELVE_BACKENDS: ReadonlySet<string> = new Set(['default', 'native', 'lldb', 'rr']);

/** The fix's words; each module that uses them lists them in its texts (test/unit/i18n/catalogue.test.ts reads those). */
export const BACKEND_TEXTS = messages({
  removeBackend: { en: 'Remove "backend" (the default is lldb, i.e. debugserver)', zh: '删除 "backend"（默认是 lldb，即 debugserver）' },
});

/** Removes `backend` from the configuration in launch.json. */
export function removeBackend(m: Machine): EditFix {
  return launchEdit(t(BACKEND_TEXTS.removeBackend), m, ['backend'], { remove: true });
}
