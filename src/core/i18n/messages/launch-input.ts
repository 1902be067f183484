/** Messages about a launch.json or settings.json text given to a diagnosis (src/core/launch/configs.ts, src/core/replay/input.ts). */
import { messages } from '../index';

export const LAUNCH_INPUT = messages({
  noConfigurationsArray: { en: '{place}: no "configurations" array', zh: '{place}：没有 "configurations" 数组' },
  noConfiguration: { en: '{place}: no configuration', zh: '{place}：没有任何启动配置' },
  noConfigurationNamed: { en: '{place}: no configuration named "{name}"', zh: '{place}：没有名为 "{name}" 的启动配置' },
  notAnObject: { en: '{place}: expected a JSON object', zh: '{place}：应为 JSON 对象' },
});
