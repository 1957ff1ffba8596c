/**
 * `study-briefs stats [VAULT] [--json]`: the study dashboard's figures from the vault's review logs, computed by
 * the same core (core/stats) as the plugin. Read-only: nothing is written.
 */
import type { Problem } from "../core/model";
import { replayLogs, createScheduler } from "../core/review";
import type { DeviceLog } from "../core/review";
import { briefLookup, localOffset, studyCardsOf, studyStats } from "../core/stats";
import type { StudyStats } from "../core/stats/types";
import type { CliIO } from "./io";
import { EXIT_OK } from "./io";
import type { ProgressStream } from "./progress";
import { readDeviceLogs } from "./device-logs";
import { problemJson } from "./timeline";
import { readVaultSettings } from "./settings";
import { loadVault } from "./vault";

export interface StatsOptions {
	json: boolean;
	/** Epoch ms (tests); default now. */
	now?: number;
	/** Minutes east of UTC at a time (tests); default the machine's zone. */
	offsetAt?: (t: number) => number;
	/** Where a progress bar may go (process.stderr in the terminal). */
	progress?: ProgressStream | null;
}

const MARKER = "study-briefs: review-log";

/** Every device's log in the review folder (a note without the log marker is reported, not read). */
export function readLogs(
	root: string,
	folder: string,
	progress: ProgressStream | null = null,
): { logs: DeviceLog[]; problems: Problem[] } {
	return readDeviceLogs(root, folder, { marker: MARKER, name: "review log" }, progress);
}

/** The figures for a vault folder, and the problems met in its logs. */
export function vaultStats(
	root: string,
	opts: Omit<StatsOptions, "json"> = {},
): { stats: StudyStats; problems: Problem[]; folder: string } {
	const settings = readVaultSettings(root).settings;
	const vault = loadVault(root, { all: true, settings, progress: opts.progress ?? null });
	const { logs, problems } = readLogs(root, settings.reviewFolder, opts.progress ?? null);
	const scheduler = createScheduler();
	const replayed = replayLogs(logs, [], scheduler);
	const now = opts.now ?? Date.now();
	const cards = studyCardsOf(replayed.states.values(), now, scheduler, briefLookup(vault.briefs));
	const stats = studyStats(cards, { now, offsetAt: opts.offsetAt ?? localOffset });
	return { stats, problems: [...problems, ...replayed.problems], folder: settings.reviewFolder };
}

const pct = (x: number) => `${Math.round(x * 100)}%`;
const num = (x: number) => x.toLocaleString("en-US");
/** One line of a long item: whitespace folded, cut at `max` characters. */
function short(text: string, max = 90): string {
	const t = text.replace(/\s+/g, " ").trim();
	return t.length > max ? `${t.slice(0, max - 1)}\u2026` : t;
}

const BLOCKS = " \u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588";

/** One character per value, scaled to the largest ("▁▃█"). */
export function sparkline(values: number[]): string {
	const max = Math.max(0, ...values);
	return values.map((v) => (max ? BLOCKS[Math.ceil((v / max) * 8)] : BLOCKS[0])).join("");
}

function printText(s: StudyStats, folder: string, problems: Problem[], io: CliIO): void {
	const t = s.totals;
	io.out(`Study stats (today ${s.today}, review logs in "${folder}")`);
	io.out(
		`Streak: ${num(s.streak.current)} ${s.streak.current === 1 ? "day" : "days"} (longest ${num(s.streak.longest)}) \u00b7 reviews today: ${num(t.today)} \u00b7 in all: ${num(t.reviews)}`,
	);
	io.out(
		`Cards: ${num(t.cards)} \u00b7 due now: ${num(t.dueNow)} \u00b7 never studied: ${num(t.newCards)} \u00b7 mastered: ${num(t.mastered)}${t.cards ? ` (${pct(t.mastered / t.cards)})` : ""}`,
	);
	if (!t.reviews) {
		io.out("No reviews yet: answer quiz questions in Obsidian and they are logged in the review folder.");
		return;
	}
	const last28 = s.heatmap.days.slice(-28);
	io.out(`Reviews, last 28 days  |${sparkline(last28.map((d) => d.count))}|  ${last28[0]?.date} .. ${s.today}`);
	io.out(
		`Due, next 30 days      |${sparkline(s.forecast.map((d) => d.due))}|  today ${num(s.forecast[0]?.due ?? 0)} (with overdue), week ${num(s.forecast.slice(0, 7).reduce((n, d) => n + d.due, 0))}`,
	);
	const weeks = s.retention.filter((w) => w.checks > 0).slice(-6);
	if (weeks.length)
		io.out(
			`Retention per week (desired ${pct(s.desiredRetention)}): ${weeks.map((w) => `${w.week} ${pct(w.rate ?? 0)} of ${num(w.checks)}`).join(" \u00b7 ")}`,
		);
	io.out("Mastery by course:");
	for (const c of s.courses)
		io.out(
			`  ${c.label}: ${pct(c.share)} of ${num(c.cards)} ${c.cards === 1 ? "card" : "cards"}${c.dueNow ? `, ${num(c.dueNow)} due` : ""}`,
		);
	if (s.missed.length) {
		io.out("Most missed:");
		s.missed.forEach((m, i) =>
			io.out(
				`  ${i + 1}. ${short(m.label)} \u2014 ${m.briefTitle}${m.source ? ` (${m.source.path}:${m.source.line + 1})` : ""}, missed ${m.misses} of ${m.reviews}`,
			),
		);
	}
	if (problems.length)
		io.out(
			`${num(problems.length)} ${problems.length === 1 ? "problem" : "problems"} in the review logs (see --json).`,
		);
}

export function runStats(root: string, opts: StatsOptions, io: CliIO): number {
	const { stats, problems, folder } = vaultStats(root, opts);
	if (opts.json) {
		io.out(JSON.stringify({ reviewFolder: folder, ...stats, problems: problems.map(problemJson) }, null, 2));
	} else printText(stats, folder, problems, io);
	return EXIT_OK;
}
