/** Messages of applying fixes and re-running the diagnosis (VS Code layer: quick fixes, the panel's fix buttons). */
import { messages } from '../index';

export const FIXES = messages({
  refused: {
    en: 'VS Code refused the edit of {file}',
    zh: 'VS Code 拒绝了对 {file} 的修改',
  },
  unchanged: {
    en: '{file} did not change',
    zh: '{file} 没有改变',
  },
  nothingToDo: {
    en: 'nothing to change: {file} already has this fix',
    zh: '无需修改：{file} 已经包含此修复',
  },
  fileChanged: {
    en: '{file} changed while the fix was being applied; run the fix again',
    zh: '应用修复时 {file} 被改动了；请再次运行此修复',
  },
  settingNotWritten: {
    en: 'VS Code did not store {key} in the {scope} settings',
    zh: 'VS Code 没有把 {key} 写入 {scope} 设置',
  },
  settingRefused: {
    en: 'VS Code refused to write {key}: {reason}',
    zh: 'VS Code 拒绝写入 {key}：{reason}',
  },
  staleReport: {
    en: 'This button belongs to an older report; nothing was changed. Use the buttons of the current report.',
    zh: '此按钮属于较早的报告，未做任何修改。请使用当前报告中的按钮。',
  },
  noSuchFix: {
    en: 'This report has no such fix; nothing was changed.',
    zh: '此报告中没有这个修复，未做任何修改。',
  },
  diagnoseNoResult: {
    en: 'Go LLDB Doctor could not diagnose this workspace: probing the machine failed (the log has the details).',
    zh: 'Go LLDB Doctor 无法诊断此工作区：探测本机失败（详情见日志）。',
  },
  commandFailed: {
    en: 'Go LLDB Doctor: {command} failed: {reason}',
    zh: 'Go LLDB Doctor：{command} 失败：{reason}',
  },
  recordedCommand: {
    en: 'it is a command of the recorded machine (the replayed snapshot), not of this one: run it there',
    zh: '这是录制的那台机器（重放的快照）上的命令，不属于本机：请在那台机器上运行',
  },
  typed: {
    en: 'Typed in the terminal (press Enter there to run it): {title}',
    zh: '已在终端中输入（在终端按回车运行）：{title}',
  },
});
