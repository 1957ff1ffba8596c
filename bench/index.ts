/**
 * npm run bench: the Node benchmarks, side by side in one run, as Markdown tables (or --json).
 *   npm run bench [-- --n 10000 --paragraphs 10000 --reviews 100000 --json] [-- --only index]
 * The browser benchmarks (timeline vs vis-timeline; quote search over 20,000 quotes) run in real
 * Chromium: npm run bench:browser
 */
import { arch, cpus, totalmem } from "node:os";
import { benchDates, type DatesBenchResult } from "./dates";
import { benchIndex, formatIndexBench } from "./index-bench";
import { benchStats, formatStatsBench } from "./stats-bench";

function flag(name: string, fallback: number): number {
	const i = process.argv.indexOf(`--${name}`);
	const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
	return Number.isFinite(v) && v > 0 ? Math.round(v) : fallback;
}

function machine(): string {
	const c = cpus();
	return `${c.length} × ${c[0]?.model ?? "cpu"} (${arch()}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

export function formatDatesBench(d: DatesBenchResult): string {
	const ok = (b: boolean) => (b ? "yes" : "NO");
	return [
		`Date engine: ${d.paragraphs.toLocaleString("en-US")} synthetic brief paragraphs (${d.sentences.toLocaleString("en-US")} sentences), best of ${d.rounds}`,
		"",
		"| measure | ms per 1,000 paragraphs | dates found | goal met |",
		"|---|---|---|---|",
		`| floor: split into sentences | ${d.floorMs} | – | |`,
		`| peer: plain chrono.parse | ${d.peerMs} | ${d.peerDates.toLocaleString("en-US")} (incl. times, "Today") | |`,
		`| ours: findDates via the reader | ${d.oursMs} | ${d.oursDates.toLocaleString("en-US")} | |`,
		`| ours / peer | ${d.oursOverPeer}x | sentences only ours dated: ${d.sentencesOnlyOurs.toLocaleString("en-US")} | ${ok(d.oursOverPeer < 1)} (faster than chrono) |`,
		`| ours / floor | ${d.oursOverFloor}x | | ${ok(d.oursOverFloor <= 3)} (goal ≤ 3x) |`,
	].join("\n");
}

async function runAll(): Promise<void> {
	const json = process.argv.includes("--json");
	const paragraphs = flag("paragraphs", 10_000);
	const n = flag("n", 10_000);
	const log = json ? () => {} : (line: string) => console.error(line);
	log(`Study Briefs benchmarks on ${machine()}`);
	// --only index: the vault index part alone (scale, incremental updates), e.g. to measure #14 quietly
	const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : "";
	if (only === "index") {
		const dirAt = process.argv.indexOf("--dir");
		const index = await benchIndex({ n, log, dir: dirAt >= 0 ? process.argv[dirAt + 1] : undefined });
		console.log(json ? JSON.stringify({ machine: machine(), index }, null, 2) : `\n${formatIndexBench(index)}\n`);
		return;
	}
	const dates = await benchDates({ paragraphs });
	const index = await benchIndex({ n, log });
	const stats = await benchStats({ reviews: flag("reviews", 100_000) });
	if (json) {
		console.log(JSON.stringify({ machine: machine(), dates, index, stats }, null, 2));
		return;
	}
	console.log(`\n${formatDatesBench(dates)}\n\n${formatIndexBench(index)}\n\n${formatStatsBench(stats)}\n`);
	console.log("Browser benchmarks (timeline vs vis-timeline, quote search): npm run bench:browser");
}

runAll().catch((e: unknown) => {
	console.error(e);
	process.exitCode = 1;
});
