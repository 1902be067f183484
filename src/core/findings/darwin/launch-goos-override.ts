/**
 * launch-goos-override: the launch configuration (its env, else its envFile) sets GOOS to another system than
 * macOS: the program dlv builds cannot run here. A check of launch.json on macOS.
 */
import { messages, t } from '../../i18n';
import { defineFinding } from '../define';
import { launchOverride, OVERRIDE_TEXTS } from '../envOverride';

const P = messages({
  launchGoos: { en: 'The launch configuration sets GOOS={value}: the program is built for {value} and cannot run on macOS.', zh: '启动配置设置了 GOOS={value}：程序是为 {value} 构建的，无法在 macOS 上运行。' },
});

export default defineFinding({
  code: 'launch-goos-override',
  component: 'launch',
  severity: 'error',
  title: { en: 'launch.json sets GOOS to another system', zh: 'launch.json 把 GOOS 设成了另一个系统' },
  texts: { ...P, ...OVERRIDE_TEXTS },
  platforms: ['darwin'],
  check: (m, make) => launchOverride(m, make, 'GOOS', (v) => v !== 'darwin', (value) => t(P.launchGoos, { value })),
});
