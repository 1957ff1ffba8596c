import type { YMD } from "../model";

/** Days before each month in a common year (the axis ignores leap days: one day in 1,461 is below a pixel). */
const CUM_DAYS = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365];
const DAYS = 365;

/**
 * A calendar point as a fractional ASTRONOMICAL year (1 BC = 0): the start of the unit it names, or with
 * `end` the end of it (the end date of a HistDate is inclusive, so "1933" ends at 1934.0).
 */
export function axisYear(d: YMD, end = false): number {
	const m = d.month;
	if (m === undefined || m < 1 || m > 12) return d.year + (end ? 1 : 0);
	const day = d.day;
	if (day === undefined) return d.year + CUM_DAYS[end ? m : m - 1] / DAYS;
	const doy = CUM_DAYS[m - 1] + Math.min(Math.max(day, 1), 31) - (end ? 0 : 1);
	return d.year + Math.min(doy, DAYS) / DAYS;
}

/** The calendar point at a fractional astronomical year (month and day, for tick labels). */
export function ymdAt(v: number): Required<YMD> {
	const year = Math.floor(v);
	const doy = Math.min(DAYS - 1, Math.max(0, Math.floor((v - year) * DAYS + 1e-6)));
	let month = 1;
	while (month < 12 && CUM_DAYS[month] <= doy) month++;
	return { year, month, day: doy - CUM_DAYS[month - 1] + 1 };
}

/** The fractional year at the start of a calendar day. */
export function dayStart(year: number, month: number, day: number): number {
	return year + (CUM_DAYS[month - 1] + day - 1) / DAYS;
}

/** How a historian writes an astronomical year: 0 -> "1 BC", -43 -> "44 BC", 79 -> "AD 79", 1933 -> "1933". */
export function historianYear(year: number): string {
	const y = Math.floor(year);
	if (y <= 0) return `${(1 - y).toLocaleString("en-US")} BC`;
	return y < 1000 ? `AD ${y}` : y >= 10_000 ? y.toLocaleString("en-US") : String(y);
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "Nov 1933", "Mar 44 BC". */
export function monthLabel(year: number, month: number): string {
	return `${MONTHS[month - 1]} ${historianYear(year)}`;
}

/** "5 Nov 1933". */
export function dayLabel(year: number, month: number, day: number): string {
	return `${day} ${monthLabel(year, month)}`;
}
