/**
 * debugserver-arch-mismatch: the debugserver Delve would start has no slice that runs on this Mac's CPU (lipo's
 * architectures of the file probe/darwin/stub.ts found; the slice model of arch/slices.ts). Its fix removes the
 * DELVE_DEBUGSERVER_PATH that chose it, or reinstalls the Command Line Tools.
 */
import { messages, t } from '../../i18n';
import { archList } from '../../arch/names';
import { onMachine } from '../../platforms';
import { stubFixes } from '../debugserver';
import { defineFinding } from '../define';
import { lipo } from '../fixes';
import { hwName } from '../hardware';
import { foundByLine } from '../evidence';

const M = messages({
  dsNoSlice: { en: 'debugserver ({path}) has no slice that runs on {hw}.', zh: 'debugserver（{path}）没有能在 {hw} 上运行的切片。' },
});

export default defineFinding({
  code: 'debugserver-arch-mismatch',
  component: 'debugserver',
  severity: 'error',
  title: { en: 'debugserver has no slice for this CPU', zh: 'debugserver 没有适合这个 CPU 的切片' },
  texts: M,
  platforms: ['darwin'],
  check: (m, make) => onMachine(m, {
    linux: () => [],
    darwin: (x) => {
      const s = x.darwin.stub;
      const bin = s.binary;
      if (s.kind !== 'debugserver' || !bin || !s.run || !s.path || s.run.how !== 'no') return [];
      const evidence = [`${s.path}: ${archList(bin.archs)} (\`${lipo(s.path)}\`)`, foundByLine(s.why)];
      return [make({ detail: t(M.dsNoSlice, { path: s.path, hw: hwName(x.host.hardware) }), evidence, fixes: stubFixes(x) })];
    },
  }),
});
