/** Historians' labels for HistDates: "44 BC", "c. 1150", "1930s", "Nov 1933", "1933–1939", "19th century". */
import type { HistDate, YMD } from "../model";
import { MONTH_ABBR, daysInMonth, formatYear, groupDigits, ordinalSuffix } from "./calendar";
import { qualifierOf } from "./patterns";
import type { Lang } from "../lang/lang";
import { formatHistDateIn } from "./lang/format";

export { formatYear };

/** One calendar point at the precision its fields give: "16 Nov 1933", "Nov 1933", "1933", "15 Mar 44 BC". */
export function formatPoint(p: YMD): string {
	const y = formatYear(p.year);
	if (p.month === undefined) return y;
	const m = MONTH_ABBR[p.month - 1];
	return p.day === undefined ? `${m} ${y}` : `${p.day} ${m} ${y}`;
}

function samePoint(a: YMD, b: YMD): boolean {
	return a.year === b.year && a.month === b.month && a.day === b.day;
}

function eraName(k: number): string {
	return k >= 0 ? ordinalSuffix(k + 1) : ordinalSuffix(-k);
}

function qualified(q: string | null, body: string, hyphen: boolean): string {
	if (!q) return body;
	return q === "mid" && hyphen ? `mid-${body}` : `${q} ${body}`;
}

/** Decade, "1800s"-style and ordinal century/millennium labels; null when the span is none of those. */
function periodLabel(d: HistDate): string | null {
	const s = d.start.year;
	const e = d.end.year;
	if (d.precision === "decade") {
		const ce = Math.floor(s / 10) * 10;
		const q = s > 0 ? qualifierOf(s, e, ce, 10) : undefined;
		if (q !== undefined) return qualified(q, `${ce}s`, true);
		// BC decade: astronomical [1-(D+9), 1-D]
		const bcBase = s - ((((s - 2) % 10) + 10) % 10);
		const q2 = qualifierOf(s, e, bcBase, 10);
		if (q2 !== undefined && bcBase <= 0) return qualified(q2, `${-bcBase - 8}s BC`, true);
		return null;
	}
	const size = d.precision === "millennium" ? 1000 : 100;
	const k = Math.floor((s - 1) / size);
	const q = qualifierOf(s, e, size * k + 1, size);
	if (q !== undefined) {
		const word = size === 1000 ? "millennium" : "century";
		return qualified(q, `${eraName(k)} ${word}${k < 0 ? " BC" : ""}`, true);
	}
	if (size === 100 && s >= 100 && s !== 2000) {
		const base = Math.floor(s / 100) * 100;
		const q2 = qualifierOf(s, e, base, 100);
		if (q2 !== undefined) return qualified(q2, `${base}s`, true);
	}
	return null;
}

const SEASONS: Record<number, string> = { 3: "spring", 6: "summer", 9: "autumn", 12: "winter" };
const Q_MONTHS: Record<string, string> = { "1-4": "early", "5-8": "mid", "9-12": "late" };

function rangeLabel(a: YMD, b: YMD): string {
	if (a.month === undefined && b.month === undefined) {
		if (a.year > 0) return `${formatYear(a.year)}–${formatYear(b.year)}`;
		if (b.year <= 0) return `${groupDigits(1 - a.year)}–${formatYear(b.year)}`;
		return `${formatYear(a.year)} – AD ${b.year}`;
	}
	if (
		a.year === b.year &&
		a.day === undefined &&
		b.day === undefined &&
		a.month !== undefined &&
		b.month !== undefined
	) {
		return `${MONTH_ABBR[a.month - 1]}–${formatPoint(b)}`;
	}
	if (a.year === b.year && a.month === b.month && a.day !== undefined && b.day !== undefined) {
		return `${a.day}–${formatPoint(b)}`;
	}
	const right = b.year > 0 && a.year <= 0 && b.month === undefined ? `AD ${b.year}` : formatPoint(b);
	return `${formatPoint(a)} – ${right}`;
}

