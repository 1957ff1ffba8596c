/**
 * Growth check (local stand-in for tests/support/growth.ts): doubling the input may at most ~double the work.
 *
 * Work is timed, but nothing is compared with a wall-clock threshold: the check is the ratio of the median
 * time at 2n to the median time at n, measured in interleaved rounds (n, 2n, n, 2n, ...) so that machine load
 * hits both sizes alike. Time is this process's CPU time (process.cpuUsage), not elapsed time: other
 * processes on a loaded machine do not count. Noise only ever inflates a ratio now and then, so a failing
 * ratio is measured again, a bounded number of times (the later attempts at 2n and 4n), and the best ratio
 * counts. A quadratic loop gives ~4 every time, at every scale.
 */

export const GROWTH_LIMIT = 2.2;
const ROUNDS = 7;
const ATTEMPTS = 5;

export interface Growth {
	/** Median time at n, at 2n (ms, per repetition). */
	small: number;
	large: number;
	/** large / small, the best over the attempts made. */
	ratio: number;
	/** Median ms per kB of input at 2n. */
	msPerKb: number;
	attempts: number;
}

function median(xs: number[]): number {
	const s = xs.slice().sort((a, b) => a - b);
	return s[s.length >> 1];
}

/** CPU milliseconds per run (user + system time of this process). */
function timeReps(run: () => void, reps: number): number {
	const t0 = process.cpuUsage();
	for (let i = 0; i < reps; i++) run();
	const d = process.cpuUsage(t0);
	return (d.user + d.system) / 1000 / reps;
}

/**
 * Repetitions so that one sample at n is long enough to time (a few ms): a sample of a fast function is
 * otherwise mostly timer resolution. Counting, not a threshold: the count only sets how much is measured.
 */
function repsFor(run: () => void): number {
	let reps = 1;
	while (reps < 256 && timeReps(run, reps) * reps < 8) reps *= 2;
	return reps;
}

function measure(runSmall: () => void, runLarge: () => void, reps: number): { small: number; large: number } {
	const a: number[] = [];
	const b: number[] = [];
	for (let r = 0; r < ROUNDS; r++) {
		a.push(timeReps(runSmall, reps));
		b.push(timeReps(runLarge, reps));
	}
	return { small: median(a), large: median(b) };
}

/**
 * The scale of each attempt: n, n, then 2n and 4n. A one-off step in cost at one size (an array crossing
 * V8's large-object threshold, a GC at the wrong moment) does not repeat at the next scale; a super-linear
 * loop fails at every scale.
 */
const SCALES = [1, 1, 2, 2, 4];

/**
 * Runs `work` on `make(n)` and `make(2n)`; returns the best ratio of medians (stops early once it is within
 * the limit). `maxScale` caps the re-measurement scale: findDates reads 20 kB slices, so its in-slice growth
 * must be measured with 2n inside one slice.
 */
export function growth<T>(make: (n: number) => T, work: (input: T) => unknown, n: number, sizeOf: (input: T) => number, maxScale = 4): Growth {
	let best: Growth | null = null;
	let attempts = 0;
	let scale = 0;
	let inputs: { small: T; large: T; reps: number } | null = null;
	while (attempts < ATTEMPTS) {
		const k = Math.min(maxScale, SCALES[Math.min(attempts, SCALES.length - 1)]);
		attempts++;
		if (!inputs || k !== scale) {
			scale = k;
			const small = make(n * k);
			const large = make(2 * n * k);
			work(small);
			work(large);
			inputs = { small, large, reps: repsFor(() => void work(small)) };
		}
		const { small, large, reps } = inputs;
		const m = measure(() => void work(small), () => void work(large), reps);
		const ratio = m.large / Math.max(m.small, 1e-6);
		if (!best || ratio < best.ratio) best = { ...m, ratio, msPerKb: m.large / (sizeOf(large) / 1024), attempts };
		if (best.ratio <= GROWTH_LIMIT) break;
	}
	return { ...(best as Growth), attempts };
}

/** Growth of a string input: sizes in UTF-16 units (1 kB = 1024 of them). */
export function textGrowth(make: (n: number) => string, work: (text: string) => unknown, n: number, maxScale = 4): Growth {
	return growth(make, work, n, (t) => t.length, maxScale);
}

/** `piece` repeated until the text has n characters (cut to n). */
export function repeatTo(piece: string, n: number): string {
	return piece.repeat(Math.ceil(n / piece.length)).slice(0, n);
}
