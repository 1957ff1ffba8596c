/** Historians' labels for HistDates: "44 BC", "c. 1150", "1930s", "Nov 1933", "1933–1939", "19th century". */
import type { HistDate, YMD } from "../model";
import { MONTH_ABBR, daysInMonth, formatYear, groupDigits } from "./calendar";
import type { Lang } from "../lang/lang";
import { formatHistDateIn } from "./lang/format";
import { PLAIN, yearIn, type EraStyle } from "./format-era";
import { centuryRangeLabel, periodLabel } from "./format-period";

export { formatYear };
export type { EraStyle } from "./format-era";
export { conventionLabel, inferredNote, noteEraConvention, shownLabel, type EraConvention } from "./format-shown";
export type { LabelStyle } from "./format-shown";

/** One calendar point at the precision its fields give: "16 Nov 1933", "Nov 1933", "1933", "15 Mar 44 BC". */
export function formatPoint(p: YMD, s: EraStyle = PLAIN): string {
	const y = yearIn(p.year, s);
	if (p.month === undefined) return y;
	const m = MONTH_ABBR[p.month - 1];
	return p.day === undefined ? `${m} ${y}` : `${p.day} ${m} ${y}`;
}

function samePoint(a: YMD, b: YMD): boolean {
	return a.year === b.year && a.month === b.month && a.day === b.day;
}

const SEASONS: Record<number, string> = { 3: "spring", 6: "summer", 9: "autumn", 12: "winter" };
const Q_MONTHS: Record<string, string> = { "1-4": "early", "5-8": "mid", "9-12": "late" };

/** "1905–1940s": a range of years whose end was written as a decade keeps it (`text` is what the note wrote). */
function endsWithDecade(a: YMD, b: YMD, text: string | undefined): boolean {
	if (!text || a.month !== undefined || b.month !== undefined || b.year % 10 !== 9 || a.year <= 0) return false;
	const m = /(\d{3,4})['’]?s\s*$/.exec(text.trim());
	return !!m && Number(m[1]) === b.year - 9 && a.year < b.year - 9;
}

/** Years only: "1933–1939", "490–479 BC", "31 BC – AD 14"; "AD 43–410" / "43–410 CE" when CE years are marked. */
function yearRange(a: number, b: number, s: EraStyle): string {
	if (a > 0) {
		const bare = `${groupDigits(a)}–${groupDigits(b)}`;
		if (!s.markCE || a >= 1000) return bare;
		return s.bce ? `${bare} CE` : `AD ${bare}`;
	}
	if (b <= 0) return `${groupDigits(1 - a)}–${yearIn(b, s)}`;
	return `${yearIn(a, s)} – ${yearIn(b, { ...s, markCE: true })}`;
}

function rangeLabel(a: YMD, b: YMD, s: EraStyle, text?: string): string {
	if (a.month === undefined && b.month === undefined) {
		if (endsWithDecade(a, b, text)) return `${yearIn(a.year, s)}–${b.year - 9}s`;
		return yearRange(a.year, b.year, s);
	}
	if (a.year === b.year && a.month !== undefined && b.month !== undefined) {
		if (a.day === undefined && b.day === undefined) return `${MONTH_ABBR[a.month - 1]}–${formatPoint(b, s)}`;
		if (a.day !== undefined && b.day !== undefined) {
			// "4–18 Jun 1649", "12 Mar – 4 Jun 1649": the year once.
			if (a.month === b.month) return `${a.day}–${formatPoint(b, s)}`;
			return `${a.day} ${MONTH_ABBR[a.month - 1]} – ${formatPoint(b, s)}`;
		}
	}
	const mixed = b.year > 0 && a.year <= 0 && b.month === undefined;
	return `${formatPoint(a, s)} – ${mixed ? yearIn(b.year, { ...s, markCE: true }) : formatPoint(b, s)}`;
}

function seasonLabel(a: YMD, b: YMD, s: EraStyle): string | null {
	const name = a.month === undefined ? undefined : SEASONS[a.month];
	if (!name) return null;
	if (a.month === 12 && a.year > 0 && b.year === a.year + 1) {
		const next =
			Math.floor(a.year / 100) === Math.floor(b.year / 100)
				? String(b.year % 100).padStart(2, "0")
				: String(b.year);
		return `winter ${a.year}–${next}`;
	}
	return `${name} ${yearIn(a.year, s)}`;
}

/** "early Mar 1917", "mid Jun 1940", "late Oct 1941": thirds of a month. */
function monthPartLabel(a: YMD, b: YMD, s: EraStyle): string | null {
	if (a.day === undefined || b.day === undefined || a.year !== b.year || a.month !== b.month) return null;
	if (a.month === undefined) return null;
	const last = daysInMonth(a.year, a.month);
	const q =
		a.day === 1 && b.day === 10
			? "early"
			: a.day === 11 && b.day === 20
				? "mid"
				: a.day === 21 && b.day === last
					? "late"
					: "";
	return q ? `${q} ${MONTH_ABBR[a.month - 1]} ${yearIn(a.year, s)}` : null;
}

/** The English label in an era style (see formatHistDate). */
function englishLabel(d: HistDate, s: EraStyle): string {
	const { start: a, end: b } = d;
	const c = d.approximate ? "c. " : "";
	if (d.precision === "decade" || d.precision === "century" || d.precision === "millennium") {
		const p = periodLabel(d, s) ?? centuryRangeLabel(d, s);
		if (p !== null) return /^(early|mid|late)/.test(p) ? p : c + p;
		return c + rangeLabel({ year: a.year }, { year: b.year }, s, d.text);
	}
	if (d.precision === "season") {
		const season = seasonLabel(a, b, s);
		if (season) return season;
	}
	if (d.precision === "year" && a.year === b.year && a.month !== undefined && b.month !== undefined) {
		const q = Q_MONTHS[`${a.month}-${b.month}`];
		if (q) return `${q === "mid" ? "mid-" : `${q} `}${yearIn(a.year, s)}`;
	}
	if (d.precision === "month") {
		const part = monthPartLabel(a, b, s);
		if (part) return part;
	}
	if (samePoint(a, b)) return c + formatPoint(a, s);
	return c + rangeLabel(a, b, s, d.text);
}

/**
 * The label of a HistDate; parseDateLabel(formatHistDate(d)) gives d back. With `lang` ("fr", "de", "es",
 * "pt", "it") the label is in that language ("7 août 1914", "XIXe siècle") and findDates(label, { lang })
 * reads it back; absent or "en": the English label. `era` (English only) writes BCE/CE instead of BC/AD and
 * marks small CE years ("AD 43", "3rd century AD") — display labels, see shownLabel.
 */
export function formatHistDate(d: HistDate, opts?: { lang?: Lang; era?: EraStyle }): string {
	const lang = opts?.lang;
	if (lang && lang !== "en") return formatHistDateIn(d, lang);
	return englishLabel(d, opts?.era ?? PLAIN);
}
