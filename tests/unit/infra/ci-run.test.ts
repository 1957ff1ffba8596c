/**
 * .ci/run's closing line "N passed, M failed" (issue 13): M > 0 whenever a step failed, also when no
 * test failed (lint, typecheck, build, npm ci, vitest errors such as unhandled rejections, a missing
 * ../shared under CI=true). Run on a copy of .ci/run in a temporary checkout with a fake `npm` that
 * plays each step's outcome and writes vitest-like JSON reports; nothing real is installed or run.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = process.cwd();

const FAKE_NPM = `#!/usr/bin/env bash
case "$*" in
	"ci --no-audit --no-fund") exit \${FAKE_CI:-0} ;;
	"run --silent build") exit \${FAKE_BUILD:-0} ;;
	"run --silent lint") exit \${FAKE_LINT:-0} ;;
	"run --silent typecheck") exit \${FAKE_TYPECHECK:-0} ;;
	"test") [ -n "\${FAKE_TEST_REPORT:-}" ] && printf '%s' "$FAKE_TEST_REPORT" > "$VITEST_JSON_REPORT"; exit \${FAKE_TEST_RC:-0} ;;
	"run test:shared") [ -n "\${FAKE_SHARED_REPORT:-}" ] && printf '%s' "$FAKE_SHARED_REPORT" > "$VITEST_JSON_REPORT"; exit \${FAKE_SHARED_RC:-0} ;;
esac
echo "fake npm: unexpected $*" >&2
exit 99
`;

function report(passed: number, failed: number, brokenFiles = 0): string {
	const testResults = [
		{
			status: failed ? "failed" : "passed",
			assertionResults: [
				...Array(passed).fill({ status: "passed" }),
				...Array(failed).fill({ status: "failed" }),
			],
		},
		...Array(brokenFiles).fill({ status: "failed", assertionResults: [] }),
	];
	return JSON.stringify({
		numPassedTests: passed,
		numFailedTests: failed,
		success: failed + brokenFiles === 0,
		testResults,
	});
}

/** A checkout with .ci/run and the browser finder, optionally with ../shared beside it. */
function checkout(withShared: boolean): string {
	const base = mkdtempSync(join(tmpdir(), "sb-ci-"));
	const repo = join(base, "repo");
	mkdirSync(join(repo, ".ci"), { recursive: true });
	mkdirSync(join(repo, "scripts"));
	copyFileSync(join(ROOT, ".ci/run"), join(repo, ".ci/run"));
	for (const f of ["find-browser.mjs", "find-browser-cli.mjs"])
		copyFileSync(join(ROOT, "scripts", f), join(repo, "scripts", f));
	mkdirSync(join(base, "bin"));
	const npm = join(base, "bin", "npm");
	writeFileSync(npm, FAKE_NPM);
	chmodSync(npm, 0o755);
	if (withShared) {
		mkdirSync(join(base, "shared", "fixtures"), { recursive: true });
		mkdirSync(join(base, "shared", "corpus"));
	}
	return repo;
}

function ci(env: Record<string, string>, withShared = true): { status: number | null; last: string; out: string } {
	const repo = checkout(withShared);
	const r = spawnSync("bash", [join(repo, ".ci/run")], {
		encoding: "utf8",
		env: {
			...process.env,
			PATH: `${join(repo, "..", "bin")}:${process.env.PATH ?? ""}`,
			CHROMIUM_PATH: process.execPath,
			CI: "",
			...env,
		},
	});
	const out = `${r.stdout}${r.stderr}`;
	return { status: r.status, last: r.stdout.trim().split("\n").at(-1) ?? "", out };
}

const green = { FAKE_TEST_REPORT: report(10, 0), FAKE_SHARED_REPORT: report(5, 0) };

describe(".ci/run closing line", () => {
	it("all green: the tests of both suites passed, 0 failed, exit 0", () => {
		const r = ci(green);
		expect(r.last).toBe("15 passed, 0 failed");
		expect(r.status).toBe(0);
	});

	it("lint, typecheck or build failing alone: M counts each failed step", () => {
		expect(ci({ ...green, FAKE_LINT: "1" }).last).toBe("15 passed, 1 failed");
		const r = ci({ ...green, FAKE_TYPECHECK: "2", FAKE_BUILD: "1" });
		expect(r.last).toBe("15 passed, 2 failed");
		expect(r.out).toContain("failed steps: build typecheck");
		expect(r.status).toBe(1);
	});

	it("vitest exits 1 with all tests passed (an unhandled rejection): one failure", () => {
		const r = ci({ ...green, FAKE_TEST_RC: "1" });
		expect(r.last).toBe("15 passed, 1 failed");
		expect(r.status).toBe(1);
	});

	it("failed tests and files that failed to load are counted from the report", () => {
		const r = ci({ FAKE_TEST_REPORT: report(8, 2, 1), FAKE_TEST_RC: "1", FAKE_SHARED_REPORT: report(5, 0) });
		expect(r.last).toBe("13 passed, 3 failed");
	});

	it("a suite that wrote no report and failed counts as one failure", () => {
		const r = ci({ FAKE_TEST_REPORT: report(10, 0), FAKE_SHARED_RC: "1", FAKE_SHARED_REPORT: "" });
		expect(r.last).toBe("10 passed, 1 failed");
	});

	it("../shared missing: a failure under CI=true, a visible skip otherwise", () => {
		const inCi = ci({ ...green, CI: "true" }, false);
		expect(inCi.last).toBe("10 passed, 1 failed");
		expect(inCi.out).toContain("FATAL: ../shared");
		const local = ci(green, false);
		expect(local.last).toBe("10 passed, 0 failed");
		expect(local.out).toContain("skipped: ../shared is not beside the checkout");
	});

	it("npm ci failing stops the run with a failure", () => {
		const r = ci({ ...green, FAKE_CI: "1" });
		expect(r.last).toBe("0 passed, 1 failed");
		expect(r.status).toBe(1);
	});
});
