/** fuzzParams (fixed seeds in npm test, mixed random seeds under test:fuzz) and the test:fuzz script's file list. */
import { spawnSync } from "node:child_process";
import process from "node:process";
import { afterEach, describe, expect, it, vi } from "vitest";

async function load(env: Record<string, string | undefined>) {
	vi.resetModules();
	for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
	return import("../../support/fuzz");
}

afterEach(() => {
	vi.unstubAllEnvs();
	vi.resetModules();
});

describe("fuzzParams", () => {
	it("in npm test: the property's own seed and runs, extra parameters kept", async () => {
		const { FUZZING, fuzzParams } = await load({ FUZZ_SEED: undefined, FUZZ_RUNS: undefined });
		expect(FUZZING).toBe(false);
		expect(fuzzParams(7, 300, { endOnFailure: true })).toEqual({ endOnFailure: true, seed: 7, numRuns: 300 });
	});

	it("under test:fuzz: the run's seed mixed with the property's (so properties differ), runs multiplied", async () => {
		const { FUZZING, fuzzParams } = await load({ FUZZ_SEED: "12345", FUZZ_RUNS: "3" });
		expect(FUZZING).toBe(true);
		const a = fuzzParams(1, 100);
		const b = fuzzParams(2, 100);
		expect(a.numRuns).toBe(300);
		expect(a.seed).not.toBe(b.seed);
		expect(a.seed).not.toBe(1);
		expect(fuzzParams(1, 100)).toEqual(a);
	});
});

describe("scripts/fuzz.mjs", () => {
	const run = (...args: string[]) => spawnSync(process.execPath, ["scripts/fuzz.mjs", ...args], { encoding: "utf8" });

	it("--list names the property test files and no growth check", () => {
		const r = run("--list");
		expect(r.status).toBe(0);
		const files = r.stdout.trim().split("\n");
		expect(files).toContain("tests/unit/dates/properties.test.ts");
		expect(files).toContain("tests/unit/brief/robustness.test.ts");
		expect(files.filter((f) => f.includes("growth") || f.includes("support"))).toEqual([]);
	});

	it("refuses an unknown option or a missing file with exit code 2", () => {
		expect(run("--bogus").status).toBe(2);
		expect(run("tests/unit/nope.test.ts").status).toBe(2);
	});
});
