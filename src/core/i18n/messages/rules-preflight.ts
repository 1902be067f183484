/** Texts shared by the macOS finding modules (src/core/findings/{debugserver,liblldb,hardware,fixes,delveWindow,programBuild}.ts). */
import { messages } from '../index';

export const PRE = messages({
  checkGoVersionOff: { en: 'dlvFlags has --check-go-version=false: Delve only prints "WARNING: undefined behavior - …" and goes on, with a reader that may not understand this Go\'s debug information (wrong variables, missing breakpoints).', zh: 'dlvFlags 中有 --check-go-version=false：Delve 只打印 "WARNING: undefined behavior - …" 并继续运行，而它的读取器可能无法理解这个 Go 的调试信息（变量错误、断点缺失）。' },
  whereLaunchEnv: { en: 'the launch configuration\'s "env"', zh: '启动配置的 "env"' },
  whereEnvFile: { en: 'the envFile {path}', zh: 'envFile {path}' },
  whereInherited: { en: 'the environment VS Code inherited', zh: 'VS Code 继承的环境变量' },
  removeDsLaunch: { en: 'Remove DELVE_DEBUGSERVER_PATH from the launch configuration', zh: '从启动配置中删除 DELVE_DEBUGSERVER_PATH' },
  removeDsTools: { en: 'Remove DELVE_DEBUGSERVER_PATH from go.toolsEnvVars', zh: '从 go.toolsEnvVars 中删除 DELVE_DEBUGSERVER_PATH' },
  removeDsEnvFile: { en: 'Remove DELVE_DEBUGSERVER_PATH from the envFile', zh: '从 envFile 中删除 DELVE_DEBUGSERVER_PATH' },
  removeDsShell: { en: 'Remove the DELVE_DEBUGSERVER_PATH export from your shell profile', zh: '从 shell 配置文件中删除 DELVE_DEBUGSERVER_PATH 的 export' },
  removeDsShellDetail: { en: 'Delete it from ~/.zshrc or ~/.zprofile and restart VS Code.', zh: '从 ~/.zshrc 或 ~/.zprofile 中删除它，然后重启 VS Code。' },
  reinstallClt: { en: 'Reinstall the Command Line Tools', zh: '重新安装 Command Line Tools' },
  removeCltStep: { en: 'Reinstall the Command Line Tools, step 1 of 2: remove them', zh: '重新安装 Command Line Tools，第 1 步（共 2 步）：删除它们' },
  installCltStep: { en: 'Reinstall the Command Line Tools, step 2 of 2: install them again', zh: '重新安装 Command Line Tools，第 2 步（共 2 步）：重新安装' },
  reinstallCltDetail: { en: 'sudo rm -rf /Library/Developer/CommandLineTools, then run xcode-select --install.', zh: '执行 sudo rm -rf /Library/Developer/CommandLineTools，然后运行 xcode-select --install。' },
  afterInstall: { en: 'After installing the darwin/{goarch} Go, reinstall dlv with it', zh: '安装 darwin/{goarch} 版的 Go 之后，用它重新安装 dlv' },
  reinstallDlv: { en: 'Reinstall dlv with this Go (vscode-go: "Go: Install/Update Tools")', zh: '用这个 Go 重新安装 dlv（vscode-go："Go: Install/Update Tools"）' },
  hwArm: { en: 'Apple silicon (arm64)', zh: 'Apple silicon（arm64）' },
  hwIntel: { en: 'Intel (x86_64)', zh: 'Intel（x86_64）' },
  hwUnknown: { en: 'unknown hardware', zh: '未知硬件' },
});
