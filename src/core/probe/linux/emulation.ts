/**
 * Where an emulator shows from inside the guest: binfmt_misc entries (in a VM; rarely mounted in a container),
 * and the executables of PID 1, of the parent and of this thread. qemu-user fakes `/proc/self/exe` for the
 * emulated process, so that link is not read; `/proc/thread-self/exe` and other processes' links are real.
 */
import type { ProbeContext } from '../context';
import { BINFMT_DIR as BINFMT, LINUX_PROBE_PATHS } from './paths';
import type { Emulator, EmulationMarker, LinuxFacts } from './types';

function emulatorOf(text: string): Emulator | undefined {
  if (/rosetta/i.test(text)) return 'rosetta';
  if (/qemu/i.test(text)) return 'qemu';
  if (/fex/i.test(text)) return 'fex';
  return undefined;
}

function marker(source: string, value: string): EmulationMarker {
  const e = emulatorOf(value);
  return e ? { source, value, emulator: e } : { source, value };
}

function binfmtMarkers(ctx: ProbeContext): EmulationMarker[] {
  const dir = ctx.host.readdir(BINFMT);
  if (!dir.ok) return [];
  const out: EmulationMarker[] = [];
  for (const name of dir.value.filter((n) => emulatorOf(n)).slice(0, 16)) {
    const t = ctx.host.readText(`${BINFMT}/${name}`, 'binfmt');
    if (!t.ok || !/^enabled/m.test(t.value)) continue;
    const interp = /^interpreter\s+(\S+)/m.exec(t.value)?.[1] ?? name;
    out.push(marker(`${BINFMT}/${name}`, interp));
  }
  return out;
}

/** The parent's PID from /proc/self/status (`PPid:`). */
function parentPid(status: string | undefined): number | undefined {
  const m = /^PPid:\s*(\d+)/m.exec(status ?? '');
  const n = m ? Number(m[1]) : NaN;
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

export function probeEmulation(ctx: ProbeContext, facts: LinuxFacts, status: string | undefined): void {
  const markers = binfmtMarkers(ctx);
  const ppid = parentPid(status);
  const links = LINUX_PROBE_PATHS.links.filter((l) => !l.includes('<ppid>') || (ppid && ppid !== 1)).map((l) => l.replace('<ppid>', String(ppid)));
  for (const link of links) {
    const r = ctx.host.readlink(link);
    if (r.ok) markers.push(marker(link, r.value.replace(/ \(deleted\)$/, '')));
  }
  facts.markers = markers;
}
