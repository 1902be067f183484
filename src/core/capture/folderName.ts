/** The default folder of an export (issue 19 item 7): new, dated to the minute, so it exists empty and nothing is overwritten. */
const two = (n: number): string => String(n).padStart(2, '0');

/** `go-lldb-doctor-snapshot-YYYYMMDD-HHMM` in local time; `-2`, `-3` … when `taken(name)` says a name exists. */
export function snapshotFolderName(now: Date, taken: (name: string) => boolean = () => false): string {
  const base = `go-lldb-doctor-snapshot-${now.getFullYear()}${two(now.getMonth() + 1)}${two(now.getDate())}-${two(now.getHours())}${two(now.getMinutes())}`;
  if (!taken(base)) return base;
  for (let i = 2; i < 100; i++) if (!taken(`${base}-${i}`)) return `${base}-${i}`;
  return `${base}-${now.getSeconds()}${now.getMilliseconds()}`;
}
