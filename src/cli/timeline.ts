import { BriefIndex } from "../core/index/brief-index";
import type { Brief, HistEvent, Problem } from "../core/model";
import type { CliIO } from "./io";
import { EXIT_OK } from "./io";
import { mapRows, OutStream, Rows, writeJson } from "./output";
import { count } from "./terminal-text";
import { shownLabel } from "../core/dates/format";
import type { LoadedVault, Skipped } from "./vault";

export function indexOf(vault: LoadedVault): BriefIndex {
	const index = new BriefIndex();
	for (const b of vault.briefs) index.upsert(b);
	return index;
}

export function briefJson(b: Brief) {
	return { path: b.path, id: b.id, title: b.title, published: b.publish };
}

export function problemJson(p: Problem) {
	return { path: p.path, line: p.line, message: p.message };
}

export function skippedJson(s: Skipped) {
	return { path: s.path, reason: s.reason, ...(s.detail ? { detail: s.detail } : {}) };
}

export function eventJson(e: HistEvent) {
	const d = e.date;
	return {
		id: e.id,
		brief: e.briefPath,
		line: e.source.line,
		text: e.text,
		...(e.label ? { label: e.label } : {}),
		date: {
			start: d.start,
			end: d.end,
			precision: d.precision,
			approximate: d.approximate,
			label: d.label,
			text: d.text,
			...(d.calendar ? { calendar: d.calendar } : {}),
			...(d.originalLabel ? { originalLabel: d.originalLabel } : {}),
		},
	};
}

/** The JSON fields every listing ends with: problems, and why each other file is not a brief. */
export function trailerFields(vault: LoadedVault): [string, unknown][] {
	return [
		["problems", new Rows(mapRows(vault.problems, problemJson))],
		["skipped", new Rows(mapRows(vault.skipped, skippedJson))],
	];
}

function clip(s: string, n: number): string {
	const one = s.replace(/\s+/g, " ").trim();
	return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}

/** The date column's width: the longest label, between 6 and 18 (a loop: no spread over the events). */
export function labelWidth(events: readonly HistEvent[]): number {
	let width = 6;
	for (const e of events) if (shownLabel(e.date).length > width) width = shownLabel(e.date).length;
	return Math.min(18, width);
}

export async function runTimeline(vault: LoadedVault, opts: { json: boolean }, io: CliIO): Promise<number> {
	const events = indexOf(vault).timeline({ includeUnpublished: true });
	const out = new OutStream(io);
	if (opts.json) {
		await writeJson(out, [
			["briefs", new Rows(mapRows(vault.briefs, briefJson))],
			["events", new Rows(mapRows(events, eventJson))],
			...trailerFields(vault),
		]);
		return EXIT_OK;
	}
	const titles = new Map(vault.briefs.map((b) => [b.path, b.title]));
	await out.line(
		`Timeline of ${vault.root}: ${count(events.length, "event")} from ${count(vault.briefs.length, "brief")}`,
	);
	await out.line();
	const width = labelWidth(events);
	for (const e of events) {
		const what = e.label ? `${e.label}: ${e.text}` : e.text;
		await out.line(`  ${shownLabel(e.date).padEnd(width)}  ${clip(what, 90)}`);
		await out.line(`  ${"".padEnd(width)}  ↳ ${titles.get(e.briefPath) ?? e.briefPath}, line ${e.source.line + 1}`);
	}
	if (!events.length)
		await out.line(
			"  No dated events. A brief is a note with `dg-publish: true` in its front-matter and dated sentences.",
		);
	await printProblems(vault.problems, out);
	await out.flush();
	return EXIT_OK;
}

export async function printProblems(problems: readonly Problem[], out: OutStream, lead = true): Promise<void> {
	if (!problems.length) return;
	if (lead) await out.line();
	await out.line(`Problems (${problems.length}):`);
	for (const p of problems) await out.line(`  ${p.path}:${p.line + 1}  ${p.message}`);
}

/** study-briefs problems [VAULT] [--json]. */
export async function runProblems(vault: LoadedVault, opts: { json: boolean }, io: CliIO): Promise<number> {
	const out = new OutStream(io);
	if (opts.json) await writeJson(out, trailerFields(vault));
	else {
		if (vault.problems.length) await printProblems(vault.problems, out, false);
		else await out.line(`No problems in ${vault.root}.`);
		await out.flush();
	}
	return EXIT_OK;
}
