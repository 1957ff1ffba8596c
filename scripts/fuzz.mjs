#!/usr/bin/env node
/**
 * npm run test:fuzz [-- --minutes 3] [--runs 5] [--seed N] [--list] [test files ...]
 *
 * Runs the property tests (every test file whose fc.assert calls take fuzzParams) with new random seeds for a bounded time:
 * one vitest run per seed, with FUZZ_SEED set to a random 32-bit seed (printed) and FUZZ_RUNS times the
 * usual number of runs, until --minutes have passed (default 3; a run that was started finishes first,
 * within a few minutes of grace). `npm test` runs the same properties with their fixed seeds.
 *
 * A failing seed is printed with the command that reproduces it; fast-check's own report names the
 * counterexample. Turn every counterexample into a named regression case next to its property.
 * --seed N runs once with that seed (to reproduce); --list prints the property files and exits.
 * Exit code: 0 when every seed passed, 1 when one failed, 2 on bad arguments.
 */
import { spawnSync } from "node:child_process";
import { randomInt } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import process from "node:process";

const ROOT = process.cwd();
const USAGE = "usage: npm run test:fuzz -- [--minutes 3] [--runs 5] [--seed N] [--list] [test files ...]";

function parseArgs(argv) {
	const opts = { minutes: 3, runs: 5, seed: undefined, list: false, files: [] };
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		const value = () => {
			const v = Number(argv[++i]);
			if (!Number.isFinite(v) || v < 0) throw new Error(`${a} needs a number (${USAGE})`);
			return v;
		};
		if (a === "--minutes") opts.minutes = value();
		else if (a === "--runs") opts.runs = Math.max(1, Math.round(value()));
		else if (a === "--seed") opts.seed = Math.trunc(value());
		else if (a === "--list") opts.list = true;
		else if (a === "--help" || a === "-h") {
			console.log(USAGE);
			process.exit(0);
		} else if (a.startsWith("--")) throw new Error(`unknown option ${a} (${USAGE})`);
		else opts.files.push(a);
	}
	return opts;
}

const isProperty = (text) => text.includes("fc.assert(") && text.includes("fuzzParams(");

/** Test files under tests/ with fast-check properties that take fuzzParams, as repository-relative paths. */
function propertyFiles(dir = join(ROOT, "tests"), out = []) {
	for (const e of readdirSync(dir, { withFileTypes: true })) {
		const full = join(dir, e.name);
		if (e.isDirectory()) propertyFiles(full, out);
		else if (e.name.endsWith(".test.ts") && isProperty(readFileSync(full, "utf8")))
			out.push(relative(ROOT, full).split(sep).join("/"));
	}
	return out.sort();
}

/** The vitest project of a test file (as laid out in vitest.config.mts). */
function projectOf(file) {
	if (file.startsWith("tests/dom/")) return "dom";
	if (file.startsWith("tests/browser/")) return "browser";
	if (file.startsWith("tests/shared/")) return file.startsWith("tests/shared/dom/") ? "shared-dom" : "shared";
	return "unit";
}

function byProject(files) {
	const groups = new Map();
	for (const f of files) groups.set(projectOf(f), [...(groups.get(projectOf(f)) ?? []), f]);
	return groups;
}

const vitestBin = join(ROOT, "node_modules", ".bin", process.platform === "win32" ? "vitest.cmd" : "vitest");

/** One vitest run of every property file with this seed; returns [ok, output]. */
function runSeed(seed, runs, groups, timeoutMs) {
	const env = { ...process.env, FUZZ_SEED: String(seed), FUZZ_RUNS: String(runs) };
	let output = "";
	for (const [project, files] of groups) {
		const r = spawnSync(vitestBin, ["run", "--project", project, ...files], {
			env,
			encoding: "utf8",
			timeout: timeoutMs,
			maxBuffer: 64 * 1024 * 1024,
		});
		output += `${r.stdout ?? ""}${r.stderr ?? ""}`;
		if (r.error) return [false, `${output}\n${r.error.message}`];
		if (r.status !== 0) return [false, output];
	}
	return [true, output];
}

function main() {
	let opts;
	try {
		opts = parseArgs(process.argv.slice(2));
	} catch (e) {
		console.error(`test:fuzz: ${e.message}`);
		return 2;
	}
	const files = opts.files.length ? opts.files : propertyFiles();
	const missing = files.filter((f) => !existsSync(join(ROOT, f)));
	if (missing.length) {
		console.error(`test:fuzz: no such test file: ${missing.join(", ")}`);
		return 2;
	}
	if (opts.list) {
		for (const f of files) console.log(f);
		return 0;
	}
	const groups = byProject(files);
	const until = Date.now() + opts.minutes * 60_000;
	console.log(
		`test:fuzz: ${files.length} property files, FUZZ_RUNS=${opts.runs}, ${opts.seed !== undefined ? `seed ${opts.seed}` : `random seeds for ${opts.minutes} min`}`,
	);
	const failed = [];
	let tried = 0;
	do {
		const seed = opts.seed ?? randomInt(0, 2 ** 32);
		tried++;
		const started = Date.now();
		process.stdout.write(`seed ${seed} ... `);
		const [ok, output] = runSeed(seed, opts.runs, groups, Math.max(until - started, 0) + 5 * 60_000);
		console.log(`${ok ? "ok" : "FAILED"} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
		if (!ok) {
			failed.push(seed);
			console.log(
				output
					.split("\n")
					.filter((l) => /FAIL|Counterexample|Error|seed|Caused by|✗|×/.test(l))
					.slice(0, 40)
					.join("\n"),
			);
			for (const [project, fs] of groups)
				console.log(
					`reproduce: FUZZ_SEED=${seed} FUZZ_RUNS=${opts.runs} npx vitest run --project ${project} ${fs.join(" ")}`,
				);
		}
	} while (opts.seed === undefined && Date.now() < until);
	console.log(`test:fuzz: ${tried} seeds, ${failed.length} failed${failed.length ? `: ${failed.join(", ")}` : ""}`);
	return failed.length ? 1 : 0;
}

process.exitCode = main();
