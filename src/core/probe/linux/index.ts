/**
 * The Linux probes (a dev container, a Linux VM, Codespaces, Remote-SSH): the kernel's CPU, the CPU of each
 * binary in the chain, emulation and container markers, ptrace permissions and the dev container configuration.
 * File reads only (docs/SNAPSHOT.md, Linux section); no command is run here.
 */
import { nodeGoarch } from '../../arch/names';
import type { ProbeContext } from '../context';
import type { Machine } from '../machine';
import { chainBinary } from './chain';
import { probeDevcontainer } from './devcontainer';
import { probeEmulation } from './emulation';
import { probeKernel } from './kernel';
import { CONTAINER_FILES, SELF_STATUS } from './paths';
import { probePtrace } from './ptrace';
import type { ChainBinary, LinuxFacts } from './types';

export type { LinuxFacts } from './types';

const CONTAINER_ENV = ['REMOTE_CONTAINERS', 'CODESPACES'];

export function probeLinux(ctx: ProbeContext, m: Pick<Machine, 'go' | 'dlv' | 'target'>, workspaceFolder: string | undefined): LinuxFacts {
  const facts: LinuxFacts = { binaries: [], markers: [], container: [] };
  probeKernel(ctx, facts);
  const status = ctx.host.readText(SELF_STATUS, 'procStatus');
  const statusText = status.ok ? status.value : undefined;
  probeEmulation(ctx, facts, statusText);
  probePtrace(ctx, facts, statusText);
  const exec = ctx.host.execPath;
  const targetPath = m.target.mode === 'exec' ? m.target.program : undefined;
  const chain = [chainBinary(ctx, 'process', exec), chainBinary(ctx, 'go', m.go.path), chainBinary(ctx, 'dlv', m.dlv.path), chainBinary(ctx, 'target', targetPath)];
  facts.binaries = chain.filter((b): b is ChainBinary => b !== undefined);
  const self = facts.binaries.find((b) => b.role === 'process')?.goarch ?? nodeGoarch(ctx.host.processArch);
  if (self) facts.processGoarch = self;
  facts.container = [...CONTAINER_FILES.filter((p) => ctx.host.stat(p).ok), ...CONTAINER_ENV.filter((k) => ctx.host.env[k])];
  const dc = probeDevcontainer(ctx, workspaceFolder);
  if (dc) facts.devcontainer = dc;
  return facts;
}
