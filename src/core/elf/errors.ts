/**
 * The catalogue of `errors[].code` values the ELF reader produces, each with what it means in English and
 * Simplified Chinese (the message catalogue, src/core/i18n/messages/elf.ts). Every code except `read-failed` makes
 * the file `malformed`; `read-failed` (an I/O error, or snapshot bytes that were not captured) keeps the format.
 */
import { getLang, t } from '../i18n';
import { ELF_ERRORS } from '../i18n/messages/elf';

/** An error's text: its own message (offsets, sizes) in English; in Chinese, what its code means first. */
export function elfErrorText(e: { code: string; message: string }): string {
  const meaning = (ELF_ERRORS as Record<string, (typeof ELF_ERRORS)[keyof typeof ELF_ERRORS] | undefined>)[e.code];
  return getLang() === 'zh-cn' && meaning ? `${t(meaning)}（${e.message}）` : e.message;
}
