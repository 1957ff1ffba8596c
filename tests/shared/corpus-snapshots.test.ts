/**
 * Recorded outputs over third-party notes (the shared corpus and the seed, ../shared): DERIVED data only
 * (line numbers, kinds, roles, date labels and precisions, counts, short hashes of text), never the text,
 * so no one else's words are copied into the repository. A change in the reader still shows as a diff:
 * an event gained or lost, a line or label moved, a quote cut differently (its hash changes).
 * The project's own briefs keep full snapshots (tests/unit/brief/fixture-snapshots.test.ts).
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { load } from "js-yaml";
import { parseBrief } from "../../src/core/brief/index";
import type { Brief } from "../../src/core/model";
import { CORPUS_DIR, SEED_DIR } from "../shims/test-paths";
import { notesUnder } from "../support/plain-data";

/** 8 hex digits of SHA-256: tells texts apart in a diff, and cannot be read back into the text. */
function h(text: string | undefined): string {
	return text === undefined ? "-" : createHash("sha256").update(text).digest("hex").slice(0, 8);
}

/** One line per item: easy to read in a diff, and free of the note's words. */
function derived(b: Brief): Record<string, unknown> {
	return {
		publish: b.publish,
		hidden: b.hidden,
		title: h(b.title),
		id: h(b.id),
		counts: {
			tags: b.tags.length,
			themes: b.themes.length,
			links: b.links.length,
			events: b.events.length,
			quotes: b.quotes.length,
			facts: b.facts.length,
		},
		sections: b.sections.map((s) => `${s.startLine}-${s.endLine} ${s.kind} ${s.level} ${s.role} ${h(s.title)}`),
		events: b.events.map(
			(e) =>
				`${e.source.line} ${e.date.label} [${e.date.precision}${e.date.approximate ? " ~" : ""}] text ${h(e.text)} label ${h(e.label)}`,
		),
		quotes: b.quotes.map((q) => `${q.source.line} ${h(q.text)} len ${q.text.length} speaker ${h(q.speaker)}`),
		facts: b.facts.map((f) => `${f.source.line} term ${h(f.term)} def ${h(f.definition)}`),
		problems: b.problems.map((p) => `${p.line} ${p.severity} ${h(p.message)}`),
	};
}

function snapName(group: string, rel: string): string {
	return `./__snapshots__/${group}/${rel.replace(/[/\\]/g, "__").replace(/[^\w.()' -]/g, "_")}.json`;
}

const parseYaml = (s: string): unknown => load(s);

const groups: [string, string][] = [
	["corpus", CORPUS_DIR],
	["seed", SEED_DIR],
];

describe.each(groups)("recorded briefs (derived data): %s", (group, root) => {
	const notes = notesUnder(root);
	it("has notes to read", () => {
		expect(notes.length).toBeGreaterThan(0);
	});
	it.each(notes)("%s", async (rel) => {
		const text = readFileSync(`${root}/${rel}`, "utf8");
		const brief = parseBrief({ path: rel, text }, { parseYaml });
		// parseBrief turns an internal exception into a "could not be read" problem: none may happen here.
		expect(brief.problems.filter((p) => p.message.includes("could not be read"))).toEqual([]);
		for (const p of brief.problems) {
			expect(p.path).toBe(rel);
			expect(p.line).toBeGreaterThanOrEqual(0);
			expect(p.message.length).toBeGreaterThan(5);
		}
		for (const e of [...brief.events, ...brief.quotes, ...brief.facts]) {
			expect(e.source.path).toBe(rel);
			expect(e.source.line).toBeGreaterThanOrEqual(0);
		}
		const snapshot = `${JSON.stringify(derived(brief), null, 1)}\n`;
		// No sentence of the note may reach the snapshot (date labels like "Nov 1933" are short and ours).
		for (const q of brief.quotes) if (q.text.length > 24) expect(snapshot).not.toContain(q.text.slice(0, 24));
		await expect(snapshot).toMatchFileSnapshot(snapName(group, rel));
	});
});
