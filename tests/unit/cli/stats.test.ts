/** `study-briefs stats`: the same figures as the dashboard from a vault's review logs; the stderr progress bar. */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../../src/cli/index";
import { CliProgress, progressLine } from "../../../src/cli/progress";
import { runStats, sparkline, vaultStats } from "../../../src/cli/stats";
import { loadVault } from "../../../src/cli/vault";
import { serializeEvent, type LogEventBody } from "../../../src/core/review";

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 4, 12);
const HEADER = "---\ndg-publish: false\nstudy-briefs: review-log\n---\n# Study Briefs review log\n\n";

/** A copy of the example vault with one device's log (and a stray note in the log folder). */
function vaultWithLog(events: LogEventBody[], folder = "Study Briefs/reviews"): string {
	const root = mkdtempSync(join(tmpdir(), "sb-stats-"));
	cpSync("examples/vault", root, { recursive: true });
	mkdirSync(join(root, ...folder.split("/")), { recursive: true });
	writeFileSync(
		join(root, ...folder.split("/"), "laptop.md"),
		HEADER + events.map((e) => `${serializeEvent(e)}\n`).join("") + "{not json\n",
	);
	writeFileSync(join(root, ...folder.split("/"), "notes.md"), "# My notes about reviewing\n");
	return root;
}

function dateCard(course: string): { card: string; text: string; path: string; line: number } {
	const b = loadVault("examples/vault").briefs.find((x) => x.course.startsWith(course) && x.events.length)!;
	return {
		card: `${b.id}#${b.events[0].id}/date`,
		text: b.events[0].text,
		path: b.path,
		line: b.events[0].source.line,
	};
}

function capture() {
	const out: string[] = [];
	const err: string[] = [];
	return { out, err, io: { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t) } };
}

describe("study-briefs stats", () => {
	const rome = dateCard("Roman");
	const russia = dateCard("Russian");
	const events: LogEventBody[] = [
		{ k: "review", card: rome.card, grade: 1, t: NOW - 2 * DAY },
		{ k: "review", card: rome.card, grade: 3, t: NOW - DAY },
		{ k: "review", card: russia.card, grade: 3, t: NOW - 3600_000 },
	];

	it("--json prints the dashboard's figures, with the log problems, and nothing else on stdout", () => {
		const root = vaultWithLog(events);
		const c = capture();
		expect(runStats(root, { json: true, now: NOW, offsetAt: () => 0 }, c.io)).toBe(0);
		expect(c.out).toHaveLength(1);
		const json = JSON.parse(c.out[0]) as Record<string, unknown> & {
			totals: { reviews: number };
			streak: unknown;
			missed: Array<{ card: string; source: { path: string; line: number } }>;
			problems: Array<{ path: string; line: number }>;
		};
		expect(json.today).toBe("2026-12-04");
		expect(json.totals.reviews).toBe(3);
		expect(json.streak).toEqual({ current: 3, longest: 3, reviewedToday: true });
		expect(json.missed.map((m) => m.card)).toEqual([rome.card]);
		expect(json.missed[0].source).toEqual({ path: rome.path, line: rome.line });
		expect(Object.keys(json)).toEqual([
			"reviewFolder",
			"today",
			"desiredRetention",
			"totals",
			"streak",
			"heatmap",
			"forecast",
			"retention",
			"courses",
			"briefs",
			"missed",
			"problems",
		]);
		// The stray note is reported, not read; the bad line is reported and skipped.
		expect(json.problems.map((p) => p.path).sort()).toEqual([
			"Study Briefs/reviews/laptop.md",
			"Study Briefs/reviews/notes.md",
		]);
		expect(c.err).toEqual([]);
		// The same core as the plugin: identical to vaultStats.
		const { stats } = vaultStats(root, { now: NOW, offsetAt: () => 0 });
		expect(json.totals).toEqual(stats.totals);
	});

	it("prints a readable summary, and follows the review folder set in the plugin's settings", () => {
		const root = vaultWithLog(events, "Reviews/logs");
		mkdirSync(join(root, ".obsidian", "plugins", "study-briefs"), { recursive: true });
		writeFileSync(
			join(root, ".obsidian", "plugins", "study-briefs", "data.json"),
			JSON.stringify({ reviewFolder: "Reviews/logs" }),
		);
		const c = capture();
		runStats(root, { json: false, now: NOW, offsetAt: () => 0 }, c.io);
		const text = c.out.join("\n");
		expect(text).toContain('review logs in "Reviews/logs"');
		expect(text).toContain("Streak: 3 days (longest 3)");
		expect(text).toContain("in all: 3");
		expect(text).toContain(`1. ${rome.text.replace(/\s+/g, " ").slice(0, 80)}`);
		expect(text).toContain(`(${rome.path}:${rome.line + 1}), missed 1 of 2`);
	});

	it("an empty vault folder: zeros and a hint, exit 0", async () => {
		const root = mkdtempSync(join(tmpdir(), "sb-stats-empty-"));
		const c = capture();
		expect(await main(["stats", root], c.io)).toBe(0);
		expect(c.out.join("\n")).toContain("No reviews yet");
		expect(await main(["stats", root, "--json", "extra"], c.io)).toBe(2);
	});

	it("sparkline scales to the largest value", () => {
		expect(sparkline([0, 1, 2, 4])).toBe(" \u2582\u2584\u2588");
		expect(sparkline([0, 0])).toBe("  ");
	});
});

describe("CLI progress bar", () => {
	const stream = (isTTY: boolean) => {
		const writes: string[] = [];
		return { writes, isTTY, write: (s: string) => void writes.push(s) };
	};

	it("draws on a terminal for long work, at most once per percent, and clears its line", () => {
		const s = stream(true);
		const bar = new CliProgress(s, "reading notes", 10_000);
		for (let i = 0; i < 10_000; i++) bar.tick();
		bar.finish();
		expect(s.writes.length).toBe(101 + 1);
		expect(s.writes[100]).toBe(`\r${progressLine("reading notes", 10_000, 10_000)}`);
		expect(s.writes.at(-1)).toBe("\r\u001b[2K");
		expect(progressLine("x", 5, 10, 10)).toBe("[#####-----]  50% x 5 / 10");
	});

	it("draws nothing when stderr is not a terminal, or the work is short", () => {
		const pipe = stream(false);
		const p = new CliProgress(pipe, "x", 10_000);
		p.tick(5000);
		p.finish();
		const short = stream(true);
		const q = new CliProgress(short, "x", 20);
		q.tick(20);
		q.finish();
		expect([p.active, q.active, pipe.writes, short.writes]).toEqual([false, false, [], []]);
	});
});
