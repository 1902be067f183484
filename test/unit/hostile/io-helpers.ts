/** Shared by the hostile-input tests of the reader, writer and snapshots: a CLI runner and a snapshot maker. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../../src/cli/main';
import type { Io } from '../../../src/cli/io';
import { SNAPSHOTS } from '../diagnose/helpers';

export async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (s) => (out += s), err: (s) => (err += s), isTTY: false };
  const code = await main(args, io);
  return { code, out, err };
}

const made: string[] = [];
export function tmpDir(prefix = 'hostile-'): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(d);
  return d;
}
export function cleanTmp(): void {
  for (const d of made.splice(0)) fs.rmSync(d, { recursive: true, force: true });
}

/** A copy of a fixture snapshot (machine.json edited by `edit`), to be made hostile. */
export function copySnapshot(name: string, edit: (m: Record<string, unknown>) => void = () => {}): string {
  const dir = path.join(tmpDir('hostile-snap-'), name);
  fs.cpSync(path.join(SNAPSHOTS, name), dir, { recursive: true, verbatimSymlinks: true });
  const file = path.join(dir, 'machine.json');
  const m = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  edit(m);
  fs.writeFileSync(file, JSON.stringify(m, null, 2));
  return dir;
}

/** Every file under a folder, relative, with the text of each (symlinks as `-> target`). */
export function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      const rel = path.relative(dir, p);
      if (e.isSymbolicLink()) out[rel] = `-> ${fs.readlinkSync(p)}`;
      else if (e.isDirectory()) walk(p);
      else out[rel] = fs.readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}

/** Pids of living processes whose command line holds `marker` as one argument (a zombie's reads empty). */
export function pidsWith(marker: string): number[] {
  const out: number[] = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const argv = fs.readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0');
      if (argv.includes(marker)) out.push(Number(name));
    } catch {
      // the process ended meanwhile
    }
  }
  return out;
}
