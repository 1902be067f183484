/**
 * Reused across diagnoses in one process: Mach-O results keyed by path + size + mtime + inode (a changed file is
 * read again), command results keyed by host and argv for a short time.
 */
import type { CommandResult, FileStat, Host } from '../host/types';
import type { MachOFile } from '../macho';

const COMMAND_TTL_MS = 10_000;

export class DiagnosisCache {
  private files = new Map<string, MachOFile>();
  private commands = new WeakMap<Host, Map<string, { at: number; result: Promise<CommandResult> }>>();

  constructor(private readonly commandTtlMs = COMMAND_TTL_MS) {}

  machO(path: string, st: FileStat, read: () => MachOFile): MachOFile {
    const key = `${path}\0${st.size}\0${st.mtimeMs}\0${st.ino}`;
    let f = this.files.get(key);
    if (!f) {
      f = read();
      this.files.set(key, f);
    }
    return f;
  }

  command(host: Host, argv: string[], exec: () => Promise<CommandResult>): Promise<CommandResult> {
    let m = this.commands.get(host);
    if (!m) {
      m = new Map();
      this.commands.set(host, m);
    }
    const key = JSON.stringify(argv);
    const hit = m.get(key);
    const now = Date.now();
    if (hit && now - hit.at < this.commandTtlMs) return hit.result;
    const result = exec();
    m.set(key, { at: now, result });
    return result;
  }

  clear(): void {
    this.files.clear();
    this.commands = new WeakMap();
  }
}
