/**
 * Evidence lines that several finding modules (or their shared helpers in src/core/findings) write: the label or the
 * words around a fact, so that a zh-cn report says them in Chinese (issue 19 item 5). The facts themselves (names,
 * paths, commands, numbers, a tool's own output) stay as they are; in English each text is the line as it always was.
 * A line only one module writes is in that module's own texts.
 */
import { messages } from '../index';

export const EVIDENCE = messages({
  /** A search step (probe/search.ts): why the path was looked at, the path, what was there (searchResultText). */
  searchStep: { en: '{why}: {path} — {result}', zh: '{why}：{path} — {result}' },
  pathResult: { en: '{path} — {result}', zh: '{path} — {result}' },
  hardware: { en: 'hardware: {arch}', zh: '硬件：{arch}' },
  hardwareInferred: { en: 'hardware: arm64 (Delve reported Rosetta, which exists only on Apple Silicon)', zh: '硬件：arm64（Delve 报告了 Rosetta，而 Rosetta 只存在于 Apple Silicon 上）' },
  hardwareGoarch: { en: 'hardware GOARCH = {arch}', zh: '硬件 GOARCH = {arch}' },
  launchRequest: { en: 'launch request: {what}', zh: '启动请求：{what}' },
  goVersion: { en: 'Go version: {go}', zh: 'Go 版本：{go}' },
  goThatBuilds: { en: 'Go that builds: {go}', zh: '构建所用的 Go：{go}' },
  goThatBuildsWhy: { en: 'Go that builds: {go} ({why})', zh: '构建所用的 Go：{go}（{why}）' },
  delveWindow: { en: 'Delve {dlv} ({source}) supports Go 1.{min} to 1.{max} (delve pkg/goversion/compat.go)', zh: 'Delve {dlv}（{source}）支持 Go 1.{min} 到 1.{max}（delve pkg/goversion/compat.go）' },
  printsNothing: { en: '`{command}` prints nothing', zh: '`{command}` 没有输出' },
  dlvPath: { en: 'dlv: {path}', zh: 'dlv：{path}' },
  runFailed: { en: 'running it failed: {error}', zh: '运行失败：{error}' },
  ranUnderRosetta: { en: '`{command}` ran (under Rosetta)', zh: '`{command}` 运行成功（在 Rosetta 下）' },
  debugserverBanner: { en: 'debugserver banner: lldb-{version} for {arch}', zh: 'debugserver 横幅：lldb-{version}，{arch}' },
});
