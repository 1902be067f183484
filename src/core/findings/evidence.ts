/**
 * Evidence lines several finding modules write the same way, in the words of the report's language (issue 19 item
 * 5): a search step of a tool that was looked for, and what the finding's tool was found by. Their labels are in
 * the shared catalogue (i18n/messages/evidence.ts); the paths, reasons and results they hold are facts.
 */
import { t } from '../i18n';
import { EVIDENCE as EV } from '../i18n/messages/evidence';
import { PROBE } from '../i18n/messages/probe';
import type { SearchStep } from '../probe/machine';
import { searchResultText } from '../probe/search';

/** One step of a search (`PATH (/usr/bin): /usr/bin/dlv — absent`): its result in words (English: the code). */
export function searchLine(s: SearchStep): string {
  return t(EV.searchStep, { why: s.why, path: s.path, result: searchResultText(s.result) });
}

/** A path where nothing was (`/usr/lib/liblldb.dylib — absent`). */
export function absentLine(path: string): string {
  return t(EV.pathResult, { path, result: searchResultText('absent') });
}

/** Why a tool's path was chosen (`found by $GOPATH/bin`). */
export function foundByLine(why: string | undefined): string {
  return t(PROBE.foundBy, { why: String(why) });
}
