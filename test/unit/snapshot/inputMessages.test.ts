/** The errors of a launch.json or settings.json given to a diagnosis speak the catalogue's language (issue 17 §5). */
import { strict as assert } from 'node:assert';
import { getLang, setLang } from '../../../src/core/i18n';
import { parseSettings } from '../../../src/core/replay/input';
import { pickLaunchConfig } from '../../../src/core/launch/configs';

describe('snapshot input: launch.json / settings.json errors from the catalogue', () => {
  const saved = getLang();
  afterEach(() => setLang(saved));
  const launch = '{\n  "configurations": [\n    { "name": "A", "type": "go" }\n  ]\n}\n';

  it('in English, the same words as before the catalogue', () => {
    setLang('en');
    const named = pickLaunchConfig(launch, 'launch.json', 'B');
    assert.ok(!named.ok && /^launch\.json:\d+:\d+: no configuration named "B"$/.test(named.error), JSON.stringify(named));
    const none = pickLaunchConfig('{ "configurations": [] }', 'launch.json');
    assert.ok(!none.ok && /: no configuration$/.test(none.error), JSON.stringify(none));
    const noArray = pickLaunchConfig('{}', 'launch.json');
    assert.ok(!noArray.ok && /: no "configurations" array$/.test(noArray.error), JSON.stringify(noArray));
    const settings = parseSettings('[]', 'settings.json');
    assert.deepEqual(settings, { ok: false, error: 'settings.json:1:1: expected a JSON object' });
  });

  it('in Chinese (zh-cn), with the file, place and name kept', () => {
    setLang('zh-cn');
    const named = pickLaunchConfig(launch, 'launch.json', 'B');
    assert.ok(!named.ok && /^launch\.json:\d+:\d+：没有名为 "B" 的启动配置$/.test(named.error), JSON.stringify(named));
    const settings = parseSettings('[]', 'settings.json');
    assert.deepEqual(settings, { ok: false, error: 'settings.json:1:1：应为 JSON 对象' });
  });
});
