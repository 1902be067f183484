/** Developer mode (`DevToolsSecurity -status`) and membership of the `_developer` group (`id -Gn`). */
import type { DarwinFacts } from '../machine';
import { output, type ProbeContext } from '../context';

export async function probePermissions(ctx: ProbeContext): Promise<DarwinFacts['permissions']> {
  const [dev, groups] = await Promise.all([output(ctx, 'DevToolsSecurity', ['-status']), output(ctx, 'id', ['-Gn'])]);
  const out: DarwinFacts['permissions'] = {};
  if (dev !== undefined) {
    if (/currently enabled/i.test(dev)) out.devMode = true;
    else if (/currently disabled/i.test(dev)) out.devMode = false;
  }
  if (groups !== undefined && groups.trim()) out.developerGroup = groups.trim().split(/\s+/).includes('_developer');
  return out;
}
