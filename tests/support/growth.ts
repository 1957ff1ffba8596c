/**
 * "Stays fast" as a growth check instead of a wall-clock budget: double the input, the work may grow at most
 * ~2.2×. The check compares two timings taken in the same process a few milliseconds apart, so a busy or slow
 * machine slows both sides alike and the ratio stays put; an accidental quadratic path shows up as ~4×.
 *
 * To be robust on a shared 2-core machine the measurement
 * - reads CPU time where it can (see pickClock), so time given to other processes is not counted,
 * - collects garbage before each sample (untimed, Node only), so a sample does not pay for the previous one,
 * - calibrates a repetition count so that one timed sample of the small input takes at least `minSampleMs`
 *   (timer resolution and scheduler jitter become small next to it),
 * - warms up both inputs (JIT, caches) three times before timing,
 * - interleaves small and large samples (alternating which goes first), so load changes hit both,
 * - compares medians of `rounds` samples, so one preempted sample does not count,
 * - and when the ratio is above the limit, measures again (up to `attempts` times) before failing. The
 *   threshold is never relaxed: a real quadratic path fails every attempt.
 */
import { expect } from "vitest";

export interface GrowthOptions<T> {
	/** Builds the input of size n (called once for n and once for n × factor, outside the timing). */
	make: (n: number) => T;
	/** The work under test. Its result is kept so the engine cannot drop the call. */
	run: (input: T) => unknown;
	/** The small size. */
	n: number;
	/** How much larger the second input is (default 2). */
	factor?: number;
	/** The largest accepted ratio of median times (default 2.2 for factor 2: linear plus 10 %). */
	maxRatio?: number;
	/** Samples of each size per attempt (default 9). */
	rounds?: number;
	/** Measurements before failing (default 5). */
	attempts?: number;
	/** Minimum duration of one small sample, in (CPU) ms (default 20). */
	minSampleMs?: number;
	/** Names the check in the failure message. */
	label?: string;
}

export interface GrowthResult {
	/** Median large time / median small time of the last attempt. */
	ratio: number;
	/** Every attempt's ratio, in order. */
	ratios: number[];
	/** Repetitions of `run` in one sample. */
	reps: number;
	smallMs: number;
	largeMs: number;
}

let sink: unknown;

type Clock = { now: () => number; unit: string };
interface CpuUsage {
	user: number;
	system: number;
}
/** The parts of Node's `process` used here (absent in a browser). */
interface ProcessLike {
	cpuUsage(): CpuUsage;
	threadCpuUsage?: () => CpuUsage;
	getBuiltinModule?: (id: string) => unknown;
}

const proc = (globalThis as { process?: ProcessLike }).process;

/**
 * CPU time of this thread where it can be read alone, else wall time. CPU time does not count the time the
 * scheduler gives to other processes, so a busy machine changes it far less than wall time. In Node it is
 * the thread's (Node 23.9+) or the process's when this is the main thread (vitest's default "forks" pool:
 * one test file per process); in a worker thread or a browser, wall time.
 */
function pickClock(): Clock {
	const ms = (u: CpuUsage) => (u.user + u.system) / 1000;
	const thread = proc?.threadCpuUsage;
	if (proc && typeof thread === "function") return { now: () => ms(thread.call(proc)), unit: "CPU ms" };
	const wt = proc?.getBuiltinModule?.("node:worker_threads") as { isMainThread?: boolean } | undefined;
	if (proc && wt?.isMainThread === true) return { now: () => ms(proc.cpuUsage()), unit: "CPU ms" };
	return { now: () => performance.now(), unit: "ms" };
}

const clock = pickClock();

/**
 * A full garbage collection (Node only; nothing elsewhere), run before each timed sample and not timed: every
 * sample starts from the same heap, so one sample's garbage is not collected in the next one's time.
 */
function pickGc(): () => void {
	const v8 = proc?.getBuiltinModule?.("node:v8") as { setFlagsFromString?: (flags: string) => void } | undefined;
	const vm = proc?.getBuiltinModule?.("node:vm") as { runInNewContext?: (code: string) => unknown } | undefined;
	if (!v8?.setFlagsFromString || !vm?.runInNewContext) return () => undefined;
	v8.setFlagsFromString("--expose-gc");
	const gc = vm.runInNewContext("gc");
	return typeof gc === "function" ? () => void (gc as () => void)() : () => undefined;
}

const collect = pickGc();

function sample<T>(run: (input: T) => unknown, input: T, reps: number): number {
	collect();
	const t0 = clock.now();
	for (let i = 0; i < reps; i++) sink = run(input);
	return clock.now() - t0;
}

