/**
 * A Host that records what the probes touch: every path looked up, every byte range read, every text file read,
 * every directory listed and every command run. Capture writes exactly this into a snapshot.
 */
import type { CommandResult, FsResult, Host } from '../host/types';
import type { ProbeTextKind } from '../io/read';

export interface Recording {
  paths: Set<string>;
  reads: Map<string, { offset: number; bytes: Uint8Array }[]>;
  /** Text files read in full, with the kind of file each was read as (what capture may keep of it). */
  texts: Map<string, ProbeTextKind>;
  dirs: Set<string>;
  commands: CommandResult[];
}

export function recordingHost(inner: Host): { host: Host; rec: Recording } {
  const rec: Recording = { paths: new Set(), reads: new Map(), texts: new Map(), dirs: new Set(), commands: [] };
  const touch = <T>(p: string, r: T): T => {
    rec.paths.add(p);
    return r;
  };
  const host: Host = {
    platform: inner.platform,
    processArch: inner.processArch,
    execPath: inner.execPath,
    env: inner.env,
    cwd: inner.cwd,
    stat: (p) => touch(p, inner.stat(p)),
    lstat: (p) => touch(p, inner.lstat(p)),
    readlink: (p) => touch(p, inner.readlink(p)),
    realpath: (p) => touch(p, inner.realpath(p)),
    readdir(p) {
      rec.dirs.add(p);
      return touch(p, inner.readdir(p));
    },
    isExecutable: (p) => touch(p, inner.isExecutable(p)),
    open(p) {
      const r = touch(p, inner.open(p));
      if (!r.ok) return r;
      const src = r.value;
      const ranges = rec.reads.get(p) ?? [];
      rec.reads.set(p, ranges);
      const wrapped = {
        size: src.size,
        read(offset: number, length: number): Uint8Array | Error {
          const bytes = src.read(offset, length);
          if (!(bytes instanceof Error)) ranges.push({ offset, bytes: Uint8Array.from(bytes) });
          return bytes;
        },
        close: () => src.close(),
      };
      return { ok: true, value: wrapped } as FsResult<typeof wrapped>;
    },
    readText(p, kind) {
      rec.texts.set(p, kind);
      return touch(p, inner.readText(p, kind));
    },
    async run(argv, options) {
      const r = await inner.run(argv, options);
      rec.commands.push(r);
      return r;
    },
  };
  return { host, rec };
}
