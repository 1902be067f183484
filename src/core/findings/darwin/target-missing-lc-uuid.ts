/**
 * target-missing-lc-uuid: macOS ≥ 26 refuses to start a program without an LC_UUID load command, and the program
 * to debug has none (an exec-mode binary), or the Go that builds it (< 1.24, internal linking) writes none
 * (golang/go#68678; Go 1.24 release notes). Before launch from the program's load commands or the Go version; after
 * F5 from dyld's "missing LC_UUID load command in …" naming a file that is not dlv.
 */
import { messages, t } from '../../i18n';
import type { DarwinMachine } from '../../probe/machine';
import { builds } from '../../probe/target';
import type { Finding } from '../../report/types';
import { defineFinding, type Make } from '../define';
import { manual, q } from '../fixes';
import { atLeast, below, MISSING_LC_UUID, namesDlv, noUuid } from '../macosVersions';
import { EVIDENCE as EV } from '../../i18n/messages/evidence';

const M = messages({
  targetNoUuid: {
    en: 'macOS {os} refuses to start programs without an LC_UUID load command, and {path} has none ("dyld: missing LC_UUID load command"). Go\'s internal linker writes LC_UUID only from Go 1.24.',
    zh: 'macOS {os} 拒绝启动没有 LC_UUID 加载命令的程序，而 {path} 没有（"dyld: missing LC_UUID load command"）。Go 内部链接器从 Go 1.24 起才写入 LC_UUID。',
  },
  buildNoUuid: {
    en: 'On macOS {os} the program Delve builds must have an LC_UUID load command, and {go} (the Go that builds it) writes none with its internal linker, so dyld would refuse it ("missing LC_UUID load command"). Not checked: a program that uses cgo is linked by Apple\'s ld, which writes LC_UUID.',
    zh: '在 macOS {os} 上，Delve 构建的程序必须带有 LC_UUID 加载命令，而构建它的 {go} 使用内部链接器时不会写入，因此 dyld 会拒绝它（"missing LC_UUID load command"）。未检查：使用 cgo 的程序由 Apple 的 ld 链接，会写入 LC_UUID。',
  },
  uuidBuildFix: { en: 'Build with Go 1.24 or later, or add -ldflags=-linkmode=external to buildFlags', zh: '用 Go 1.24 或更新版本构建，或在 buildFlags 中添加 -ldflags=-linkmode=external' },
  lcUuidTarget: {
    en: 'dyld refused to start {path}: it has no LC_UUID load command, which macOS 26 requires. Go\'s internal linker writes LC_UUID only from Go 1.24 (golang/go#68678).',
    zh: 'dyld 拒绝启动 {path}：它没有 LC_UUID 加载命令，而 macOS 26 要求有。Go 内部链接器从 Go 1.24 起才写入 LC_UUID（golang/go#68678）。',
  },
  lcUuidTargetFix: { en: 'Build with Go 1.24 or later, or add -ldflags=-linkmode=external to buildFlags', zh: '用 Go 1.24 或更新版本构建，或在 buildFlags 中添加 -ldflags=-linkmode=external' },
  evBuiltWith: { en: 'built with {go}', zh: '由 {go} 构建' },
});

function externalLink(m: DarwinMachine): boolean {
  const flags = m.launch.config?.buildFlags;
  const text = Array.isArray(flags) ? flags.join(' ') : typeof flags === 'string' ? flags : '';
  return /linkmode[= ]external/.test(text);
}

function check(m: DarwinMachine, make: Make): Finding[] {
  const os = m.host.osVersion;
  if (m.host.platform !== 'darwin' || !atLeast(os, '26.0')) return [];
  const tg = m.target;
  if (tg.mode === 'exec' && tg.program && noUuid(m, tg.binary)) {
    return [make({
      detail: t(M.targetNoUuid, { os: os ?? '', path: tg.program }),
      evidence: [t(EV.printsNothing, { command: `otool -l ${q(tg.program)} | grep LC_UUID` }), ...(tg.goVersion ? [t(M.evBuiltWith, { go: tg.goVersion })] : [])],
      fixes: [manual(t(M.uuidBuildFix))],
    })];
  }
  if (!builds(tg.mode) || !below(tg.goVersion, '1.24') || externalLink(m)) return [];
  // An error, not a warning: dyld refuses the binary Go ≤ 1.23's internal linker produces (issue 20 item 3).
  return [make({
    detail: t(M.buildNoUuid, { os: os ?? '', go: tg.goVersion ?? '' }),
    evidence: [t(EV.goThatBuildsWhy, { go: String(tg.goVersion), why: m.toolchain.why ?? 'go env GOVERSION' }), `macOS ${os}`],
    fixes: [manual(t(M.uuidBuildFix))],
  })];
}

export default defineFinding({
  code: 'target-missing-lc-uuid',
  component: 'target',
  severity: 'error',
  title: { en: 'The program has no LC_UUID: macOS 26 refuses to start it', zh: '程序没有 LC_UUID：macOS 26 拒绝启动它' },
  texts: M,
  darwin: check,
  dap: [
    {
      re: MISSING_LC_UUID,
      build: (m, line, r, make) => {
        const path = m[1] ?? '';
        return namesDlv(path, r) ? undefined : make({ detail: t(M.lcUuidTarget, { path: path || '?' }), evidence: [line], fixes: [{ kind: 'manual', title: t(M.lcUuidTargetFix) }] });
      },
    },
  ],
});
