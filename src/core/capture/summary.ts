/**
 * What a snapshot folder holds, as Markdown for the user to read before attaching it (the VS Code export opens it;
 * the CLI's `snapshot` prints it). Computed from the folder as written, read back through the one reader (issue 16
 * item 4), never from what capture meant to write: every file with its size and what of it is kept (./fileKept.ts,
 * the allow-list table capture used), then machine.json's environment keys, settings, launch attributes and
 * commands. Every name is shown with its control characters escaped, in a code span no backtick can close.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { t } from '../i18n';
import { SNAP } from '../i18n/messages/snapshot';
import { readBounded } from '../io/read';
import { readMachineJson, type MachineJson } from '../snapfile/machineJson';
import { escapeControl } from '../text';
import { rootFileKept } from './fileKept';

interface Entry {
  rel: string;
  full: string;
  size: number;
  link?: string;
}

function filesOf(dir: string): Entry[] {
  const out: Entry[] = [];
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const full = path.join(d, e.name);
      const rel = path.relative(dir, full);
      if (e.isSymbolicLink()) out.push({ rel, full, size: 0, link: fs.readlinkSync(full) });
      else if (e.isDirectory()) walk(full);
      else out.push({ rel, full, size: fs.lstatSync(full).size });
    }
  };
  walk(dir);
  return out;
}

/** A Markdown code span of `s` with control characters escaped, fenced by more backticks than `s` holds in a row. */
function code(s: string): string {
  const e = escapeControl(s);
  const run = Math.max(0, ...[...e.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(run + 1);
  const pad = e.startsWith('`') || e.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${e}${pad}${fence}`;
}

function list(items: string[]): string[] {
  return items.length ? items.map((x) => `- ${x}`) : [`- ${t(SNAP.summaryNone)}`];
}

const keysOf = (v: unknown): string[] => (v && typeof v === 'object' && !Array.isArray(v) ? Object.keys(v) : []);

/** Each configuration kept: its name and the attributes it holds (env keys by name). */
function launchLines(m: MachineJson | undefined): string[] {
  const v = m?.vscode;
  let configs: unknown[] = v?.launch ? [v.launch] : [];
  if (v?.launchJson !== undefined) {
    const parsed = parseJsonTextLoose(v.launchJson);
    configs = Array.isArray(parsed) ? parsed : [];
  }
  return list(configs.map((c) => {
    const o = (c && typeof c === 'object' ? c : {}) as Record<string, unknown>;
    const keys = [...keysOf(o).map(code), ...keysOf(o.env).map((k) => `env.${code(k)}`)];
    return t(SNAP.summaryLaunchConfig, { name: code(typeof o.name === 'string' ? o.name : ''), keys: keys.join(', ') });
  }));
}

function parseJsonTextLoose(text: string): unknown {
  try {
    return (JSON.parse(text) as { configurations?: unknown }).configurations;
  } catch {
    return undefined;
  }
}

function fileLine(f: Entry, machine: MachineJson | undefined, machineError: string | undefined): string {
  if (f.link !== undefined) return `${code(f.rel)}: ${t(SNAP.keptSymlink, { target: code(f.link) })}`;
  const head = `${code(f.rel)} (${f.size})`;
  if (f.rel === 'machine.json') return `${head}: ${machineError ? t(SNAP.keptUnreadable, { error: escapeControl(machineError) }) : t(SNAP.keptMachine)}`;
  const parts = f.rel.split(path.sep);
  if (parts[0] !== 'root') return `${head}: ${t(SNAP.keptUnknown)}`;
  return `${head}: ${rootFileKept(f.full, `/${parts.slice(1).join('/')}`, machine?.kept ?? {}, code)}`;
}

/** The summary of the snapshot folder `dir`, read back from it. */
export function snapshotSummary(dir: string): string {
  const files = filesOf(dir);
  const bytes = files.reduce((n, f) => n + f.size, 0);
  const text = readBounded(path.join(dir, 'machine.json'), 'machineJson', { noFollow: true });
  const read = text.ok ? readMachineJson(text.value, 'machine.json') : { ok: false as const, error: text.message };
  const machine = read.ok ? read.machine : undefined;
  const settings = machine?.vscode?.settings ?? {};
  const lines = [
    `# ${t(SNAP.summaryTitle, { dir: code(dir) })}`, '', t(SNAP.summaryIntro), '',
    `## ${t(SNAP.summaryFiles, { count: files.filter((f) => f.link === undefined).length, bytes })}`, '',
    ...list(files.map((f) => fileLine(f, machine, read.ok ? undefined : read.error))), '',
    `## ${t(SNAP.summaryEnv)}`, '', ...list(Object.keys(machine?.env ?? {}).map(code)), '',
    `## ${t(SNAP.summarySettings)}`, '',
    ...list(Object.entries(settings).map(([k, v]) => (keysOf(v).length ? `${code(k)}: ${keysOf(v).map(code).join(', ')}` : code(k)))), '',
    `## ${t(SNAP.summaryLaunch)}`, '', ...launchLines(machine), '',
    `## ${t(SNAP.summaryCommands)}`, '', ...list((machine?.commands ?? []).map((c) => code(c.argv.join(' ')))), '',
  ];
  return lines.join('\n');
}
