/** Ordering and grouping of events for the timeline page (astronomical years: 1 BC = 0). */
import type { Lang } from "../lang/lang";
import { bcLabel, gardenMessages } from "./messages";
import type { HistEvent, Precision } from "../model";

const RANK: Record<Precision, number> = { millennium: 0, century: 1, decade: 2, year: 3, season: 4, month: 5, day: 6 };

/** Chronological, stable: start (year, month, day), coarse precision first, brief path, line. */
export function compareEvents(a: HistEvent, b: HistEvent): number {
	const sa = a.date.start;
	const sb = b.date.start;
	return (
		sa.year - sb.year ||
		(sa.month ?? 0) - (sb.month ?? 0) ||
		(sa.day ?? 0) - (sb.day ?? 0) ||
		RANK[a.date.precision] - RANK[b.date.precision] ||
		(a.briefPath < b.briefPath ? -1 : a.briefPath > b.briefPath ? 1 : 0) ||
		a.source.line - b.source.line
	);
}

export type Grouping = "year" | "decade" | "century";

/** Year headings for a short span, decades up to two centuries, centuries beyond. */
export function chooseGrouping(events: HistEvent[]): Grouping {
	if (!events.length) return "year";
	let min = Infinity;
	let max = -Infinity;
	for (const e of events) {
		min = Math.min(min, e.date.start.year);
		max = Math.max(max, e.date.start.year);
	}
	const span = max - min;
	return span <= 20 ? "year" : span <= 200 ? "decade" : "century";
}

/** "44 BC" for -43, "1933" for 1933. */
export function yearLabel(year: number): string {
	return year <= 0 ? `${1 - year} BC` : String(year);
}

function ordinal(n: number): string {
	const mod100 = n % 100;
	if (mod100 >= 11 && mod100 <= 13) return `${n}th`;
	return `${n}${["th", "st", "nd", "rd"][n % 10] ?? "th"}`;
}

/** The heading an event goes under; events with the same heading are consecutive in time order. */
export function groupLabel(year: number, grouping: Grouping, lang: Lang = "en"): string {
	if (lang !== "en") return localGroupLabel(year, grouping, lang);
	if (grouping === "year") return yearLabel(year);
	if (year <= 0) {
		const bc = 1 - year;
		if (grouping === "century") return `${ordinal(Math.ceil(bc / 100))} century BC`;
		const d = Math.floor(bc / 10) * 10;
		return d === 0 ? "1–9 BC" : `${d}s BC`;
	}
	if (grouping === "century") return `${ordinal(Math.ceil(year / 100))} century`;
	const d = Math.floor(year / 10) * 10;
	return d === 0 ? "AD 1–9" : `${d}s`;
}

/** groupLabel in another language: "XIXe siècle", "1930er Jahre", "años 1930", "44 av. J.-C.". */
function localGroupLabel(year: number, grouping: Grouping, lang: Lang): string {
	const m = gardenMessages(lang);
	const bc = year <= 0 ? 1 - year : 0;
	const suffix = (s: string): string => (bc ? `${s} ${bcLabel(0, lang).replace(/^0 /, "")}` : s);
	const y = bc || year;
	if (grouping === "year") return bc ? bcLabel(bc, lang) : String(year);
	if (grouping === "century") return suffix(m.century(Math.ceil(y / 100)));
	const d = Math.floor(y / 10) * 10;
	return suffix(d === 0 ? "1–9" : m.decade(d));
}
