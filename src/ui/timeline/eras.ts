import type { HistEvent, YMD } from "../../core/model";
import type { Lang } from "../../core/lang/lang";
import { gardenMessages } from "../../core/garden/messages";
import { quizMessages } from "../../core/quiz/messages";
import { uiLang } from "../../obsidian/i18n";

/** How coarse the era headers are. */
export type EraGranularity = "millennium" | "century" | "decade" | "year";

/** Finest first. */
export const GRANULARITIES: readonly EraGranularity[] = ["year", "decade", "century", "millennium"];

/** A fractional astronomical year for a calendar point: the start of the unit, or (end=true) its end. */
export function yearValue(d: YMD, end = false): number {
	const m = d.month;
	if (!end) return d.year + ((m ?? 1) - 1) / 12 + ((d.day ?? 1) - 1) / 372;
	if (m === undefined) return d.year + 1;
	if (d.day === undefined) return d.year + m / 12;
	return d.year + (m - 1) / 12 + d.day / 372;
}

/** How a historian writes an astronomical year: 0 -> "1 BC", -43 -> "44 BC", 79 -> "AD 79", 1933 -> "1933". */
export function yearLabel(year: number): string {
	const y = Math.floor(year);
	if (y <= 0) return `${1 - y} BC`;
	return y < 1000 ? `AD ${y}` : String(y);
}

function ordinal(n: number): string {
	const t = n % 100;
	if (t >= 11 && t <= 13) return `${n}th`;
	return `${n}${["th", "st", "nd", "rd"][n % 10] ?? "th"}`;
}

/**
 * The era a year belongs to, as a key that grows with time (so consecutive events share a key).
 * BCE eras count the historian's way: the 40s BC are 49..40 BC, the 1st century BC is 100..1 BC.
 */
export function eraKey(year: number, g: EraGranularity): number {
	const y = Math.floor(year);
	if (g === "year") return y;
	const bc = y <= 0;
	const n = bc ? 1 - y : y; // historian's year number
	if (g === "decade") return bc ? -Math.floor(n / 10) * 10 - 0.5 : Math.floor(n / 10) * 10;
	const size = g === "century" ? 100 : 1000;
	const ord = Math.floor((n - 1) / size) + 1;
	return bc ? -ord : ord;
}

/** The header text of an era key. */
export function eraLabel(key: number, g: EraGranularity): string {
	const lang = uiLang();
	if (lang !== "en") return localEraLabel(key, g, lang);
	if (g === "year") return yearLabel(key);
	if (g === "decade") {
		if (key < 0) {
			const d = -Math.round(key + 0.5);
			return d === 0 ? "9–1 BC" : `${d}s BC`;
		}
		return key === 0 ? "AD 1–9" : key < 1000 ? `AD ${key}s` : `${key}s`;
	}
	const word = g === "century" ? "century" : "millennium";
	if (key < 0) return `${ordinal(-key)} ${word} BC`;
	const early = g === "century" ? key <= 10 : key <= 1;
	return `${ordinal(key)} ${word}${early ? " AD" : ""}`;
}

/** Number of distinct eras the (sorted or not) years fall into. */
export function countEras(years: ArrayLike<number>, g: EraGranularity, lo = -Infinity, hi = Infinity): number {
	const seen = new Set<number>();
	for (let i = 0; i < years.length; i++) {
		const y = years[i];
		if (y >= lo && y <= hi) seen.add(eraKey(y, g));
	}
	return seen.size;
}

/**
 * Era-header granularity for the events inside the window [lo, hi]: the finest granularity that
 * either keeps about two or more events per header (at most 80 headers, at most 120 eras across the
 * window; this is what adapts to density) or leaves at most 8 eras across the window (so zooming in
 * refines sparse timelines too).
 */
export function eraGranularity(years: ArrayLike<number>, lo = -Infinity, hi = Infinity): EraGranularity {
	let count = 0;
	let min = Infinity;
	let max = -Infinity;
	for (let i = 0; i < years.length; i++) {
		const y = years[i];
		if (y < lo || y > hi) continue;
		count++;
		if (y < min) min = y;
		if (y > max) max = y;
	}
	// the window's span when it has one, else the events' own span
	const span = Math.max(1, (Number.isFinite(hi) ? hi : max + 1) - (Number.isFinite(lo) ? lo : min));
	const maxHeaders = Math.max(1, Math.min(80, Math.floor(count / 2)));
	for (const g of GRANULARITIES) {
		const slots = span / ERA_YEARS[g];
		if (slots <= 8 || (slots <= 120 && countEras(years, g, lo, hi) <= maxHeaders)) return g;
	}
	return "millennium";
}

const ERA_YEARS: Record<EraGranularity, number> = { year: 1, decade: 10, century: 100, millennium: 1000 };

export type TimelineItem = { kind: "era"; key: number; label: string } | { kind: "event"; ev: HistEvent; pos: number };

/** The list the view shows: events (already in display order) with an era header before each new era. */
export function buildItems(events: readonly HistEvent[], g: EraGranularity): TimelineItem[] {
	const items: TimelineItem[] = [];
	let last = Number.NaN;
	for (let i = 0; i < events.length; i++) {
		const ev = events[i];
		const key = eraKey(ev.date.start.year, g);
		if (key !== last) {
			items.push({ kind: "era", key, label: eraLabel(key, g) });
			last = key;
		}
		items.push({ kind: "event", ev, pos: i });
	}
	return items;
}

const MILLENNIUM: Record<Lang, (n: number, roman: string) => string> = {
	en: (n) => `${ordinal(n)} millennium`,
	fr: (n, r) => `${r}${n === 1 ? "er" : "e"} millénaire`,
	de: (n) => `${n}. Jahrtausend`,
	es: (_n, r) => `milenio ${r}`,
	pt: (_n, r) => `milénio ${r}`,
	it: (_n, r) => `${r} millennio`,
};

function roman(n: number): string {
	return ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"][n] ?? String(n);
}

/** eraLabel in the interface language: "XIXe siècle", "1930er Jahre", "44 av. J.-C.", "IIe millénaire av. J.-C.". */
function localEraLabel(key: number, g: EraGranularity, lang: Lang): string {
	const m = gardenMessages(lang);
	const bc = quizMessages(lang).bc;
	if (g === "year") {
		const y = Math.floor(key);
		return y <= 0 ? `${1 - y} ${bc}` : String(y);
	}
	if (g === "decade") {
		if (key < 0) {
			const d = -Math.round(key + 0.5);
			return `${d === 0 ? "9–1" : m.decade(d)} ${bc}`;
		}
		return key === 0 ? "1–9" : m.decade(key);
	}
	const n = Math.abs(key);
	const word = g === "century" ? m.century(n) : MILLENNIUM[lang](n, roman(n));
	return key < 0 ? `${word} ${bc}` : word;
}
