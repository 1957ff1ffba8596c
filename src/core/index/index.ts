export { BriefIndex } from "./brief-index";
export { TimelineSnapshot, type EventSeq } from "./snapshot";
export { PARSER_VERSION } from "./version";
export { compareEvents, compareDates } from "./order";
export { normaliseText, briefMatches, hasTag, inFolder } from "./filter";
export { repathBrief } from "./repath";
export { verdictOf, rawHasPublishKey, publishKeysOf, hasPublishKey } from "./candidate";
export type { IndexFilter, IndexQueries, IndexMutations, IndexStats } from "./types";
