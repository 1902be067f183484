/**
 * THE allow-list of a snapshot, one entry per kind of text file a probe reads (issue 16 item 3): what capture keeps
 * of the file (`keep`) and how the summary names what is kept (`kept`). An allow-list, not a scrub: every part not
 * named here is dropped, so a secret in a part nobody reads (containerEnv.DATABASE_PASSWORD, Dockerfile
 * `ENV API_TOKEN=…`) never reaches the folder. The table is a Record over ProbeTextKind, so a probe that reads a
 * new kind of file does not compile until the kind has its entry. Line-oriented kinds keep line numbers (a dropped
 * line becomes empty) so that a finding's `line` replays the same.
 */
import type { ProbeTextKind } from '../io/read';
import type { Message } from '../i18n';
import { SNAP } from '../i18n/messages/snapshot';
import { parseJsonc } from '../launch';
import { parseEnvFile } from '../probe/launch';
import { keptEnv } from './keptEnv';
import { trimEndOf } from '../text/trim';

export interface KeptPart {
  /** What a snapshot holds of a file of this kind, from its full text. */
  keep(text: string): string;
  /** The summary's words for what is kept. */
  kept: Message;
}

/** A run of final newlines as one (a backward scan: `/\n+$/` is quadratic on a long run that is not at the end). */
const oneFinalNewline = (s: string): string => (s.endsWith('\n') ? `${trimEndOf(s, '\n')}\n` : s);

const lines = (text: string, keepLine: (line: string) => boolean): string =>
  oneFinalNewline(text.split(/\r?\n/).map((l) => (keepLine(l) ? l : '')).join('\n'));

const only = (text: string, re: RegExp): string => text.split(/\r?\n/).filter((l) => re.test(l)).map((l) => `${l}\n`).join('');

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const strings = (v: unknown): string[] | undefined => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined);

/** runArgs flags the devcontainer probe reads (platform, capabilities, seccomp, privileged), with their values. */
const RUN_FLAGS = ['--platform', '--cap-add', '--security-opt', '--privileged'];

/**
 * runArgs keeps its length: an element the probe does not read becomes null, so the platform flag keeps the index
 * the devcontainer probe and its edit name (issue 16 item 8: edits go to the real index) in a replay too.
 */
function keptRunArgs(args: readonly unknown[]): (string | null)[] {
  const out: (string | null)[] = args.map(() => null);
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (typeof a !== 'string') continue;
    const flag = RUN_FLAGS.find((f) => a === f || a.startsWith(`${f}=`));
    if (!flag) continue;
    out[i] = a;
    const next = args[i + 1];
    if (a === flag && flag !== '--privileged' && typeof next === 'string') out[++i] = next;
  }
  return out;
}

/** devcontainer.json: the keys the devcontainer probe reads (and compose/Dockerfile discovery), nothing else. */
function keptDevcontainer(text: string): string {
  const { value, errors } = parseJsonc(text);
  if (errors[0] || !isObject(value)) return '';
  const v = value;
  const out: Record<string, unknown> = {};
  for (const k of ['image', 'dockerFile', 'service', 'remoteUser', 'containerUser', 'privileged', 'dockerComposeFile'] as const) {
    const x = v[k];
    if (typeof x === 'string' || typeof x === 'boolean' || (k === 'dockerComposeFile' && strings(x))) out[k] = Array.isArray(x) ? strings(x) : x;
  }
  for (const k of ['capAdd', 'securityOpt'] as const) if (strings(v[k])) out[k] = strings(v[k]);
  if (Array.isArray(v.runArgs)) out.runArgs = keptRunArgs(v.runArgs);
  if (isObject(v.build)) {
    const b: Record<string, unknown> = {};
    for (const k of ['dockerfile', 'context', 'target'] as const) if (typeof v.build[k] === 'string') b[k] = v.build[k];
    out.build = b;
  }
  for (const k of ['containerEnv', 'remoteEnv'] as const) if (isObject(v[k])) out[k] = keptEnv(v[k]);
  return JSON.stringify(out, null, 2) + '\n';
}

