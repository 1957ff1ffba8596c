/** Where the shared test data lives: `../shared` beside the checkout (CI puts it there too). */
export const SHARED = new URL("../../../shared/", import.meta.url).pathname;
export const SEED_DIR = `${SHARED}fixtures/seed`;
export const SEED_BRIEF = `${SEED_DIR}/us-recognition-of-soviet-union-brief.md`;
export const DATES_TSV = `${SHARED}fixtures/dates/history-dates.tsv`;
export const CORPUS_DIR = `${SHARED}corpus`;
