/** The history date engine: public API. */
export type { DateMatch, DateReader, FindDatesOptions } from "./types";
export { findDates } from "./find";
export { createDateReader } from "./reader";
export { compareHistDates } from "./compare";
export { formatHistDate, formatYear } from "./format";
export { parseDateLabel } from "./label";
export { hasDateCandidate } from "./fastpath";
