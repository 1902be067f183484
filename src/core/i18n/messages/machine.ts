/** Messages about which machine a diagnosis is of, when that changes between diagnoses (src/core/present/machineChange.ts). */
import { messages } from '../index';

export const MACHINE = messages({
  nowLive: {
    en: 'This diagnosis is of this machine: the previous one replayed the snapshot {before}, and goLldbDoctor.replaySnapshot no longer names it.',
    zh: '本次诊断的是本机：上一次诊断重放的是快照 {before}，而 goLldbDoctor.replaySnapshot 已不再指向它。',
  },
  remoteHint: {
    en: 'In this remote window ({remote}), VS Code applies goLldbDoctor.replaySnapshot reliably only from the Remote settings: a value in your User settings can stop applying at any change of configuration. To keep replaying the snapshot, put it in "Preferences: Open Remote Settings ({remote})".',
    zh: '在此远程窗口（{remote}）中，VS Code 只有从远程设置中读取 goLldbDoctor.replaySnapshot 才可靠：写在用户设置中的值可能在任何一次配置更改之后不再生效。若要继续重放该快照，请把它写到“首选项：打开远程设置（{remote}）”中。',
  },
  nowSnapshot: {
    en: 'This diagnosis replays the snapshot {now} (goLldbDoctor.replaySnapshot): the previous one was of this machine.',
    zh: '本次诊断重放的是快照 {now}（goLldbDoctor.replaySnapshot）：上一次诊断的是本机。',
  },
  otherSnapshot: {
    en: 'This diagnosis replays the snapshot {now}: the previous one replayed {before} (goLldbDoctor.replaySnapshot changed).',
    zh: '本次诊断重放的是快照 {now}：上一次重放的是 {before}（goLldbDoctor.replaySnapshot 已更改）。',
  },
});
