/**
 * Snapshot replay (SNAPSHOT.md §1): a Host whose file system is `<dir>/root/` and whose commands are the records
 * of `<dir>/machine.json`. Errors loading the snapshot are one line naming the file and the place.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readMachineJson, type MachineJson } from '../snapshot/machineJson';
import { sparseSource } from '../snapshot/sparse';
import type { FsResult, Host } from './types';
import { openNodeFile, readTextNode } from './fsNode';
import { RootFs } from './rootFs';
import { replayCommand } from './replay';

export type LoadedSnapshot = { host: Host; machine: MachineJson } | { error: string };

export function loadSnapshot(dir: string): LoadedSnapshot {
  const file = path.join(dir, 'machine.json');
  let text: string;
  try {
    if (!fs.statSync(dir).isDirectory()) return { error: `${dir}: not a snapshot folder (not a directory)` };
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
    return { error: `${code === 'ENOENT' ? file : dir}: cannot read the snapshot (${code})` };
  }
  const read = readMachineJson(text, file);
  if (!read.ok) return { error: read.error };
  return { host: snapshotHost(read.machine, path.join(dir, 'root')), machine: read.machine };
}

export function snapshotHost(machine: MachineJson, root: string): Host {
  const rfs = new RootFs(root);
  const cwd = machine.vscode?.workspaceFolder;
  return {
    platform: machine.platform,
    processArch: machine.processArch,
    execPath: machine.execPath,
    env: { ...machine.env },
    cwd,
    stat: (p) => rfs.stat(p, true),
    lstat: (p) => rfs.stat(p, false),
    readlink(p): FsResult<string> {
      const r = rfs.resolve(p, false);
      if (!r.ok) return r;
      try {
        return { ok: true, value: fs.readlinkSync(r.value.real) };
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code ?? 'EINVAL';
        return { ok: false, code, message: `${code}: ${p}` };
      }
    },
    realpath(p) {
      const r = rfs.resolve(p, true);
      return r.ok ? { ok: true, value: r.value.machine } : r;
    },
    readdir: (p) => rfs.readdir(p),
    isExecutable(p) {
      const st = rfs.stat(p, true);
      return st.ok && st.value.kind === 'file' && (st.value.mode & 0o111) !== 0;
    },
    open(p) {
      const r = rfs.resolve(p, true);
      if (!r.ok) return r;
      if (r.value.sparse) return { ok: true, value: sparseSource(r.value.sparse, p) };
      return openNodeFile(r.value.real);
    },
    readText(p, maxBytes) {
      const r = rfs.resolve(p, true);
      if (!r.ok) return r;
      if (r.value.sparse) {
        const src = sparseSource(r.value.sparse, p);
        const bytes = src.read(0, Math.min(src.size, maxBytes ?? 1 << 20));
        return bytes instanceof Error ? { ok: false, code: 'ENOTCAPTURED', message: bytes.message } : { ok: true, value: Buffer.from(bytes).toString('utf8') };
      }
      return readTextNode(r.value.real, maxBytes);
    },
    run: async (argv) => replayCommand(machine.commands, argv),
  };
}
