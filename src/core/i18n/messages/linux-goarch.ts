/** Messages of the Linux GOARCH rule (rules/linux/goarch.ts). */
import { messages } from '../index';

export const LINUX_GOARCH = messages({
  detail: {
    en: 'GOARCH={goarch} is set ({where}), but this Linux kernel is {kernel}: go builds, and dlv launches, {goarch|a} program the kernel cannot run natively. Delve then fails ("exec format error"), or the program runs emulated where ptrace does not work.',
    zh: '设置了 GOARCH={goarch}（{where}），但此 Linux 内核是 {kernel}：go 构建、dlv 启动的是内核无法原生运行的 {goarch} 程序。Delve 随即失败（"exec format error"），或者程序在仿真下运行，而那里 ptrace 无法工作。',
  },
  inLaunch: { en: 'the launch configuration\'s env', zh: '启动配置的 env' },
  inEnvFile: { en: 'the envFile {file}', zh: 'envFile {file}' },
  inEnv: { en: 'in the environment VS Code\'s server inherited', zh: '在 VS Code 服务器继承的环境中' },
  inGoEnv: { en: 'by `go env -w` (go env GOARCH)', zh: '通过 `go env -w`（go env GOARCH）' },
  removeLaunch: { en: 'Remove GOARCH from the launch configuration\'s env', zh: '从启动配置的 env 中删除 GOARCH' },
  removeEnvFile: { en: 'Remove GOARCH from the envFile', zh: '从 envFile 中删除 GOARCH' },
  removeTools: { en: 'Remove GOARCH from go.toolsEnvVars', zh: '从 go.toolsEnvVars 中删除 GOARCH' },
  removeDc: { en: 'Remove GOARCH from {key} in devcontainer.json, then Rebuild Container', zh: '从 devcontainer.json 的 {key} 中删除 GOARCH，然后 Rebuild Container' },
  removeExport: { en: 'Remove the GOARCH export where the container or VM sets it', zh: '在容器或虚拟机设置 GOARCH 的地方删除该 export' },
  removeExportDetail: { en: 'GOARCH={goarch} comes from the image (a Dockerfile ENV), a shell profile or the remote\'s environment: remove it there, then reconnect.', zh: 'GOARCH={goarch} 来自镜像（Dockerfile 的 ENV）、shell 配置文件或远程环境：请在那里删除它，然后重新连接。' },
  unsetGoEnv: { en: 'Remove the GOARCH that go env -w set', zh: '删除 go env -w 设置的 GOARCH' },
});
