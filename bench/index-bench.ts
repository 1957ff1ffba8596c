/**
 * Vault index benchmark, side by side in one run on the same files (see bench/vault-gen.ts):
 *   floor = read every file + split its front-matter (what any tool must do);
 *   peer  = read + chrono.parse over the whole note (casual, default configuration);
 *   ours  = read + parseBrief + ownStrings (flat copies, as the plugin's indexer keeps them) + index.upsert, then one
 *           timeline() (the sorted timeline is built).
 * Also: dates found and recall on the planted dates, heap after indexing, incremental update
 * latency (edit one brief, parse + upsert, until timelineSnapshot() shows it and the timeline view's
 * data step has measured it; CPU time, against the parse alone as floor) and warm start from the
 * persistent parse cache (JSON file) against the cold start.
 */
import { readFileSync, statSync, writeFileSync, existsSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import process from "node:process";
import * as chrono from "chrono-node";
import { load } from "js-yaml";
import { parseBrief, splitFrontmatter } from "../src/core/brief";
import { ownStrings } from "../src/core/text/flat-strings";
import { BriefIndex } from "../src/core/index";
import type { IndexStats } from "../src/core/index";
import { JsonFileCacheStore, ParseCache } from "../src/obsidian/parse-cache";
import type { FileAdapter } from "../src/obsidian/parse-cache";
import { benchIncremental, type IncrementalResult } from "./incremental";
import { generateNote, generateVault } from "./vault-gen";
import type { PlantedDate } from "./vault-gen";

export interface Pass {
	ms: number;
	notesPerSec: number;
	msPerNote: number;
}

export interface DateScore {
	/** Results reported (chrono: every result; ours: every event). */
	found: number;
	/** Planted dates with a result on their line whose text overlaps the planted phrase. */
	recall: number;
	/** ... and whose start year is right (astronomical; centuries +-1). */
	correctYear: number;
	/** Results that overlap no planted date (numbers that are not dates, times, ...). */
	extra: number;
}

export interface IndexBenchResult {
	n: number;
	dir: string;
	machine: string;
	mbOnDisk: number;
	floor: Pass;
	peer: Pass;
	ours: Pass;
	/** Of `ours`: parseBrief (the reader) vs the index itself (upsert + building the sorted timeline). */
	oursParseMs: number;
	oursIndexMs: number;
	oursOverFloor: number;
	oursOverPeer: number;
	planted: number;
	peerDates: DateScore;
	oursDates: DateScore;
	heapMB: number;
	indexHeapMB: number;
	heapMethod: "gc" | "memoryUsage";
	/** Wall-clock ms per update; `cpu*` the same in process CPU time (robust to other load on the machine). */
	incremental: IncrementalResult;
	warm: {
		coldMs: number;
		warmMs: number;
		ratio: number;
		reparsed: number;
		cacheMB: number;
		cacheWriteMs: number;
		heapMB: number;
	};
	stats: IndexStats;
}

export interface IndexBenchOptions {
	n?: number;
	dir?: string;
	seed?: number;
	samples?: number;
	log?: (line: string) => void;
}

const REF_DATE = new Date(Date.UTC(2024, 0, 1));

function pass(ms: number, n: number): Pass {
	return { ms: round(ms), notesPerSec: Math.round((n / ms) * 1000), msPerNote: round(ms / n, 4) };
}

function round(x: number, digits = 2): number {
	const f = 10 ** digits;
	return Math.round(x * f) / f;
}

function heap(): { mb: number; method: "gc" | "memoryUsage" } {
	const gc = (globalThis as { gc?: () => void }).gc;
	if (gc) gc();
	return { mb: process.memoryUsage().heapUsed / 2 ** 20, method: gc ? "gc" : "memoryUsage" };
}

const overlaps = (a: string, b: string) => !!a && !!b && (a.includes(b) || b.includes(a));
const yearOk = (p: PlantedDate, y: number | undefined) =>
	y !== undefined && (y === p.year || (p.kind.startsWith("century") && Math.abs(y - p.year) <= 1));

function lineStarts(text: string): number[] {
	const out = [0];
	for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) out.push(i + 1);
	return out;
}

