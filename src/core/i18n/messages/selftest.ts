/** Messages of the debugging self-test (src/core/selftest, `go-lldb-doctor selftest`, "Go: Test Debugging"). */
import { messages } from '../index';

/** The stages, in the order F5 goes through them (one label each). */
export const SELFTEST_STAGE = messages({
  spawn: { en: 'Start dlv', zh: '启动 dlv' },
  listen: { en: 'dlv listens', zh: 'dlv 开始监听' },
  connect: { en: 'Connect to dlv', zh: '连接 dlv' },
  initialize: { en: 'Initialize the session', zh: '初始化调试会话' },
  launch: { en: 'Build and launch the program', zh: '构建并启动程序' },
  breakpoint: { en: 'Set a breakpoint', zh: '设置断点' },
  stopped: { en: 'Stop at the breakpoint', zh: '在断点处停下' },
  variables: { en: 'Read a local variable', zh: '读取局部变量' },
  disconnect: { en: 'End the session', zh: '结束调试会话' },
});

export const SELFTEST = messages({
  title: { en: 'Debugging self-test', zh: '调试自检' },
  passed: { en: 'Debugging works: every stage passed in {ms} ms.', zh: '调试正常：所有阶段均通过，共 {ms} 毫秒。' },
  failedAt: { en: 'Debugging breaks at “{stage}”: {reason}', zh: '调试在“{stage}”阶段失败：{reason}' },
  couldNotRun: { en: 'The self-test could not run: {reason}', zh: '自检无法运行：{reason}' },
  untrusted: {
    en: 'The self-test does not run in an untrusted workspace: it would run the go and dlv this workspace chooses.',
    zh: '自检不会在不受信任的工作区中运行：它会运行此工作区所选的 go 和 dlv。',
  },
  noDlv: { en: 'no dlv where vscode-go looks for it', zh: '在 vscode-go 查找的位置没有找到 dlv' },
  noTemp: { en: 'cannot create a temporary folder ({error})', zh: '无法创建临时文件夹（{error}）' },
  spawnFailed: { en: 'dlv could not start: {error}', zh: 'dlv 无法启动：{error}' },
  exited: { en: 'dlv ended ({how}) before this stage finished', zh: 'dlv 在此阶段完成前结束了（{how}）' },
  noListen: { en: 'dlv printed no listen line within {ms} ms', zh: 'dlv 在 {ms} 毫秒内没有输出监听行' },
  accepted: {
    en: 'dlv accepted {ms} ms after its listen line (vscode-go waits {limit} ms)',
    zh: 'dlv 在输出监听行后 {ms} 毫秒接受了连接（vscode-go 等待 {limit} 毫秒）',
  },
  acceptedLate: {
    en: 'dlv accepted {ms} ms after its listen line, but vscode-go waits only {limit} ms: F5 fails with “connection timeout”',
    zh: 'dlv 在输出监听行后 {ms} 毫秒才接受连接，而 vscode-go 只等待 {limit} 毫秒：F5 会因“connection timeout”失败',
  },
  notAccepted: {
    en: 'nothing accepted a connection at {address} within {ms} ms (vscode-go waits {limit} ms: “connection timeout”)',
    zh: '{ms} 毫秒内 {address} 没有接受连接（vscode-go 等待 {limit} 毫秒：“connection timeout”）',
  },
  remote: {
    en: 'the configuration sets port {port}: vscode-go connects to {address} and starts no dlv',
    zh: '该配置设置了端口 {port}：vscode-go 会连接 {address}，不会启动 dlv',
  },
  requestFailed: { en: '{command} failed: {message}', zh: '{command} 失败：{message}' },
  noAnswer: { en: 'no answer within {ms} ms', zh: '{ms} 毫秒内没有应答' },
  unverified: { en: 'the breakpoint at {place} was not verified: {message}', zh: '{place} 处的断点未被验证：{message}' },
  notStopped: { en: 'the program did not stop at {place} ({why})', zh: '程序没有在 {place} 处停下（{why}）' },
  wrongValue: { en: 'the local variable {name} reads {value}, not {expected}', zh: '局部变量 {name} 的值为 {value}，而不是 {expected}' },
  valueRead: { en: '{name} = {value}', zh: '{name} = {value}' },
  budget: { en: 'the self-test used up its {ms} ms', zh: '自检用完了 {ms} 毫秒的时限' },
  progress: { en: 'Testing debugging: {stage}…', zh: '正在测试调试：{stage}…' },
  offer: { en: 'Test Debugging', zh: '测试调试' },
  stageHeader: { en: 'Stage', zh: '阶段' },
  pickConfig: { en: 'The launch configuration to test debugging with', zh: '用于测试调试的启动配置' },
});
