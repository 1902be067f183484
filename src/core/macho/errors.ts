/**
 * The catalogue of `errors[].code` values the reader produces, each with what it means in English and Simplified
 * Chinese (the message catalogue, src/core/i18n/messages/macho.ts). Every code except `read-failed` makes the file
 * `malformed`; `read-failed` (an I/O error, or snapshot bytes that were not captured) keeps the format.
 */
import { getLang, t } from '../i18n';
import { MACHO_ERRORS } from '../i18n/messages/macho';

type MachOErrorCode = keyof typeof MACHO_ERRORS;

/**
 * An error's text for a reader: its own message (the raw facts: offsets, sizes, names) in English; in Chinese,
 * what its code means first, then that message.
 */
export function errorText(e: { code: string; message: string }): string {
  const meaning = (MACHO_ERRORS as Record<string, (typeof MACHO_ERRORS)[MachOErrorCode] | undefined>)[e.code];
  return getLang() === 'zh-cn' && meaning ? `${t(meaning)}（${e.message}）` : e.message;
}
