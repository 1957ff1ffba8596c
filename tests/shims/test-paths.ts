/**
 * Where the shared test data lives: `../shared` beside the checkout (CI puts it there too).
 * Resolved from the working directory (vitest runs from the repository root), which works in the node
 * and jsdom environments alike (jsdom's import.meta.url is not a file URL).
 */
const ROOT =
	typeof process !== "undefined"
		? process.cwd().replace(/\/$/, "")
		: new URL("../..", import.meta.url).pathname.replace(/\/$/, "");
export const SHARED = `${ROOT}/../shared/`;
export const SEED_DIR = `${SHARED}fixtures/seed`;
export const SEED_BRIEF = `${SEED_DIR}/us-recognition-of-soviet-union-brief.md`;
export const DATES_TSV = `${SHARED}fixtures/dates/history-dates.tsv`;
export const CORPUS_DIR = `${SHARED}corpus`;
