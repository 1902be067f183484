/**
 * A diagnosis as a prefilled new GitHub issue (issue 19 item 8): the Markdown report, redacted for a public page,
 * in the `body` of a `…/issues/new` link that the user's browser opens (nothing is sent by the extension or the
 * CLI). GitHub refuses URLs much over 8 KB, so the body is cut to fit, JSON block first, then whole lines, with a
 * note that says where the whole report is. Pure; linear in the report's length.
 */
import { t } from '../i18n';
import { SHARE } from '../i18n/messages/share';
import { withoutCredentials } from '../capture/keptEnv';
import type { Report } from '../report/types';

export type IssueRepo = 'vscode-go' | 'delve';

/** Where new issues of each project are filed. */
const NEW_ISSUE_URL: Readonly<Record<IssueRepo, string>> = {
  'vscode-go': 'https://github.com/golang/vscode-go/issues/new',
  delve: 'https://github.com/go-delve/delve/issues/new',
};

/** The longest link made: GitHub answers 414 beyond about 8 KB (its URL budget), with room for a browser's own. */
const URL_BUDGET = 7800;

const PATH_CHAR = /[\w.-]/;

/** `text` with `home` (the user's home folder) as `~`, where it is a whole path prefix (not /home/al of /home/alice). */
function homeAsTilde(text: string, home: string): string {
  if (home.length < 2 || home === '/') return text;
  const parts = text.split(home);
  let out = parts[0] ?? '';
  for (let i = 1; i < parts.length; i++) {
    const rest = parts[i] ?? '';
    out += (PATH_CHAR.test(rest.charAt(0)) ? home : '~') + rest;
  }
  return out;
}

/**
 * Text for a public page: credentials in URLs as `***`, this user's home folder and any `/Users/<name>`,
 * `/home/<name>` (a replayed machine's) as `~`. The user name then appears nowhere a path shows it.
 */
function redactForSharing(text: string, home?: string): string {
  const own = home ? homeAsTilde(withoutCredentials(text), home) : withoutCredentials(text);
  return own.replace(/\/(?:Users|home)\/[^/\s"'`\\()[\]<>|*]+/g, '~');
}

/** The issue's title: the first finding's, else that nothing was found. */
export function issueTitle(report: Report): string {
  const first = report.findings[0];
  return first ? t(SHARE.issueTitle, { title: first.title.slice(0, 200) }) : t(SHARE.issueTitleOk);
}

const linkOf = (repo: IssueRepo, title: string, body: string): string =>
  `${NEW_ISSUE_URL[repo]}?title=${encodeURIComponent(title)}&body=${encodeURIComponent(body)}`;

/** The first `n` lines of `lines`, with a code fence left open by the cut closed again. */
function firstLines(lines: readonly string[], n: number): string {
  let open: string | undefined;
  for (const line of lines.slice(0, n)) {
    const fence = /^`{3,}/.exec(line)?.[0];
    if (fence && (open === undefined || fence.length >= open.length)) open = open === undefined ? fence : undefined;
  }
  const kept = lines.slice(0, n).join('\n');
  return open ? `${kept}\n${open}` : kept;
}

/** Drops the collapsible JSON report (`<details>` … `</details>`), the longest part and the one GitHub folds anyway. */
function withoutDetails(md: string): string {
  const start = md.lastIndexOf('<details>');
  const end = md.indexOf('</details>', start);
  return start >= 0 && end > start ? md.slice(0, start) + md.slice(end + '</details>'.length) : md;
}

/** The new-issue link of `markdown` (already rendered); `cut` when the body had to be shortened to fit the budget. */
export function issueLink(repo: IssueRepo, title: string, markdown: string, home?: string): { url: string; cut: boolean } {
  const body = `<!-- ${t(SHARE.intro)} -->\n\n${redactForSharing(markdown, home)}`;
  const whole = linkOf(repo, title, body);
  if (whole.length <= URL_BUDGET) return { url: whole, cut: false };
  const note = `\n\n${t(SHARE.cut)}`;
  const lines = withoutDetails(body).trimEnd().split('\n');
  // The most lines that fit (binary search: each try encodes once, so O(n log n) in the report's length).
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (linkOf(repo, title, firstLines(lines, mid) + note).length <= URL_BUDGET) lo = mid;
    else hi = mid - 1;
  }
  return { url: linkOf(repo, title, firstLines(lines, lo) + note), cut: true };
}