/** A compose file: `services:`, each service's name and its `platform:` (issue 16: the platform only). */
function keptCompose(text: string): string {
  let inServices = false;
  let serviceIndent = -1;
  let keyIndent = -1;
  const out = text.split(/\r?\n/).map((l) => {
    const m = /^( *)([\w.-]+):(.*)$/.exec(l);
    if (!m) return '';
    const indent = (m[1] ?? '').length;
    const key = m[2] ?? '';
    if (indent === 0) {
      inServices = key === 'services';
      serviceIndent = keyIndent = -1;
      return inServices ? 'services:' : '';
    }
    if (!inServices) return '';
    if (serviceIndent < 0 || indent <= serviceIndent) {
      serviceIndent = indent;
      keyIndent = -1;
      return `${m[1]}${key}:`;
    }
    if (keyIndent < 0) keyIndent = indent;
    const platform = /^\s*(["']?[\w./-]+["']?)\s*(?:#.*)?$/.exec(m[3] ?? '')?.[1];
    return indent === keyIndent && key === 'platform' && platform ? `${m[1]}platform: ${platform}` : '';
  });
  return oneFinalNewline(out.join('\n'));
}

/**
 * A Dockerfile: what the platform reader (probe/linux/dockerfile.ts) needs of it and nothing else: the `# escape=`
 * directive, every FROM instruction with its continuation lines, and the global `ARG` lines (before the first FROM)
 * whose name a FROM line uses. Every other line (ENV, RUN, build-stage ARGs with their values) becomes empty.
 */
function keptDockerfile(text: string): string {
  const src = text.split(/\r?\n/);
  const esc = /^#\s*escape\s*=\s*`\s*$/i.test(src.find((l) => l.trim() !== '') ?? '') ? '`' : '\\';
  const keep = src.map(() => false);
  let firstFrom = -1;
  let fromText = '';
  for (let i = 0; i < src.length; i++) {
    if (!/^\s*FROM\s/i.test(src[i] as string)) continue;
    if (firstFrom < 0) firstFrom = i;
    for (let j = i; j < src.length; j++) {
      keep[j] = true;
      fromText += ` ${src[j] as string}`;
      if (!(src[j] as string).trimEnd().endsWith(esc)) break;
    }
  }
  const used = new Set([...fromText.matchAll(/\$\{?([A-Z_]\w*)/gi)].map((m) => m[1]));
  for (let i = 0; i < (firstFrom < 0 ? 0 : firstFrom); i++) {
    const l = src[i] as string;
    const arg = /^\s*ARG\s+([A-Z_]\w*)/i.exec(l)?.[1];
    if ((arg && used.has(arg)) || /^#\s*escape\s*=/i.test(l.trim())) keep[i] = true;
  }
  return oneFinalNewline(src.map((l, i) => (keep[i] ? l : '')).join('\n'));
}

/** Info.plist: CFBundleVersion only (stub.ts frameworkVersion). */
function keptPlist(text: string): string {
  const v = /<key>CFBundleVersion<\/key>\s*<string>(\d+(?:\.\d+)*)<\/string>/.exec(text)?.[1];
  return `<plist><dict>${v ? `<key>CFBundleVersion</key><string>${v}</string>` : ''}</dict></plist>\n`;
}

export const KEPT: Record<ProbeTextKind, KeptPart> = {
  envFile: { keep: (t) => Object.entries(keptEnv(parseEnvFile(t))).map(([k, v]) => `${k}=${v}\n`).join(''), kept: SNAP.keptEnvFile },
  goMod: { keep: (t) => lines(t, (l) => /^\s*(?:go|toolchain)\s+\S+\s*$/.test(l)), kept: SNAP.keptGoMod },
  plist: { keep: keptPlist, kept: SNAP.keptPlist },
  devcontainer: { keep: keptDevcontainer, kept: SNAP.keptDevcontainer },
  dockerfile: { keep: keptDockerfile, kept: SNAP.keptDockerfile },
  compose: { keep: keptCompose, kept: SNAP.keptCompose },
  procStatus: { keep: (t) => only(t, /^(?:PPid|Seccomp|CapEff):\s*(?:[0-9a-fA-F]+\s*)?$|^Uid:(?:\s+\d+){1,4}\s*$/), kept: SNAP.keptProcStatus },
  binfmt: { keep: (t) => only(t, /^(?:enabled|disabled|interpreter\s+\S+)\s*$/), kept: SNAP.keptBinfmt },
  ptraceScope: { keep: (t) => only(t, /^\s*\d\s*$/).slice(0, 3), kept: SNAP.keptPtraceScope },
  osRelease: { keep: (t) => only(t, /^\d+\.[\w.+~-]*$/).split('\n')[0] + '\n', kept: SNAP.keptOsRelease },
  kernelArch: { keep: (t) => only(t, /^\w+$/).split('\n')[0] + '\n', kept: SNAP.keptKernelArch },
};

/** What capture keeps of a text file a probe read as `kind`. */
export function keptText(kind: ProbeTextKind, text: string): string {
  return KEPT[kind].keep(text);
}