function lineOf(starts: number[], index: number): number {
	let lo = 0;
	let hi = starts.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >>> 1;
		if (starts[mid] <= index) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}

/** Node fs as the parse cache's file adapter. */
const fsAdapter: FileAdapter = {
	exists: async (p) => existsSync(p),
	read: async (p) => readFileSync(p, "utf8"),
	write: async (p, data) => writeFileSync(p, data),
};

export async function benchIndex(opts: IndexBenchOptions = {}): Promise<IndexBenchResult> {
	const n = opts.n ?? 10_000;
	const log = opts.log ?? (() => undefined);
	log(`generating ${n} briefs ...`);
	const vault = generateVault({ n, dir: opts.dir, seed: opts.seed });
	const dir = vault.dir;
	// Keep only paths and title lines: the note texts must not count in the heap, nor the answer key (the
	// planted dates, ~80,000 objects, 9 MB at 10,000 notes): it is generated again where it is scored.
	const notes = vault.notes.map((x) => ({ path: x.path, titleLine: x.planted[0].line }));
	vault.notes.length = 0;
	const plantedOf = (i: number): PlantedDate[] => {
		const again = generateNote(i, opts.seed);
		if (again.path !== notes[i].path) throw new Error(`vault-gen is not deterministic at note ${i}`);
		return again.planted;
	};
	let planted = 0;
	const full = notes.map((x) => join(dir, x.path));
	// The vault listing (Obsidian has every TFile's stat in memory before plugins run).
	const stats = full.map((f) => statSync(f));
	const mbOnDisk = round(stats.reduce((s, st) => s + st.size, 0) / 2 ** 20);
	const parseOpts = { parseYaml: load };

	// Warm up each approach (JIT, chrono's lazily built parsers) on a few notes.
	for (const f of full.slice(0, Math.min(200, n))) {
		const text = readFileSync(f, "utf8");
		splitFrontmatter(text);
		chrono.parse(text, REF_DATE);
		parseBrief({ path: f, text }, parseOpts);
	}

	log("floor: read + split front-matter ...");
	let t = performance.now();
	let bodies = 0;
	for (const f of full) bodies += splitFrontmatter(readFileSync(f, "utf8")).body.length;
	const floorMs = performance.now() - t;
	log(`floor: ${bodies} body characters`);

	log("peer: read + chrono.parse per note ...");
	const peerDates: DateScore = { found: 0, recall: 0, correctYear: 0, extra: 0 };
	const peerResults: chrono.ParsedResult[][] = new Array<chrono.ParsedResult[]>(n);
	t = performance.now();
	for (let i = 0; i < n; i++) peerResults[i] = chrono.parse(readFileSync(full[i], "utf8"), REF_DATE);
	const peerMs = performance.now() - t;
	for (let i = 0; i < n; i++) {
		const text = readFileSync(full[i], "utf8");
		const starts = lineStarts(text);
		const res = peerResults[i].map((r) => ({
			line: lineOf(starts, r.index),
			text: r.text,
			year: r.start.get("year") ?? undefined,
		}));
		peerDates.found += res.length;
		const used = new Set<number>();
		const key = plantedOf(i);
		planted += key.length;
		for (const p of key) {
			const k = res.findIndex((r) => r.line === p.line && overlaps(r.text, p.phrase));
			if (k < 0) continue;
			used.add(k);
			peerDates.recall++;
			if (res.some((r) => r.line === p.line && overlaps(r.text, p.phrase) && yearOk(p, r.year)))
				peerDates.correctYear++;
		}
		peerDates.extra += res.length - used.size;
	}
	peerResults.length = 0;

	log("ours: read + parseBrief + upsert + timeline() ...");
	const before = heap();
	const cache = new ParseCache(new JsonFileCacheStore(fsAdapter, join(dir, ".cache.json")), {
		setTimer: () => 0,
		clearTimer: () => undefined,
	});
	const index = new BriefIndex();
	let parseMs = 0;
	let indexMs = 0;
	t = performance.now();
	for (let i = 0; i < n; i++) {
		const text = readFileSync(full[i], "utf8");
		const p0 = performance.now();
		// As the plugin's indexer does: the parsed Brief is kept as is (it holds no slices of the note text).
		const brief = ownStrings(parseBrief({ path: notes[i].path, text }, parseOpts));
		const p1 = performance.now();
		index.upsert(brief);
		indexMs += performance.now() - p1;
		parseMs += p1 - p0;
		cache.set(notes[i].path, { mtime: stats[i].mtimeMs, size: stats[i].size }, brief);
	}
	const s0 = performance.now();
	const timeline = index.timeline({ includeUnpublished: true });
	indexMs += performance.now() - s0;
	const oursMs = performance.now() - t;
	const after = heap();

	const oursDates: DateScore = { found: timeline.length, recall: 0, correctYear: 0, extra: 0 };
	for (let i = 0; i < n; i++) {
		const events = index.get(notes[i].path)?.events ?? [];
		const used = new Set<number>();
		for (const p of plantedOf(i)) {
			const k = events.findIndex((e) => e.source.line === p.line && overlaps(e.date.text, p.phrase));
			if (k < 0) continue;
			used.add(k);
			oursDates.recall++;
			if (
				events.some(
					(e) => e.source.line === p.line && overlaps(e.date.text, p.phrase) && yearOk(p, e.date.start.year),
				)
			)
				oursDates.correctYear++;
		}
		oursDates.extra += events.length - used.size;
	}

	log("incremental updates ...");
	const incremental = await benchIncremental({ index, notes, full, parseOpts, samples: opts.samples ?? 500 });

	log("warm start from the parse cache ...");
	let w = performance.now();
	await cache.flush();
	const cacheWriteMs = performance.now() - w;
	if (cache.failedWrites) throw new Error("parse cache write failed");
	const cacheMB = round(statSync(join(dir, ".cache.json")).size / 2 ** 20);
	// Warm: load the cache file, then index every note from it (files unchanged since the cold run).
	const withCold = heap().mb;
	w = performance.now();
	const warmCache = new ParseCache(new JsonFileCacheStore(fsAdapter, join(dir, ".cache.json")), {
		setTimer: () => 0,
		clearTimer: () => undefined,
	});
	await warmCache.load();
	const warmIndex = new BriefIndex();
	let reparsed = 0;
	// One batch, as the indexer's first pass: listeners hear once; timeline() below merges everything.
	warmIndex.batch(() => {
		for (let i = 0; i < n; i++) {
			const hit = warmCache.lookup(notes[i].path, { mtime: stats[i].mtimeMs, size: stats[i].size });
			if (hit) warmIndex.upsert(hit);
			else {
				reparsed++;
				warmIndex.upsert(
					ownStrings(parseBrief({ path: notes[i].path, text: readFileSync(full[i], "utf8") }, parseOpts)),
				);
			}
		}
	});
	warmIndex.timeline({ includeUnpublished: true });
	const warmMs = performance.now() - w;
	// Heap of the warm index (plus its cache entries, the same objects), the cold one still alive.
	const warmHeap = heap().mb - withCold;

	return {
		n,
		dir,
		machine: `${cpus()[0]?.model ?? "unknown CPU"}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}`,
		mbOnDisk,
		floor: pass(floorMs, n),
		peer: pass(peerMs, n),
		ours: pass(oursMs, n),
		oursParseMs: round(parseMs),
		oursIndexMs: round(indexMs),
		oursOverFloor: round(oursMs / floorMs),
		oursOverPeer: round(oursMs / peerMs),
		planted,
		peerDates,
		oursDates,
		heapMB: round(after.mb, 1),
		indexHeapMB: round(after.mb - before.mb, 1),
		heapMethod: after.method,
		incremental,
		warm: {
			coldMs: round(oursMs),
			warmMs: round(warmMs),
			ratio: round(warmMs / oursMs, 3),
			reparsed,
			cacheMB,
			cacheWriteMs: round(cacheWriteMs),
			heapMB: round(warmHeap, 1),
		},
		stats: index.stats(),
	};
}

