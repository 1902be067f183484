/** Texts of the dlv findings shared by two modules (src/core/findings/dlvArch.ts) and of rules/reach.ts. */
import { messages } from '../index';

export const RULES_DLV = messages({
  stopPointing: { en: 'Stop pointing go.alternateTools.dlv at this dlv', zh: '不再让 go.alternateTools.dlv 指向这个 dlv' },
  notReached: {
    en: '{detail} Not reached today: {cause} stops the launch before this point; it matters once that is fixed.',
    zh: '{detail} 目前不会走到这一步：{cause} 会在此之前终止启动；修复之后这一点才有影响。',
  },
  remoteOnly: {
    en: '{detail} This only affects local launches: this configuration connects to a dlv server at {host}:{port}, which runs its own build and debugger.',
    zh: '{detail} 这只影响本地启动：此配置连接到位于 {host}:{port} 的 dlv 服务器，由它自己构建和调试。',
  },
});