function median(xs: number[]): number {
	const s = xs.slice().sort((a, b) => a - b);
	const mid = s.length >> 1;
	return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * Repetitions so that one small sample takes at least `minMs` (at most 2^16 repetitions). The faster of two
 * samples decides, so a sample slowed by a late JIT tier-up or a preemption does not stop the doubling early.
 */
function calibrate<T>(run: (input: T) => unknown, input: T, minMs: number): number {
	let reps = 1;
	while (reps < 65536) {
		if (Math.min(sample(run, input, reps), sample(run, input, reps)) >= minMs) return reps;
		reps *= 2;
	}
	return reps;
}

/** Measures the growth ratio (see the file comment); never asserts. */
export function measureGrowth<T>(opts: GrowthOptions<T>): GrowthResult {
	const factor = opts.factor ?? 2;
	const maxRatio = opts.maxRatio ?? 2.2;
	const rounds = opts.rounds ?? 9;
	const attempts = opts.attempts ?? 5;
	const small = opts.make(opts.n);
	const large = opts.make(Math.round(opts.n * factor));
	for (let i = 0; i < 3; i++) {
		sample(opts.run, small, 1);
		sample(opts.run, large, 1);
	}
	const reps = calibrate(opts.run, small, opts.minSampleMs ?? 20);
	const ratios: number[] = [];
	let smallMs = 0;
	let largeMs = 0;
	for (let a = 0; a < attempts; a++) {
		const s: number[] = [];
		const l: number[] = [];
		for (let r = 0; r < rounds; r++) {
			if (r % 2 === 0) {
				s.push(sample(opts.run, small, reps));
				l.push(sample(opts.run, large, reps));
			} else {
				l.push(sample(opts.run, large, reps));
				s.push(sample(opts.run, small, reps));
			}
		}
		smallMs = median(s);
		largeMs = median(l);
		ratios.push(largeMs / smallMs);
		if (largeMs / smallMs <= maxRatio) break;
	}
	if (sink === Symbol.for("never")) ratios.push(0);
	return { ratio: ratios[ratios.length - 1], ratios, reps, smallMs, largeMs };
}

/** Asserts that `factor` times the input costs at most `maxRatio` times the work. Returns the measurement. */
export function expectLinearGrowth<T>(opts: GrowthOptions<T>): GrowthResult {
	const r = measureGrowth(opts);
	const factor = opts.factor ?? 2;
	const what =
		`${opts.label ?? "work"}: n=${opts.n} → ${Math.round(opts.n * factor)}, ` +
		`median ${r.smallMs.toFixed(1)} → ${r.largeMs.toFixed(1)} ${clock.unit} over ${r.reps} reps, ratios ${r.ratios.map((x) => x.toFixed(2)).join(", ")}`;
	expect(r.ratio, what).toBeLessThanOrEqual(opts.maxRatio ?? 2.2);
	return r;
}

/** The largest accepted ratio when the input doubles: linear plus 10 %. */
export const GROWTH_LIMIT = 2.2;

export interface Growth {
	/** Median CPU ms of one run at the small and the large size (best attempt). */
	small: number;
	large: number;
	/** large / small of the best attempt. */
	ratio: number;
	/** ms per kB of input at the large size (for the README's worst figure). */
	msPerKb: number;
	/** Scales measured. */
	attempts: number;
}

/**
 * measureGrowth at n, then (only while the ratio is above the limit) again at 2n and 4n, capped by `maxScale`:
 * a one-off step in cost at one size (an array crossing V8's large-object threshold) does not repeat at the
 * next scale, while a super-linear loop fails at every scale. `maxScale` lets a caller keep both sizes inside
 * a bound (findDates reads 20 kB slices, so its in-slice growth is measured with 2n inside one slice).
 */
export function growth<T>(
	make: (n: number) => T,
	run: (input: T) => unknown,
	n: number,
	sizeOf: (input: T) => number,
	maxScale = 4,
): Growth {
	let best: Growth | null = null;
	let attempts = 0;
	for (let k = 1; k <= maxScale; k *= 2) {
		attempts++;
		const r = measureGrowth({ make, run, n: n * k, attempts: 2, rounds: 5, minSampleMs: 10 });
		const perRun = r.largeMs / r.reps;
		const g = {
			small: r.smallMs / r.reps,
			large: perRun,
			ratio: r.ratio,
			msPerKb: perRun / (sizeOf(make(2 * n * k)) / 1024),
			attempts,
		};
		if (!best || g.ratio < best.ratio) best = g;
		if (best.ratio <= GROWTH_LIMIT) break;
	}
	return { ...(best as Growth), attempts };
}

/** growth() of a string input: sizes in UTF-16 units (1 kB = 1024 of them). */
export function textGrowth(
	make: (n: number) => string,
	run: (text: string) => unknown,
	n: number,
	maxScale = 4,
): Growth {
	return growth(make, run, n, (t) => t.length, maxScale);
}

/** `piece` repeated until the text has n characters (cut to n). */
export function repeatTo(piece: string, n: number): string {
	return piece.repeat(Math.ceil(n / piece.length)).slice(0, n);
}
