/**
 * Era-aware ticks: millennia down to days, counted the historian's way. BC ticks sit at "100 BC", "200 BC"
 * (astronomical -99, -199); AD ticks at "AD 100"; between them "AD 1" stands where year 0 would be, so no
 * label ever reads "0". Each drawn segment gets its own ticks (a break is not time).
 */
import type { AxisScale } from "./scale";
import { dayLabel, dayStart, historianYear, monthLabel, ymdAt } from "./years";
import { type Viewport, vAt, xOf } from "./viewport";

export interface Tick {
	x: number;
	label: string;
	/** Fractional astronomical year of the tick. */
	year: number;
	/** Where the label is centred, when not at x (kept inside the width). */
	labelX?: number;
}

/** Steps in years; below a year, months (1/12) and days. */
const YEAR_STEPS = [100_000, 50_000, 20_000, 10_000, 5000, 2000, 1000, 500, 200, 100, 50, 20, 10, 5, 2, 1];
const MONTH_STEPS = [6, 3, 1];
const DAY_STEPS = [10, 5, 2, 1];

export type TickUnit = { kind: "year"; n: number } | { kind: "month"; n: number } | { kind: "day"; n: number };

/** The finest unit whose ticks are at least `minPx` apart at this zoom. */
export function tickUnit(pxPerYear: number, minPx: number): TickUnit {
	let best: TickUnit = { kind: "year", n: YEAR_STEPS[0] };
	for (const n of YEAR_STEPS) if (n * pxPerYear >= minPx) best = { kind: "year", n };
	if (best.kind === "year" && best.n > 1) return best;
	for (const n of MONTH_STEPS) if ((n / 12) * pxPerYear >= minPx) best = { kind: "month", n };
	if (best.kind !== "month" || best.n > 1) return best;
	for (const n of DAY_STEPS) if ((n / 365) * pxPerYear >= minPx) best = { kind: "day", n };
	return best;
}

/** Tick years (astronomical, fractional) of one unit inside [y0, y1]. At most `cap` of them. */
export function tickYears(unit: TickUnit, y0: number, y1: number, cap = 400): number[] {
	const out: number[] = [];
	if (unit.kind === "year") {
		const n = unit.n;
		// AD side: multiples of n from AD n; BC side: historian multiples n BC -> astronomical 1 - k*n.
		for (let k = Math.max(1, Math.ceil(y0 / n)); k * n <= y1 && out.length < cap; k++) out.push(k * n);
		const bc: number[] = [];
		for (let k = Math.max(1, Math.ceil((1 - y1) / n)); 1 - k * n >= y0 && bc.length < cap; k++) bc.push(1 - k * n);
		if (y0 <= 1 && y1 >= 1 && n > 1) out.push(1);
		if (n === 1) {
			// every year: astronomical y0..y1 (0 is "1 BC", which is a year, not a zero)
			out.length = 0;
			for (let y = Math.ceil(y0); y <= y1 && out.length < cap; y++) out.push(y);
			return out;
		}
		return [...bc.reverse(), ...out].sort((a, b) => a - b);
	}
	const first = Math.floor(y0);
	for (let y = first; y <= y1 && out.length < cap; y++) {
		for (let m = 1; m <= 12; m++) {
			if (unit.kind === "month") {
				if ((m - 1) % unit.n) continue;
				const v = dayStart(y, m, 1);
				if (v >= y0 && v <= y1) out.push(v);
				continue;
			}
			for (let d = 1; d <= 28 + 3; d += unit.n) {
				const v = dayStart(y, m, d);
				if (v >= dayStart(y, m, 1) + daysIn(m) / 365) break;
				if (v >= y0 && v <= y1) out.push(v);
			}
		}
	}
	return out.slice(0, cap);
}

function daysIn(m: number): number {
	return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}

export function tickLabel(unit: TickUnit, year: number): string {
	if (unit.kind === "year") return historianYear(year);
	const p = ymdAt(year);
	return unit.kind === "month" ? monthLabel(p.year, p.month) : dayLabel(p.year, p.month, p.day);
}

/** Ticks on screen for the view, per drawn segment, each unit chosen so labels are `minPx` apart. */
export function axisTicks(scale: AxisScale, view: Viewport, minPx = 90): { unit: TickUnit; ticks: Tick[] } {
	const unit = tickUnit(view.pxPerV, minPx);
	const vLo = vAt(view, 0);
	const vHi = vAt(view, view.width);
	const ticks: Tick[] = [];
	for (const s of scale.segments) {
		const sv1 = s.v0 + (s.y1 - s.y0);
		if (sv1 < vLo || s.v0 > vHi) continue;
		const y0 = Math.max(s.y0, s.y0 + (vLo - s.v0));
		const y1 = Math.min(s.y1, s.y0 + (vHi - s.v0));
		for (const year of tickYears(unit, y0, y1)) {
			ticks.push({ x: xOf(view, scale.toV(year)), label: tickLabel(unit, year), year });
		}
	}
	return { unit, ticks };
}

/**
 * Drop tick labels that would run into the one before (centred labels, `charPx` per character). With `width`,
 * a label near an edge is shifted inside (`labelX`) rather than clipped.
 */
export function spaceTicks(ticks: Tick[], charPx: number, gapPx = 8, width = Infinity): Tick[] {
	const out: Tick[] = [];
	let end = -Infinity;
	for (const t of ticks) {
		const half = (t.label.length * charPx) / 2;
		const labelX = Math.min(Math.max(t.x, half + 2), width - half - 2);
		if (labelX - half < end + gapPx) continue;
		out.push(labelX === t.x ? t : { ...t, labelX });
		end = labelX + half;
	}
	return out;
}
