/** The self-test command's id (package.json), apart from its module so that offering it loads nothing. */
export const SELFTEST_COMMAND = 'goLldbDoctor.selftest';
