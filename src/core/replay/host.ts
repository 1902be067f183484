/**
 * Snapshot replay (SNAPSHOT.md §1): a Host whose file system is `<dir>/root/` and whose commands are the records
 * of `<dir>/machine.json`. Errors loading the snapshot are one line naming the file and the place.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readMachineJson, type MachineJson } from '../snapfile/machineJson';
import { sparseSource } from '../snapfile/sparse';
import type { FsResult, Host } from '../host/types';
import { openNodeFile, readTextNode } from '../host/fsNode';
import { SIZE_CAPS } from '../io/read';
import { t } from '../i18n';
import { IO } from '../i18n/messages/io';
import { SNAP } from '../i18n/messages/snapshot';
import { RootFs } from './rootFs';
import { replayCommand } from './commands';

export type LoadedSnapshot = { host: Host; machine: MachineJson } | { error: string };

export function loadSnapshot(dir: string): LoadedSnapshot {
  const file = path.join(dir, 'machine.json');
  const st = fs.statSync(dir, { throwIfNoEntry: false });
  if (!st) return { error: t(SNAP.cannotReadSnapshot, { path: dir, code: 'ENOENT' }) };
  if (!st.isDirectory()) return { error: t(SNAP.notAFolder, { path: dir }) };
  const root = path.join(dir, 'root');
  if (fs.lstatSync(root, { throwIfNoEntry: false })?.isSymbolicLink()) return { error: t(IO.symlinkRefused, { path: root }) };
  const text = readTextNode(file, 'machineJson', { noFollow: true });
  if (!text.ok) return { error: text.message };
  const read = readMachineJson(text.value, file);
  if (!read.ok) return { error: read.error };
  return { host: snapshotHost(read.machine, root), machine: read.machine };
}

/** The Host of a read machine.json whose file system is `root`. */
function snapshotHost(machine: MachineJson, root: string): Host {
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
      return openNodeFile(r.value.real, { noFollow: true });
    },
    readText(p, limit) {
      const r = rfs.resolve(p, true);
      if (!r.ok) return r;
      if (r.value.sparse) {
        const src = sparseSource(r.value.sparse, p);
        const bytes = src.read(0, Math.min(src.size, typeof limit === 'number' ? limit : SIZE_CAPS[limit ?? 'text']));
        return bytes instanceof Error ? { ok: false, code: 'ENOTCAPTURED', message: bytes.message } : { ok: true, value: Buffer.from(bytes).toString('utf8') };
      }
      return readTextNode(r.value.real, limit, { noFollow: true });
    },
    run: async (argv) => replayCommand(machine.commands, argv),
  };
}
