/**
 * What a snapshot folder holds, as Markdown for the user to read before attaching it (the VS Code export opens it;
 * the CLI prints it): every file with its size, the environment keys, settings and launch attributes kept, and
 * the commands recorded.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { t } from '../i18n';
import { SNAP } from '../i18n/messages/snapshot';
import type { MachineJson } from '../snapfile/machineJson';

function filesOf(dir: string): { rel: string; size: number; link?: string }[] {
  const out: { rel: string; size: number; link?: string }[] = [];
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(d, e.name);
      const rel = path.relative(dir, p);
      if (e.isSymbolicLink()) out.push({ rel, size: 0, link: fs.readlinkSync(p) });
      else if (e.isDirectory()) walk(p);
      else if (e.isFile()) out.push({ rel, size: fs.lstatSync(p).size });
    }
  };
  walk(dir);
  return out;
}

const code = (s: string): string => '`' + s.replace(/[`\r\n]/g, ' ') + '`';

function list(items: string[]): string[] {
  return items.length ? items.map((x) => `- ${x}`) : [`- ${t(SNAP.summaryNone)}`];
}

function launchLines(m: MachineJson): string[] {
  const v = m.vscode;
  if (v?.launchJson !== undefined) return list([`launchJson (${code(v.launchConfigName ?? '')}), ${v.launchJson.length} bytes`]);
  if (!v?.launch) return list([]);
  const env = v.launch.env && typeof v.launch.env === 'object' ? Object.keys(v.launch.env) : [];
  return list([...Object.keys(v.launch).map(code), ...env.map((k) => `env.${code(k)}`)]);
}

export function snapshotSummary(dir: string, machine: MachineJson): string {
  const files = filesOf(dir);
  const bytes = files.reduce((n, f) => n + f.size, 0);
  const settings = machine.vscode?.settings ?? {};
  const lines = [
    `# ${t(SNAP.summaryTitle, { dir })}`, '', t(SNAP.summaryIntro), '',
    `## ${t(SNAP.summaryFiles, { count: files.length, bytes })}`, '',
    ...list(files.map((f) => (f.link !== undefined ? `${code(f.rel)} → ${code(f.link)}` : `${code(f.rel)} (${f.size})`))), '',
    `## ${t(SNAP.summaryEnv)}`, '', ...list(Object.keys(machine.env).map(code)), '',
    `## ${t(SNAP.summarySettings)}`, '',
    ...list(Object.entries(settings).map(([k, v]) => (v && typeof v === 'object' && !Array.isArray(v) ? `${code(k)}: ${Object.keys(v).map(code).join(', ')}` : code(k)))), '',
    `## ${t(SNAP.summaryLaunch)}`, '', ...launchLines(machine), '',
    `## ${t(SNAP.summaryCommands)}`, '', ...list(machine.commands.map((c) => code(c.argv.join(' ')))), '',
  ];
  return lines.join('\n');
}
