/**
 * "Report on GitHub…" (issue 19 item 8): the shown diagnosis as a prefilled new issue of vscode-go or Delve (the user
 * picks), opened in the user's browser. The extension sends nothing: the report travels in the link, redacted and
 * cut to GitHub's URL budget by core/present/share.ts; when cut, the whole report goes to the clipboard.
 */
import * as os from 'node:os';
import * as vscode from 'vscode';
import { t } from '../../core/i18n';
import { SHARE } from '../../core/i18n/messages/share';
import { issueLink, issueTitle, type IssueRepo } from '../../core/present/share';
import { renderMarkdown } from '../../core/report/render';
import type { RunResult } from '../diagnosis/doctor';

interface RepoItem extends vscode.QuickPickItem {
  repo: IssueRepo;
}

/** Asks where the issue goes and opens its page; resolves with the link opened (undefined when cancelled). */
export async function reportIssue(log: vscode.LogOutputChannel, result: RunResult, notice: (text: string) => void): Promise<string | undefined> {
  const items: RepoItem[] = [
    { repo: 'vscode-go', label: 'golang/vscode-go', detail: t(SHARE.repoVscodeGo) },
    { repo: 'delve', label: 'go-delve/delve', detail: t(SHARE.repoDelve) },
  ];
  const picked = await vscode.window.showQuickPick(items, { placeHolder: t(SHARE.pickRepo), ignoreFocusOut: true });
  if (!picked) return undefined;
  const markdown = renderMarkdown(result.report);
  const { url, cut } = issueLink(picked.repo, issueTitle(result.report), markdown, os.homedir());
  if (cut) await vscode.env.clipboard.writeText(markdown);
  // The link as a string: VS Code opens a string exactly as given, while a Uri is decoded and encoded again, which
  // breaks a query holding "&", "#", "+" or "%" (microsoft/vscode#85930; ExtHostWindow.openUri, MainThreadWindow.$openUri).
  const opened = await vscode.env.openExternal(url as unknown as vscode.Uri);
  log.info(`report on GitHub: ${picked.label}, ${url.length} characters${cut ? ', cut to fit (whole report on the clipboard)' : ''}, ${opened ? 'opened' : 'not opened'}`);
  if (!opened) {
    await vscode.env.clipboard.writeText(markdown);
    notice(t(SHARE.notOpened, { url: url.slice(0, 80) }));
    return undefined;
  }
  notice(t(cut ? SHARE.openedCut : SHARE.opened, { repo: picked.label }));
  return url;
}
