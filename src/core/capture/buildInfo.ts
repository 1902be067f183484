/**
 * What a snapshot keeps of Go build info (issue 16 item 3), wherever it appears: inside a binary's captured bytes
 * (Mach-O `__go_buildinfo`, ELF `.go.buildinfo`, both formats: the modinfo text sits between Go's two 16-byte
 * sentinels, found here by those sentinels) and in `go version -m` output. Module lines stay (the Delve version is
 * read from them); `build` settings keep only BUILD_SETTING_KEYS, and a flag value keeps only the words of
 * KEPT_FLAG_WORDS (`-ldflags=-X main.token=…` becomes `-ldflags=-X`). Inside a binary the text is rewritten in
 * place, padded with newlines to its length, so that every offset (and the varint before it) still holds.
 */
import { trimEndOf } from '../text/trim';
import { BUILD_SETTING_KEYS } from '../snapfile/envKeys';

/** runtime/debug's modinfo sentinels (cmd/go/internal/modload/build.go: infoStart, infoEnd). */
const INFO_START = Buffer.from('3077af0c9274080241e1c107e6d618e6', 'hex');
const INFO_END = Buffer.from('f932433186182072008242104116d8f2', 'hex');

const SETTINGS = new Set<string>(BUILD_SETTING_KEYS);
/** The go build flags a snapshot names (their values filtered word by word). */
const FLAG_NAMES = new Set(['-ldflags', '-gcflags', '-asmflags', '-tags', '-race', '-trimpath', '-mod', '-buildmode', '-a', '-v', '-x', '-asan', '-msan', '-cover', '-compiler']);
/** The words of a flag value a rule reads (macos.ts: `-linkmode external`; DWARF: -s -w -N -l -compressdwarf). */
const KEPT_FLAG_WORDS = new Set([
  '-s', '-w', '-N', '-l', 'all=-N', 'all=-l', '-X', '-linkmode', 'external', 'internal', '-linkmode=external',
  '-linkmode=internal', '-compressdwarf=false', '-compressdwarf=true', 'pie', 'exe', 'c-shared', 'c-archive', 'default',
  // boolean build settings (`build -trimpath=true`, target-trimpath)
  'true', 'false',
]);

const unquote = (w: string): string => trimEndOf(w.replace(/^['"]+/, ''), '\'"');

/** One word of a build flags string: a flag name (with its value filtered), a kept word, or nothing. */
function keptWord(word: string): string | undefined {
  const w = unquote(word);
  const eq = w.indexOf('=');
  if (w.startsWith('-') && eq > 0 && FLAG_NAMES.has(w.slice(0, eq).replace(/^--/, '-'))) {
    const inner = keptFlagWords(unquote(w.slice(eq + 1)));
    return `${w.slice(0, eq)}=${inner}`;
  }
  return FLAG_NAMES.has(w) || KEPT_FLAG_WORDS.has(w) ? w : undefined;
}

/** A go build flags string with only the flag names and the words a rule reads (no quoting kept). */
function keptFlagWords(flags: string): string {
  return flags.split(/\s+/).map(keptWord).filter((w): w is string => Boolean(w)).join(' ');
}

/** launch.json `buildFlags` (a string or an array of strings) reduced to keptFlagWords. */
export function keptBuildFlags(v: unknown): unknown {
  if (typeof v === 'string') return keptFlagWords(v);
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string').map(keptFlagWords).filter(Boolean);
  return undefined;
}

/** A `build\tKEY=VALUE` value as Go writes it (strconv.Quote when it has spaces, tabs or quotes). */
function quoted(v: string): string {
  return /[\s"`]/.test(v) ? JSON.stringify(v) : v;
}

/** One modinfo line as kept: module lines as they are, build settings of the list (flag values filtered). */
function keptModinfoLine(line: string): string | undefined {
  const [tag, rest = ''] = line.split(/\t(.*)/s);
  if (tag === 'path' || tag === 'mod' || tag === 'dep' || tag === '=>') return line;
  if (tag !== 'build') return undefined;
  const eq = rest.indexOf('=');
  const key = eq > 0 ? rest.slice(0, eq) : '';
  if (!SETTINGS.has(key)) return undefined;
  let value = rest.slice(eq + 1);
  if (value.startsWith('"')) {
    try {
      value = String(JSON.parse(value));
    } catch {
      value = unquote(value);
    }
  }
  return `build\t${key}=${quoted(key.startsWith('-') ? keptFlagWords(value) : value)}`;
}

function keptModinfo(text: string): string {
  return text.split('\n').map(keptModinfoLine).filter((l): l is string => l !== undefined).join('\n');
}

/** `go version -m FILE` output: the first line, then the kept modinfo lines (each after its tab). */
export function keptGoVersionM(out: string): string {
  const [first = '', ...rest] = out.split('\n');
  const kept = rest.map((l) => (l.startsWith('\t') ? keptModinfoLine(l.slice(1)) : undefined)).filter((l): l is string => l !== undefined);
  return [first, ...kept.map((l) => `\t${l}`)].join('\n') + '\n';
}

/**
 * Rewrites every modinfo text inside `bytes` in place (same length). A start sentinel without its end (the read
 * stopped inside the text) keeps nothing after the sentinel.
 */
export function keepBuildInfoIn(bytes: Buffer): void {
  let at = bytes.indexOf(INFO_START);
  while (at >= 0) {
    const from = at + INFO_START.length;
    const end = bytes.indexOf(INFO_END, from);
    const to = end < 0 ? bytes.length : end;
    const kept = end < 0 ? Buffer.alloc(0) : Buffer.from(keptModinfo(bytes.subarray(from, to).toString('utf8')), 'utf8');
    const fill = kept.length <= to - from ? kept : Buffer.alloc(0);
    fill.copy(bytes, from);
    bytes.fill(0x0a, from + fill.length, to);
    at = end < 0 ? -1 : bytes.indexOf(INFO_START, end + INFO_END.length);
  }
}

/** The build setting keys held in captured bytes (for the summary). */
export function buildSettingsIn(bytes: Buffer): string[] {
  const keys: string[] = [];
  let at = bytes.indexOf(INFO_START);
  while (at >= 0) {
    const end = bytes.indexOf(INFO_END, at);
    const text = bytes.subarray(at + INFO_START.length, end < 0 ? bytes.length : end).toString('utf8');
    for (const m of text.matchAll(/^build\t([^=\n]+)=/gm)) if (m[1] && !keys.includes(m[1])) keys.push(m[1]);
    at = end < 0 ? -1 : bytes.indexOf(INFO_START, end);
  }
  return keys;
}
