/**
 * debugserver-arch-mismatch: the debugserver Delve would start has no slice that runs on this Mac's CPU (lipo's
 * architectures of the file probe/darwin/stub.ts found; the slice model of arch/slices.ts). Its fix removes the
 * DELVE_DEBUGSERVER_PATH that chose it, or reinstalls the Command Line Tools.
 */
import { messages, t } from '../../i18n';
import { debugserverRunning, stubFixes } from '../debugserver';
import { defineFinding } from '../define';
import { hwName } from '../hardware';

const M = messages({
  dsNoSlice: { en: 'debugserver ({path}) has no slice that runs on {hw}.', zh: 'debugserver（{path}）没有能在 {hw} 上运行的切片。' },
});

export default defineFinding({
  code: 'debugserver-arch-mismatch',
  component: 'debugserver',
  severity: 'error',
  title: { en: 'debugserver has no slice for this CPU', zh: 'debugserver 没有适合这个 CPU 的切片' },
  texts: M,
  darwin: (x, make) => {
    const ds = debugserverRunning(x, 'no');
    if (!ds) return [];
    return [make({ detail: t(M.dsNoSlice, { path: ds.path, hw: hwName(x.host.hardware) }), evidence: ds.evidence, fixes: stubFixes(x) })];
  },
});
