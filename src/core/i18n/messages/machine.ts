/** Messages about which machine a diagnosis is of, when that changes between diagnoses (src/core/present/machineChange.ts). */
import { messages } from '../index';

export const MACHINE = messages({
  nowLive: {
    en: 'This diagnosis is of this machine: the previous one replayed the snapshot {before}, and goLldbDoctor.replaySnapshot no longer names it.',
    zh: '本次诊断的是本机：上一次诊断重放的是快照 {before}，而 goLldbDoctor.replaySnapshot 已不再指向它。',
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
