/** Distractor selection: stratified, rank-balanced years and distinct text options. */
import { normalizeAnswer } from "./normalize";
import type { Rng } from "./rng";

export interface YearOptionsInput {
	/** The correct year (astronomical). */
	answer: number;
	/** Years that would also be right for this stem (an event spanning 1933-1939): never offered. */
	alsoRight?: { from: number; to: number };
	/** Years of other events in this brief and its siblings (the hardest, best distractors). */
	domainYears: number[];
	/** No option is later than this (today's year). */
	maxYear: number;
	/** Step of the strata: 1, or 10/50/100 for a round year, so the answer is not the only round option. */
	granularity?: number;
	/** Only years this accepts are offered (era, the years the stem prints, "by …", "c." spacing). */
	allowed?: (year: number) => boolean;
	/** No distractor further than this from the answer (default 30 steps). */
	spread?: number;
}

/**
 * Four options in ascending order: the answer, one near (±1-3), one mid (±4-12) and one year of another event
 * within ±30 (else a far year ±13-30); in steps of `granularity` years for round years. Before picking, a target rank for the answer is drawn uniformly, and
 * each distractor is put above or below the answer to reach it, so the answer's position among sorted options
 * carries no cue. Returns fewer than four options only when the constraints leave nothing else.
 */
export function yearOptions(input: YearOptionsInput, rng: Rng): number[] {
	const { answer, maxYear } = input;
	const g = Math.max(1, Math.floor(input.granularity ?? 1));
	const from = input.alsoRight?.from ?? answer;
	const to = input.alsoRight?.to ?? answer;
	const used = new Set<number>([answer]);
	const spread = input.spread ?? 30 * g;
	const allowed = input.allowed ?? (() => true);
	const ok = (y: number): boolean =>
		y <= maxYear && !used.has(y) && (y < from || y > to) && Math.abs(y - answer) <= spread && allowed(y);
	const targetBelow = rng.int(0, 3);
	let below = 0;
	let above = 0;
	const chosen: number[] = [];
	const take = (y: number): void => {
		used.add(y);
		chosen.push(y);
		if (y < answer) below++;
		else above++;
	};
	/** Picks from `pool(side)` on a side the target rank still needs; false when no needed side has a candidate. */
	const fill = (pool: (sideBelow: boolean) => number[]): boolean => {
		const needBelow = targetBelow - below;
		const needAbove = 3 - targetBelow - above;
		const lower = needBelow > 0 ? pool(true) : [];
		const upper = needAbove > 0 ? pool(false) : [];
		if (lower.length === 0 && upper.length === 0) return false;
		let sideBelow: boolean;
		if (lower.length === 0) sideBelow = false;
		else if (upper.length === 0) sideBelow = true;
		else sideBelow = rng.next() < needBelow / (needBelow + needAbove);
		take(rng.pick(sideBelow ? lower : upper));
		return true;
	};
	// Slot 1: a year from another event, on a side the target rank needs (skipped when there is none).
	const domain = [...new Set(input.domainYears)]
		.filter((y) => Math.abs(y - answer) <= 30 * g && (g === 1 || y % g === 0))
		.sort((a, b) => a - b);
	fill((sideBelow) => domain.filter((y) => ok(y) && y < answer === sideBelow));
	// Then the near, mid and far strata, each on a side still needed.
	const strata: Array<[number, number]> = [
		[1, 3],
		[4, 12],
		[13, Math.max(13, Math.floor(spread / g))],
	];
	for (const [lo, hi] of strata) {
		if (chosen.length >= 3) break;
		fill((sideBelow) => {
			const out: number[] = [];
			for (let d = lo; d <= hi; d++) {
				const y = sideBelow ? answer - d * g : answer + d * g;
				if (ok(y)) out.push(y);
			}
			return out;
		});
	}
	// Anything still missing (an answer near today, a crowded range): the nearest free years below.
	for (let d = 1; chosen.length < 3 && d < 200; d++) {
		if (ok(answer - d * g)) take(answer - d * g);
	}
	for (let d = 1; chosen.length < 3 && d < 200; d++) {
		if (ok(answer - d)) take(answer - d);
	}
	for (let d = 1; chosen.length < 3 && d < 1000; d++) {
		if (ok(to + d)) take(to + d);
		else if (ok(from - d)) take(from - d);
	}
	return [answer, ...chosen].sort((a, b) => a - b);
}

/**
 * Up to `want` distractors from `pool`, shuffled, each distinct (after normalisation) from the answer and from
 * each other, and passing `accept`.
 */
export function pickDistinct(
	answer: string,
	pool: readonly string[],
	want: number,
	rng: Rng,
	accept: (candidate: string) => boolean = () => true,
): string[] {
	const seen = new Set<string>([normalizeAnswer(answer)]);
	const out: string[] = [];
	for (const c of rng.shuffle(pool)) {
		if (out.length >= want) break;
		const key = normalizeAnswer(c);
		if (key.length === 0 || seen.has(key) || !accept(c)) continue;
		seen.add(key);
		out.push(c);
	}
	return out;
}

/** The answer and its distractors in a seeded random order (uniform answer position). */
export function shuffleOptions(answer: string, distractors: readonly string[], rng: Rng): string[] {
	return rng.shuffle([answer, ...distractors]);
}
