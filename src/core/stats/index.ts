export { studyStats, DESIRED_RETENTION } from "./study-stats";
export { briefLookup, studyCardsOf } from "./cards";
export { countDays, heatmapOf, streakOf } from "./activity";
export { dueForecast, retentionByWeek } from "./progress";
export { masteryByBrief, masteryByCourse, mostMissed } from "./mastery";
export { dayOf, dateOf, weekOf, mondayOf, localOffset, DAY_MS, UTC } from "./days";
export type * from "./types";
