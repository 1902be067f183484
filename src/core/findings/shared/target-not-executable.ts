/**
 * target-not-executable: the file Delve is asked to run is missing or is not a Mach-O executable it can load (a
 * directory, a script, a file for another OS): Delve answers "not an executable file" (GROUND_TRUTH §2). Before
 * launch on a Mac from the program's file (findings/targetExec.ts); after F5 from Delve's words.
 */
import { messages, t } from '../../i18n';
import { defineFinding } from '../define';
import { q } from '../fixes';
import { execTarget, isMachO, rebuildCmd } from '../targetExec';

const X = messages({
  targetMissing: { en: 'program is {program}, which does not exist.', zh: 'program 为 {program}，但它不存在。' },
  targetNotMacho: { en: '{program} is not a Mach-O executable ({kind}); Delve answers "not an executable file".', zh: '{program} 不是 Mach-O 可执行文件（{kind}）；Delve 会回答 "not an executable file"。' },
  rebuild: { en: 'Rebuild it for this Mac', zh: '为这台 Mac 重新构建它' },
  text: { en: 'The file Delve was asked to run is not a Mach-O executable it can load (a directory, a script, a file for another OS, or a universal binary).', zh: '要求 Delve 运行的文件不是它能加载的 Mach-O 可执行文件（可能是目录、脚本、其他操作系统的文件或通用二进制文件）。' },
  checkProgram: { en: 'Check "program" in launch.json: it must be a Go package directory or file (mode debug/auto), or a Mach-O executable (mode exec)', zh: '检查 launch.json 中的 "program"：它必须是 Go 包目录或文件（mode debug/auto），或 Mach-O 可执行文件（mode exec）' },
});

export default defineFinding({
  code: 'target-not-executable',
  component: 'target',
  severity: 'error',
  title: { en: 'The program is not an executable for this Mac', zh: '程序不是这台机器可运行的可执行文件' },
  texts: X,
  platforms: ['darwin'],
  check: (m, make) => {
    const x = execTarget(m);
    if (!x || isMachO(x.binary)) return [];
    const { program, binary: bin } = x;
    if (!bin) return [make({ detail: t(X.targetMissing, { program }), evidence: [`\`ls -l ${q(program)}\`: No such file or directory`] })];
    return [make({
      detail: t(X.targetNotMacho, { program, kind: bin.file.kind ?? bin.file.format }),
      evidence: [`\`file ${q(program)}\``],
      fixes: [{ title: t(X.rebuild), kind: 'command', command: rebuildCmd(m, program) }],
    })];
  },
  dap: [
    {
      re: /not an executable file/gi,
      build: (_m, line, _r, make) => make({ detail: t(X.text), evidence: [line], fixes: [{ kind: 'manual', title: t(X.checkProgram) }] }),
    },
  ],
});
