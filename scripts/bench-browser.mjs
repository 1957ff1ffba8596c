// `npm run bench:browser [-- --json [FILE]]`: the browser benchmarks (tests/bench, vitest project
// bench-browser) in real Chromium. They are not part of npm test. Each bench writes its numbers to
// tests/screenshots/*-bench.json; with --json they are also gathered into one file (default
// bench/out/browser-bench.json) for machines. Other arguments go to vitest (e.g. a file filter).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

const BENCHES = {
	timeline: "tests/screenshots/timeline-bench.json",
	quotes: "tests/screenshots/quotes-bench.json",
	axis: "tests/screenshots/axis-bench.json",
};

const args = process.argv.slice(2);
let jsonOut = null;
const passOn = [];
for (let i = 0; i < args.length; i++) {
	if (args[i] === "--json") {
		jsonOut = args[i + 1] && !args[i + 1].startsWith("-") ? args[++i] : "bench/out/browser-bench.json";
	} else passOn.push(args[i]);
}

// Only numbers from this run: the previous run's reports go first.
for (const file of Object.values(BENCHES)) rmSync(file, { force: true });
const vitest = new URL("../node_modules/vitest/vitest.mjs", import.meta.url).pathname;
const r = spawnSync(process.execPath, [vitest, "run", "--project", "bench-browser", ...passOn], {
	stdio: "inherit",
	env: {
		...process.env,
		VITEST_JSON_REPORT: process.env.VITEST_JSON_REPORT ?? "tests/screenshots/vitest-bench-report.json",
	},
});

if (jsonOut) {
	const results = {};
	for (const [name, file] of Object.entries(BENCHES)) {
		if (existsSync(file)) results[name] = JSON.parse(readFileSync(file, "utf8"));
	}
	mkdirSync(dirname(jsonOut), { recursive: true });
	writeFileSync(
		jsonOut,
		`${JSON.stringify({ date: new Date().toISOString(), node: process.version, exitCode: r.status, results }, null, 2)}\n`,
	);
	console.log(`bench:browser: results written to ${jsonOut}`);
}
process.exit(r.status ?? 1);
