import { BriefIndex } from "../core/index/brief-index";
import type { Brief, HistEvent, Problem } from "../core/model";
import type { CliIO } from "./io";
import { EXIT_OK } from "./io";
import { mapRows, OutStream, Rows, writeJson } from "./output";
import { count } from "./terminal-text";
import { eventDateLabel, hasBCDate } from "../core/dates/format-labeler";
import { shownLabel, type EraConvention } from "../core/dates/format";
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

/** An event as JSON; `shown` is its label as the timeline shows it (era labels, "?" on an inferred year). */
export function eventJson(e: HistEvent, shown?: string) {
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
			...(d.inferred ? { inferred: true, ...(d.inferredFrom ? { inferredFrom: d.inferredFrom } : {}) } : {}),
			...(shown !== undefined ? { shown } : {}),
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
export function labelWidth(
	events: readonly HistEvent[],
	labelOf: (e: HistEvent) => string = (e) => shownLabel(e.date),
): number {
	let width = 6;
	for (const e of events) width = Math.max(width, labelOf(e).length);
	return Math.min(18, width);
}

/** The timeline's date labels: the era setting (or --era-labels), each note's own convention, "AD 43" beside BC. */
export function timelineLabeler(
	index: BriefIndex,
	events: readonly HistEvent[],
	convention: EraConvention,
): (e: HistEvent) => string {
	const ends = [events[0], events[events.length - 1]].filter((e) => e !== undefined).map((e) => e.date);
	const o = { convention, briefOf: (p: string) => index.get(p), hasBC: hasBCDate(ends) };
	return (e) => eventDateLabel(o, e);
}

export async function runTimeline(
	vault: LoadedVault,
	opts: { json: boolean; eraLabels?: EraConvention },
	io: CliIO,
): Promise<number> {
	const index = indexOf(vault);
	const events = index.timeline({ includeUnpublished: true });
	const labelOf = timelineLabeler(index, events, opts.eraLabels ?? vault.settings.eraLabels);
	const out = new OutStream(io);
	if (opts.json) {
		await writeJson(out, [
			["briefs", new Rows(mapRows(vault.briefs, briefJson))],
			["events", new Rows(mapRows(events, (e) => eventJson(e, labelOf(e))))],
			...trailerFields(vault),
		]);
		return EXIT_OK;
	}
	const titles = new Map(vault.briefs.map((b) => [b.path, b.title]));
	await out.line(
		`Timeline of ${vault.root}: ${count(events.length, "event")} from ${count(vault.briefs.length, "brief")}`,
	);
	await out.line();
	const width = labelWidth(events, labelOf);
	for (const e of events) {
		const what = e.label ? `${e.label}: ${e.text}` : e.text;
		await out.line(`  ${labelOf(e).padEnd(width)}  ${clip(what, 90)}`);
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