/** The result as a Markdown table (for the runner and the README), with the goals checked. */
export function formatIndexBench(r: IndexBenchResult): string {
	const ok = (b: boolean) => (b ? "yes" : "NO");
	const rows: [string, string, string, string][] = [
		[
			"floor: read + split front-matter",
			`${r.floor.notesPerSec.toLocaleString("en-US")} notes/s`,
			`${r.floor.msPerNote} ms/note`,
			"",
		],
		[
			"peer: read + chrono.parse (whole note)",
			`${r.peer.notesPerSec.toLocaleString("en-US")} notes/s`,
			`${r.peer.msPerNote} ms/note`,
			"",
		],
		[
			"ours: read + parse + index",
			`${r.ours.notesPerSec.toLocaleString("en-US")} notes/s`,
			`${r.ours.msPerNote} ms/note`,
			`parse ${r.oursParseMs} ms, index ${r.oursIndexMs} ms`,
		],
		["ours / floor", `${r.oursOverFloor}x`, "goal <= 3x", ok(r.oursOverFloor <= 3)],
		["ours / peer", `${r.oursOverPeer}x`, "goal < 1x", ok(r.oursOverPeer < 1)],
		[
			"dates right (planted " + r.planted.toLocaleString("en-US") + ")",
			`ours ${r.oursDates.correctYear.toLocaleString("en-US")}`,
			`peer ${r.peerDates.correctYear.toLocaleString("en-US")} (+${r.peerDates.extra.toLocaleString("en-US")} extra)`,
			ok(r.oursDates.correctYear > r.peerDates.correctYear),
		],
		["heap after indexing", `${r.heapMB} MB`, `index ${r.indexHeapMB} MB (${r.heapMethod})`, ok(r.heapMB < 150)],
		[
			"incremental update p50 / p99 (CPU)",
			`${r.incremental.cpuP50} / ${r.incremental.cpuP99} ms`,
			`${r.incremental.samples} edits after ${r.incremental.warmup} untimed (the first edit after indexing: ${r.incremental.firstCpu} ms); parse + upsert + snapshot + view measure/layout (view ${r.incremental.viewP50} / ${r.incremental.viewP99} ms; the old flat view path ${r.incremental.flatViewP50} / ${r.incremental.flatViewP99} ms); wall ${r.incremental.p50} / ${r.incremental.p99} ms; index only ${r.incremental.indexP50} / ${r.incremental.indexP99} ms; floor (parse alone) ${r.incremental.floorP50} / ${r.incremental.floorP99} ms, p99 ours/floor ${r.incremental.overFloorP99}x; a flat timeline() copy would add ${r.incremental.flatCopyP50} / ${r.incremental.flatCopyP99} ms`,
			ok(r.incremental.cpuP99 < 5),
		],
		[
			"allocated per edit (JS heap)",
			`parse ${r.incremental.alloc.parseKB} kB, index ${r.incremental.alloc.indexKB} kB, view ${r.incremental.alloc.viewKB} kB`,
			`counted: ${r.incremental.alloc.copiedPerEdit} pointers copied by the event lists, ${r.incremental.alloc.viewNumbersPerEdit} numbers in new typed arrays by the view (${r.incremental.alloc.edits} edits)`,
			"",
		],
		[
			"warm start / cold",
			`${r.warm.warmMs} / ${r.warm.coldMs} ms`,
			`${r.warm.ratio}x, cache ${r.warm.cacheMB} MB, re-parsed ${r.warm.reparsed}`,
			ok(r.warm.ratio < 0.2),
		],
	];
	const lines = [
		`Vault index benchmark: ${r.n.toLocaleString("en-US")} briefs (${r.mbOnDisk} MB), ${r.machine}`,
		"",
		"| measure | value | detail | goal met |",
		"|---|---|---|---|",
	];
	for (const row of rows) lines.push(`| ${row.join(" | ")} |`);
	return lines.join("\n");
}
