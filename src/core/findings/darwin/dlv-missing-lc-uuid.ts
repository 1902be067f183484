/**
 * dlv-missing-lc-uuid: macOS ≥ 26 refuses to start a program without an LC_UUID load command (0x1b), and the dlv
 * found has none: Go's linker writes it only from Go 1.24 (delve#4162; golang/go#68678; Go 1.24 release notes). A
 * root cause: nothing after dlv runs (rules/reach.ts). Before launch from dlv's load commands; after F5 from dyld's
 * "missing LC_UUID load command in …/dlv".
 */
import { messages, t } from '../../i18n';
import { installDlvCommand } from '../../delve/install';
import { defineFinding } from '../define';
import { command, goCmd, manual, q } from '../fixes';
import { atLeast, MISSING_LC_UUID, namesDlv, noUuid } from '../macosVersions';
import { EVIDENCE as EV } from '../../i18n/messages/evidence';

const M = messages({
  dlvNoUuid: {
    en: 'macOS {os} refuses to start programs without an LC_UUID load command ("dyld: missing LC_UUID load command in {path}"), and this dlv has none: it was built with {go}, and Go\'s linker writes LC_UUID only from Go 1.24 (delve#4162).',
    zh: 'macOS {os} 拒绝启动没有 LC_UUID 加载命令的程序（"dyld: missing LC_UUID load command in {path}"），而这个 dlv 没有：它是用 {go} 构建的，Go 链接器从 Go 1.24 起才写入 LC_UUID（delve#4162）。',
  },
  uuidGoFix: { en: 'Install Go 1.24 or later, then reinstall dlv with it', zh: '安装 Go 1.24 或更新版本，然后用它重新安装 dlv' },
  lcUuidDlv: {
    en: 'dyld refused to start {path}: it has no LC_UUID load command, which macOS 26 requires. Go\'s linker writes LC_UUID only from Go 1.24, so this dlv was built with an older Go (delve#4162).',
    zh: 'dyld 拒绝启动 {path}：它没有 LC_UUID 加载命令，而 macOS 26 要求有。Go 链接器从 Go 1.24 起才写入 LC_UUID，所以这个 dlv 是用更旧的 Go 构建的（delve#4162）。',
  },
  lcUuidDlvFix: { en: 'Install Go 1.24 or later, then reinstall dlv with it', zh: '安装 Go 1.24 或更新版本，然后用它重新安装 dlv' },
  evDlvBuiltWith: { en: 'dlv built with {go}', zh: 'dlv 由 {go} 构建' },
});

export default defineFinding({
  code: 'dlv-missing-lc-uuid',
  component: 'dlv',
  severity: 'error',
  rank: 0,
  title: { en: 'dlv has no LC_UUID: macOS 26 refuses to start it', zh: 'dlv 没有 LC_UUID：macOS 26 拒绝启动它' },
  texts: M,
  darwin: (x, make) => {
    const os = x.host.osVersion;
    const dlvPath = x.dlv.path;
    if (x.host.platform !== 'darwin' || !atLeast(os, '26.0') || !dlvPath || !noUuid(x, x.dlv.binary)) return [];
    return [make({
      detail: t(M.dlvNoUuid, { os: os ?? '', path: dlvPath, go: x.dlv.builtWithGo ?? 'a Go older than 1.24' }),
      evidence: [t(EV.printsNothing, { command: `otool -l ${q(dlvPath)} | grep LC_UUID` }), `macOS ${os} (\`sw_vers -productVersion\`)`, ...(x.dlv.builtWithGo ? [t(M.evDlvBuiltWith, { go: x.dlv.builtWithGo })] : [])],
      fixes: atLeast(x.toolchain.effective ?? x.go.version, '1.24') ? [command(t(M.uuidGoFix), installDlvCommand(goCmd(x)))] : [manual(t(M.uuidGoFix))],
    })];
  },
  dap: [
    {
      re: MISSING_LC_UUID,
      build: (m, line, r, make) => {
        const path = m[1] ?? '';
        return namesDlv(path, r) ? make({ detail: t(M.lcUuidDlv, { path }), evidence: [line], fixes: [{ kind: 'manual', title: t(M.lcUuidDlvFix) }] }) : undefined;
      },
    },
  ],
});
