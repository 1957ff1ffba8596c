/**
 * A piecewise-linear time scale: years map to "virtual years" that are the real years with the long empty
 * stretches of deep time squeezed into short breaks. Inside a segment the scale is linear, so a range's bar
 * width stays proportional to its span; the breaks are drawn on the axis so no one reads them as time.
 */

/** A stretch of years drawn to scale. `v0` is where it starts on the virtual axis. */
export interface Segment {
	y0: number;
	y1: number;
	v0: number;
}

/** An empty stretch squeezed to `v1 - v0` virtual years. */
export interface AxisBreak {
	y0: number;
	y1: number;
	v0: number;
	v1: number;
}

export interface AxisScale {
	segments: Segment[];
	breaks: AxisBreak[];
	/** The virtual extent (the whole axis at fit). */
	vMin: number;
	vMax: number;
	toV(year: number): number;
	fromV(v: number): number;
}

export interface ScaleOptions {
	/** A gap is compressed when it is longer than this share of the whole span (default 0.15). */
	gapShare?: number;
	/** ...and longer than this many years (default 30). */
	minGap?: number;
	/** A compressed gap takes this share of the drawn (uncompressed) years (default 0.04). */
	breakShare?: number;
}

/**
 * The scale for intervals [starts[i], ends[i]] (fractional astronomical years, any order). Gaps with no
 * interval in them that are long both in years and relative to the whole are compressed.
 */
export function buildScale(starts: ArrayLike<number>, ends: ArrayLike<number>, opts: ScaleOptions = {}): AxisScale {
	if (!starts.length) return linearScale(0, 1);
	let lo = Infinity;
	let hi = -Infinity;
	for (let i = 0; i < starts.length; i++) {
		lo = Math.min(lo, starts[i]);
		hi = Math.max(hi, starts[i], ends[i]);
	}
	const span = hi - lo;
	if (span <= 0) return linearScale(lo - 0.5, lo + 0.5);
	const minGap = Math.max(opts.minGap ?? 30, span * (opts.gapShare ?? 0.15));
	const big = emptyGaps(starts, ends, span * 0.5).filter(([a, b]) => b - a > minGap);
	const drawn = span - big.reduce((s, [a, b]) => s + (b - a), 0);
	const pad = Math.max(drawn * 0.02, 0.5);
	const breakLen = Math.max(drawn * (opts.breakShare ?? 0.04), span * 1e-4);
	const segments: Segment[] = [];
	const breaks: AxisBreak[] = [];
	let y = lo - pad;
	let v = lo - pad;
	for (const [a, b] of big) {
		const ba = a + pad / 2;
		const bb = b - pad / 2;
		const len = Math.min(breakLen, bb - ba);
		segments.push({ y0: y, y1: ba, v0: v });
		v += ba - y;
		breaks.push({ y0: ba, y1: bb, v0: v, v1: v + len });
		v += len;
		y = bb;
	}
	segments.push({ y0: y, y1: hi + pad, v0: v });
	return makeScale(segments, breaks);
}

/**
 * Stretches with nothing in them. A range longer than `long` (half the whole) (c. 13,000–1000 BC) counts by its two ends
 * only, so one long period does not hold ten empty millennia open; its bar is then drawn across the break.
 */
function emptyGaps(starts: ArrayLike<number>, ends: ArrayLike<number>, long: number): Array<[number, number]> {
	const iv: Array<[number, number]> = [];
	for (let i = 0; i < starts.length; i++) {
		const a = starts[i];
		const b = Math.max(ends[i], a);
		if (b - a > long) iv.push([a, a], [b, b]);
		else iv.push([a, b]);
	}
	iv.sort((p, q) => p[0] - q[0]);
	const gaps: Array<[number, number]> = [];
	let reach = iv[0][1];
	for (let k = 1; k < iv.length; k++) {
		if (iv[k][0] > reach) gaps.push([reach, iv[k][0]]);
		reach = Math.max(reach, iv[k][1]);
	}
	return gaps;
}

/** A plain linear scale over [lo, hi]. */
export function linearScale(lo: number, hi: number): AxisScale {
	return makeScale([{ y0: lo, y1: hi, v0: lo }], []);
}

function makeScale(segments: Segment[], breaks: AxisBreak[]): AxisScale {
	const last = segments[segments.length - 1];
	const vMax = last.v0 + (last.y1 - last.y0);
	const toV = (year: number): number => {
		// binary search the segment (or break) the year falls in
		let a = 0;
		let b = segments.length - 1;
		while (a < b) {
			const m = (a + b + 1) >> 1;
			if (segments[m].y0 <= year) a = m;
			else b = m - 1;
		}
		const s = segments[a];
		if (year <= s.y1 || a === segments.length - 1) return s.v0 + (year - s.y0);
		const br = breaks[a];
		return br.v0 + ((year - br.y0) / (br.y1 - br.y0)) * (br.v1 - br.v0);
	};
	const fromV = (v: number): number => {
		let a = 0;
		let b = segments.length - 1;
		while (a < b) {
			const m = (a + b + 1) >> 1;
			if (segments[m].v0 <= v) a = m;
			else b = m - 1;
		}
		const s = segments[a];
		const end = s.v0 + (s.y1 - s.y0);
		if (v <= end || a === segments.length - 1) return s.y0 + (v - s.v0);
		const br = breaks[a];
		return br.y0 + ((v - br.v0) / (br.v1 - br.v0)) * (br.y1 - br.y0);
	};
	return { segments, breaks, vMin: segments[0].v0, vMax, toV, fromV };
}
