/**
 * Version of everything that turns a note into a Brief (core/brief + core/dates). Bump it whenever
 * their output changes: persistent parse caches keyed with an older version are ignored.
 */
export const PARSER_VERSION = 9;
