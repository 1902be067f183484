/** Messages of the bounded reader, the confined writer and the process runner (src/core/io). */
import { messages } from '../index';

export const IO = messages({
  notRegular: { en: '{path}: is {kind|a}, not a regular file', zh: '{path}：是{kind}，不是普通文件' },
  isDirectory: { en: '{path}: is a directory, not a file', zh: '{path}：是目录，不是文件' },
  textCut: {
    en: 'explain: {what} is longer than {max} bytes; only the first {max} bytes were read',
    zh: 'explain：{what}超过 {max} 字节；只读取了前 {max} 字节',
  },
  stdin: { en: 'standard input', zh: '标准输入' },
  theArguments: { en: 'the text given as arguments', zh: '作为参数给出的文本' },
  tooLarge: { en: '{path}: larger than {max} bytes (the limit for {what|a})', zh: '{path}：超过 {max} 字节（{what}的上限）' },
  cannotRead: { en: '{path}: cannot read ({code})', zh: '{path}：无法读取（{code}）' },
  symlinkRefused: { en: '{path}: is a symbolic link, which is not followed here', zh: '{path}：是符号链接，此处不跟随' },
  cannotWrite: { en: '{path}: cannot write ({code})', zh: '{path}：无法写入（{code}）' },
  outNotEmpty: { en: '{path}: the folder exists and is not empty', zh: '{path}：文件夹已存在且不为空' },
  outIsFile: { en: '{path}: exists and is not a folder', zh: '{path}：已存在且不是文件夹' },
  kindFifo: { en: 'FIFO (named pipe)', zh: 'FIFO（命名管道）' },
  kindCharDevice: { en: 'character device', zh: '字符设备' },
  kindBlockDevice: { en: 'block device', zh: '块设备' },
  kindSocket: { en: 'socket', zh: '套接字' },
  kindOther: { en: 'special file', zh: '特殊文件' },
});
