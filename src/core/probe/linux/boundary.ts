/**
 * What the debug chain runs inside on Linux, for the chain picture (report `host.boundary`): a container when one
 * of its markers is there (/.dockerenv, /run/.containerenv, REMOTE_CONTAINERS, CODESPACES), else a remote or VM
 * when the probing process is a VS Code server (Remote-SSH, WSL, a Linux VM); on a Linux desktop, nothing. The
 * emulator is the one a marker names (research/failure-modes.md §1.5: Rosetta first, Docker Desktop may
 * register both).
 */
import type { ChainBoundaryInfo } from '../../report/types';
import type { HostFacts } from '../machine';
import type { Emulator, LinuxFacts } from './types';

const VSCODE_SERVER = /\.vscode-(?:server|remote)|vscode-server|code-server/;

/** The emulator the markers name (Rosetta first), or undefined. */
export function emulatorOf(l: LinuxFacts): Emulator | undefined {
  const named = new Set(l.markers.map((m) => m.emulator).filter((e) => e));
  return named.has('rosetta') ? 'rosetta' : named.has('qemu') ? 'qemu' : named.has('fex') ? 'fex' : undefined;
}

export function linuxBoundary(l: LinuxFacts, host: Pick<HostFacts, 'execPath'>): ChainBoundaryInfo | undefined {
  const kind = l.container.length > 0 ? 'container' : VSCODE_SERVER.test(host.execPath ?? '') ? 'remote' : undefined;
  if (!kind) return undefined;
  const emulator = emulatorOf(l);
  return emulator ? { kind, emulator } : { kind };
}
