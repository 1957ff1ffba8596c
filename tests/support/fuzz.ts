/**
 * Settings for every fast-check property test.
 *
 * `npm test` runs each property with its own fixed seed, so a failure is reproducible and the seed is printed
 * by fast-check in the failure report. `npm run test:fuzz` sets FUZZ_SEED (a number, chosen at random by the
 * script and printed) and FUZZ_RUNS (a multiplier) to explore new inputs for a bounded time. Every
 * counterexample ever found becomes a named regression case next to the property that found it.
 */
import type { Parameters } from "fast-check";

const envSeed = process.env.FUZZ_SEED;
const envRuns = Number(process.env.FUZZ_RUNS ?? "1");

/** True when the run explores random seeds (test:fuzz), false in `npm test`. */
export const FUZZING = envSeed !== undefined && envSeed !== "";

/**
 * fast-check parameters: `seed` is the property's fixed seed for `npm test`; under test:fuzz the run's
 * seed (mixed with the property's own, so properties do not share a sequence) and more runs.
 */
export function fuzzParams<T>(seed: number, numRuns: number, extra: Parameters<T> = {}): Parameters<T> {
	if (!FUZZING) return { ...extra, seed, numRuns };
	const runSeed = (Number(envSeed) ^ Math.imul(seed, 2654435761)) | 0;
	const runs = Math.max(1, Math.round(numRuns * (Number.isFinite(envRuns) && envRuns > 0 ? envRuns : 1)));
	return { ...extra, seed: runSeed, numRuns: runs };
}
