export { cardIdFor, parseCardId, questionForCard, questionsByCard, withItem } from "./identity";
export { parseLog, serializeEvent, LOG_VERSION } from "./log";
export type { LogEvent, LogEventBody, ParsedLog, ReviewEvent, UndoEvent, RelinkEvent, OrphanEvent } from "./log";
export { replay, replayLogs, dueCards, dueCount, mastery, compareEvents } from "./replay";
export type { CardRef, CardState, DeviceLog, ReplayResult } from "./replay";
export { relink, relinkEvents, itemSimilarity, linkItemsOf } from "./relink";
export type { LinkItem, RelinkResult } from "./relink";
export { createScheduler, gradeFor, AGAIN, HARD, GOOD, EASY } from "./scheduler";
export type { Memory, MemoryPhase, ReviewGrade, Scheduler, SchedulerOptions } from "./scheduler";