/**
 * The label of a HistDate; parseDateLabel(formatHistDate(d)) gives d back. With `lang` ("fr", "de", "es",
 * "pt", "it") the label is in that language ("7 août 1914", "XIXe siècle") and findDates(label, { lang })
 * reads it back; absent or "en": the English label.
 */
export function formatHistDate(d: HistDate, opts?: { lang?: Lang }): string {
	const lang = opts?.lang;
	if (lang && lang !== "en") return formatHistDateIn(d, lang);
	const { start: a, end: b } = d;
	const c = d.approximate ? "c. " : "";
	if (d.precision === "decade" || d.precision === "century" || d.precision === "millennium") {
		const p = periodLabel(d);
		if (p !== null) {
			const implied = /^(early|mid|late)/.test(p);
			return implied ? p : c + p;
		}
		return c + rangeLabel({ year: a.year }, { year: b.year });
	}
	if (d.precision === "season" && a.month !== undefined) {
		const name = SEASONS[a.month];
		if (name && a.month === 12 && a.year > 0 && b.year === a.year + 1) {
			const next =
				Math.floor(a.year / 100) === Math.floor(b.year / 100)
					? String(b.year % 100).padStart(2, "0")
					: String(b.year);
			return `winter ${a.year}–${next}`;
		}
		if (name) return `${name} ${formatYear(a.year)}`;
	}
	if (d.precision === "year" && a.year === b.year && a.month !== undefined && b.month !== undefined) {
		const q = Q_MONTHS[`${a.month}-${b.month}`];
		if (q) return `${q === "mid" ? "mid-" : `${q} `}${formatYear(a.year)}`;
	}
	if (
		d.precision === "month" &&
		a.day !== undefined &&
		b.day !== undefined &&
		a.year === b.year &&
		a.month === b.month &&
		a.month !== undefined
	) {
		const last = daysInMonth(a.year, a.month);
		const q =
			a.day === 1 && b.day === 10
				? "early"
				: a.day === 11 && b.day === 20
					? "mid"
					: a.day === 21 && b.day === last
						? "late"
						: "";
		if (q) return `${q} ${MONTH_ABBR[a.month - 1]} ${formatYear(a.year)}`;
	}
	if (samePoint(a, b)) return c + formatPoint(a);
	return c + rangeLabel(a, b);
}

/**
 * The label a reader sees: "Mar 1914?" when the year (or era) was not written with the event but inferred
 * (issue 16); the plain label otherwise. `formatHistDate` stays the round-trip label.
 */
export function shownLabel(
	d: Pick<HistDate, "label" | "inferred" | "text">,
	convention: EraConvention = "auto",
): string {
	const label = conventionLabel(d.label, d.text, convention);
	return d.inferred ? `${label}?` : label;
}

/** How eras are written: as the note wrote them ("auto"), or always BC/AD, or always BCE/CE (issue 16). */
export type EraConvention = "auto" | "bc-ad" | "bce-ce";

const WRITES_BCE = /\b(?:BCE|B\.C\.E\.?|CE|C\.E\.)(?![\p{L}])/u;

/**
 * A label in an era convention: "44 BC" ↔ "44 BCE", "AD 79" ↔ "79 CE", "5th century BC" ↔ "5th century BCE".
 * "auto" keeps the note's own: BCE/CE when the date was written that way ("46 BCE"), BC/AD otherwise.
 */
export function conventionLabel(label: string, written: string, convention: EraConvention = "auto"): string {
	const bce = convention === "bce-ce" || (convention === "auto" && WRITES_BCE.test(written));
	if (!bce) return label;
	return label.replace(/\bAD (\d[\d,]*)/g, "$1 CE").replace(/\bBC\b/g, "BCE");
}

/** Why a shown label has its "?": "Year inferred: year from an earlier sentence". Undefined when nothing was inferred. */
export function inferredNote(d: Pick<HistDate, "inferred" | "inferredFrom">): string | undefined {
	if (!d.inferred) return undefined;
	return `Year inferred: ${d.inferredFrom ?? "not written with the event"}`;
}
