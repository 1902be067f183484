/**
 * What of one file of a written snapshot folder is kept, decided by reading the file back (issue 16 item 4): a
 * text file under root/ is checked against the allow-list of the kind capture recorded for it (./kept.ts: the
 * same table capture used), a `.sparse.json` is decoded and its Go build info checked against ./buildInfo.ts.
 * A file that no allow-list explains (a full copy, or a reduction that does not hold) is named so, never hidden.
 */
import { readBounded, SIZE_CAPS, type ProbeTextKind } from '../io/read';
import { t } from '../i18n';
import { SNAP } from '../i18n/messages/snapshot';
import { parseJsonText } from '../launch/jsonText';
import { parseSparse, SPARSE_SUFFIX } from '../snapfile/sparse';
import { buildSettingsIn, keepBuildInfoIn } from './buildInfo';
import { KEPT } from './kept';

const isKind = (k: string | undefined): k is ProbeTextKind => k !== undefined && Object.hasOwn(KEPT, k);

/** The words for a `.sparse.json` file read back. */
function sparseKept(file: string, code: (s: string) => string): string {
  const text = readBounded(file, 'sparseJson', { noFollow: true });
  if (!text.ok) return t(SNAP.keptUnreadable, { error: text.message });
  const parsed = parseJsonText(text.value, file, { jsonc: false });
  const sparse = parsed.ok ? parseSparse(parsed.value) : parsed.error;
  if (typeof sparse === 'string') return t(SNAP.keptUnreadable, { error: sparse });
  if (sparse.extents.length === 0) return t(SNAP.keptEmpty);
  let kept = 0;
  const keys: string[] = [];
  for (const e of sparse.extents) {
    kept += e.bytes.length;
    const again = Buffer.from(e.bytes);
    keepBuildInfoIn(again);
    if (!again.equals(e.bytes)) return t(SNAP.keptUnknown);
    for (const k of buildSettingsIn(e.bytes)) if (!keys.includes(k)) keys.push(k);
  }
  const words = t(SNAP.keptSparse, { kept, size: sparse.size, ranges: sparse.extents.length });
  return keys.length ? `${words}; ${t(SNAP.keptBuildInfo, { keys: keys.map(code).join(', ') })}` : words;
}

/**
 * What of `file` (machine path `machinePath` under root/) is kept: the words of its kind when its contents are
 * exactly what that kind's allow-list keeps, else "not reduced".
 */
export function rootFileKept(file: string, machinePath: string, kinds: Readonly<Record<string, string>>, code: (s: string) => string): string {
  if (file.endsWith(SPARSE_SUFFIX)) return sparseKept(file, code);
  const kind = kinds[machinePath];
  if (!isKind(kind)) return t(SNAP.keptUnknown);
  const text = readBounded(file, SIZE_CAPS[kind], { noFollow: true });
  if (!text.ok) return t(SNAP.keptUnreadable, { error: text.message });
  return KEPT[kind].keep(text.value) === text.value ? t(KEPT[kind].kept) : t(SNAP.keptUnknown);
}
