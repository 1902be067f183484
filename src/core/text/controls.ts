/**
 * The characters that must never reach a terminal as they are: C0 controls (NUL…US, including ESC, BEL, CR, LF,
 * Ctrl-O), DEL, C1 controls (U+0080–U+009F, among them the 8-bit CSI and OSC), and the bidirectional overrides
 * and isolates (U+202A–U+202E, U+2066–U+2069) that make a line display in another order than it reads.
 * One definition, used by the shell quoting (which removes them) and the text escaper (which shows them).
 */
export const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

