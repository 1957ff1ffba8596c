import { BriefIndex } from "../core/index/brief-index";
import type { Brief, HistEvent, Problem } from "../core/model";
import type { CliIO } from "./io";
import { EXIT_OK } from "./io";
import type { LoadedVault } from "./vault";

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

function clip(s: string, n: number): string {
	const one = s.replace(/\s+/g, " ").trim();
	return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}

export function runTimeline(vault: LoadedVault, opts: { json: boolean }, io: CliIO): number {
	const index = indexOf(vault);
	const events = index.timeline({ includeUnpublished: true });
	const problems = [...vault.problems];
	if (opts.json) {
		io.out(JSON.stringify({ briefs: vault.briefs.map(briefJson), events: events.map(eventJson), problems: problems.map(problemJson) }, null, 2));
		return EXIT_OK;
	}
	const titles = new Map(vault.briefs.map((b) => [b.path, b.title]));
	io.out(`Timeline of ${vault.root}: ${events.length} events from ${vault.briefs.length} briefs\n`);
	const width = Math.min(18, Math.max(6, ...events.map((e) => e.date.label.length)));
	for (const e of events) {
		const what = e.label ? `${e.label}: ${e.text}` : e.text;
		io.out(`  ${e.date.label.padEnd(width)}  ${clip(what, 90)}`);
		io.out(`  ${"".padEnd(width)}  ↳ ${titles.get(e.briefPath) ?? e.briefPath}, line ${e.source.line + 1}`);
	}
	if (!events.length) io.out("  No dated events. A brief is a note with `dg-publish: true` in its front-matter and dated sentences.");
	printProblems(problems, io);
	return EXIT_OK;
}

export function printProblems(problems: Problem[], io: CliIO): void {
	if (!problems.length) return;
	io.out(`\nProblems (${problems.length}):`);
	for (const p of problems) io.out(`  ${p.path}:${p.line + 1}  ${p.message}`);
}
