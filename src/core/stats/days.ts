/** Local days and weeks as whole numbers (days since 1970-01-01), so figures never depend on the machine's zone. */

export const DAY_MS = 86_400_000;

export type OffsetAt = (t: number) => number;

export const UTC: OffsetAt = () => 0;

/** The local day number of an epoch-ms time. */
export function dayOf(t: number, offsetAt: OffsetAt = UTC): number {
	const offset = offsetAt(t);
	return Math.floor((t + (Number.isFinite(offset) ? offset : 0) * 60_000) / DAY_MS);
}

/** YYYY-MM-DD of a day number. */
export function dateOf(day: number): string {
	return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The Monday-based week of a day number (day 0, 1970-01-01, was a Thursday). */
export function weekOf(day: number): number {
	return Math.floor((day + 3) / 7);
}

/** The Monday of a week, as a day number. */
export function mondayOf(week: number): number {
	return week * 7 - 3;
}

/** The running machine's time zone at a time, as minutes east of UTC (pure JavaScript Date, no host API). */
export function localOffset(t: number): number {
	return -new Date(t).getTimezoneOffset();
}
