/** Period labels: decades ("1930s", "440s BC"), centuries and millennia, alone or as ranges ("15th–16th centuries"). */
import type { HistDate } from "../model";
import { ordinalSuffix } from "./calendar";
import { qualifierOf, qualifierSpan } from "./patterns";
import { periodEra, type EraStyle } from "./format-era";

function eraName(k: number): string {
	return k >= 0 ? ordinalSuffix(k + 1) : ordinalSuffix(-k);
}

function qualified(q: string | null, body: string, hyphen: boolean): string {
	if (!q) return body;
	return q === "mid" && hyphen ? `mid-${body}` : `${q} ${body}`;
}

/** Decade, "1800s"-style and ordinal century/millennium labels; null when the span is none of those. */
export function periodLabel(d: HistDate, st: EraStyle): string | null {
	const s = d.start.year;
	const e = d.end.year;
	if (d.precision === "decade") {
		const ce = Math.floor(s / 10) * 10;
		const q = s > 0 ? qualifierOf(s, e, ce, 10) : undefined;
		if (q !== undefined) return qualified(q, `${ce}s${periodEra(false, e, st)}`, true);
		// BC decade: astronomical [1-(D+9), 1-D]
		const bcBase = s - ((((s - 2) % 10) + 10) % 10);
		const q2 = qualifierOf(s, e, bcBase, 10);
		if (q2 !== undefined && bcBase <= 0) return qualified(q2, `${-bcBase - 8}s${periodEra(true, e, st)}`, true);
		return null;
	}
	const size = d.precision === "millennium" ? 1000 : 100;
	const k = Math.floor((s - 1) / size);
	const q = qualifierOf(s, e, size * k + 1, size);
	if (q !== undefined) {
		const word = size === 1000 ? "millennium" : "century";
		return qualified(q, `${eraName(k)} ${word}${periodEra(k < 0, e, st)}`, true);
	}
	if (size === 100 && s >= 100 && s !== 2000) {
		const base = Math.floor(s / 100) * 100;
		const q2 = qualifierOf(s, e, base, 100);
		if (q2 !== undefined) return qualified(q2, `${base}s${periodEra(false, e, st)}`, true);
	}
	return null;
}

/** The qualifier whose span starts (side 0) or ends (side 1) at `year` in the period at `base`; "" for none. */
function sideQualifier(year: number, base: number, size: number, side: 0 | 1): string | undefined {
	for (const q of side === 0 ? ["", "mid", "late"] : ["", "early", "mid"]) {
		if (qualifierSpan(q, base, size)[side] === year) return q;
	}
	return undefined;
}

function withQualifier(q: string, ordinal: string): string {
	if (!q) return ordinal;
	return q === "mid" ? `mid-${ordinal}` : `${q} ${ordinal}`;
}

/**
 * Two or more whole (or qualified) centuries or millennia: "15th–16th centuries", "5th–4th centuries BC",
 * "3rd–4th centuries AD", "late 19th – early 20th century", "1st century BC – 1st century AD". Null otherwise.
 */
export function centuryRangeLabel(d: HistDate, st: EraStyle): string | null {
	if (d.precision !== "century" && d.precision !== "millennium") return null;
	const size = d.precision === "millennium" ? 1000 : 100;
	const [word, words] = size === 1000 ? ["millennium", "millennia"] : ["century", "centuries"];
	const s = d.start.year;
	const e = d.end.year;
	const k1 = Math.floor((s - 1) / size);
	const k2 = Math.floor((e - 1) / size);
	if (k2 <= k1) return null;
	const q1 = sideQualifier(s, size * k1 + 1, size, 0);
	const q2 = sideQualifier(e, size * k2 + 1, size, 1);
	if (q1 === undefined || q2 === undefined) return null;
	const first = withQualifier(q1, eraName(k1));
	const last = withQualifier(q2, eraName(k2));
	if (k1 < 0 && k2 >= 0) {
		const ad = periodEra(false, e, { ...st, markCE: true });
		return `${first} ${word}${periodEra(true, s, st)} – ${last} ${word}${ad}`;
	}
	const era = periodEra(k2 < 0, e, st);
	if (!q1 && !q2) return `${first}–${last} ${words}${era}`;
	return `${first} – ${last} ${word}${era}`;
}
