// VS Code's display language without a language pack from the Marketplace (none can be installed offline): the
// server reads the locale from User/argv.json and resolves it through languagepacks.json in the user data folder,
// which names a translation file per language. An empty translation (every workbench string falls back to
// English) is enough for VS Code to run in zh-cn: vscode.env.language is `zh-cn`, package.nls.zh-cn.json titles
// the commands, and the extension speaks Chinese. Used as a SessionSpec `beforeStart`.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** @param {import('../../host/lib/runFolder.mjs').RunFolder} f */
export function useZhCn(f) {
  const user = path.join(f.userData, 'User');
  mkdirSync(user, { recursive: true });
  writeFileSync(path.join(user, 'argv.json'), JSON.stringify({ locale: 'zh-cn' }));
  const translation = path.join(f.dir, 'zh-cn.vscode.i18n.json');
  writeFileSync(translation, JSON.stringify({ version: '1.0.0', contents: {} }));
  const pack = { hash: 'gld-e2e', extensions: [{ extensionIdentifier: { id: 'gld-e2e.zh-cn' }, version: '1.0.0' }], translations: { vscode: translation }, label: '中文(简体)' };
  writeFileSync(path.join(f.userData, 'languagepacks.json'), JSON.stringify({ 'zh-cn': pack }));
}
