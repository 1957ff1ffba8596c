/** End to end on real notes: the seed brief and the shared corpus, parsed and indexed by the real core. */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { load } from "js-yaml";
import { parseBrief } from "../../../src/core/brief/index";
import { BriefIndex } from "../../../src/core/index/brief-index";
import { formatCitation } from "../../../src/core/quotes/citation";
import { makeHost, mountQuotes } from "../../browser/helpers-quotes";

const parseYaml = (t: string) => load(t);
// tests/shims/test-paths.ts resolves from import.meta.url, which jsdom-environment modules get as a
// "/@fs/..." URL; the same locations from the working directory (vitest runs at the checkout root).
const SHARED = resolve(process.cwd(), "../shared");
const SEED_BRIEF = `${SHARED}/fixtures/seed/us-recognition-of-soviet-union-brief.md`;
const CORPUS_DIR = `${SHARED}/corpus`;

function notesUnder(root: string, prefix = ""): string[] {
	const out: string[] = [];
	for (const name of readdirSync(root).sort()) {
		const full = `${root}/${name}`;
		if (statSync(full).isDirectory()) out.push(...notesUnder(full, `${prefix}${name}/`));
		else if (/\.md$/i.test(name)) out.push(`${prefix}${name}`);
	}
	return out;
}

afterEach(() => document.body.empty());

describe("quote panel on real notes", () => {
	it("shows the seed brief's 3 quotes and cites them with the note's file name", async () => {
		const index = new BriefIndex();
		const path = "Russian History/us-recognition-of-soviet-union-brief.md";
		index.upsert(parseBrief({ path, text: readFileSync(SEED_BRIEF, "utf8") }, { parseYaml }));
		const host = makeHost(index);
		const { view } = await mountQuotes(host);
		const cards = view.rows.filter((r) => r.kind === "card" && r.section === "main");
		expect(cards).toHaveLength(3);
		const first = view.model.entries[0];
		expect(first.briefTitle).toBe("Recognition of the Soviet Union, 1933");
		expect(first.date?.label).toBe("1917");
		const citation = view.actions.citation(first);
		expect(citation.split("\n").at(-1)).toBe("> — [[us-recognition-of-soviet-union-brief]]");
		expect(citation).toBe(formatCitation(first.quote, "us-recognition-of-soviet-union-brief"));
		expect(citation.startsWith("> Roosevelt hoped that recognition")).toBe(true);
		view.searchEl.value = "purges horrified";
		view.searchEl.dispatchEvent(new Event("input"));
		expect(view.rows.filter((r) => r.kind === "card")).toHaveLength(1);
	});

	it("indexes every quote of the shared corpus and finds each one by its own words", async () => {
		const index = new BriefIndex();
		for (const rel of notesUnder(CORPUS_DIR)) {
			index.upsert(parseBrief({ path: rel, text: readFileSync(`${CORPUS_DIR}/${rel}`, "utf8") }, { parseYaml }));
		}
		const host = makeHost(index, { settings: { includeUnpublished: true } });
		const { view } = await mountQuotes(host);
		const total = index.quotes({ includeUnpublished: true }).length;
		expect(view.model.entries).toHaveLength(total);
		// Every quote is found by a few of its own words, whatever accents and punctuation it has.
		for (const e of view.model.entries.slice(0, 300)) {
			const words = e.quote.text
				.split(/\s+/)
				.filter((w) => /\p{L}{4,}/u.test(w))
				.slice(0, 3)
				.join(" ");
			if (!words) continue;
			view.searchEl.value = words;
			view.searchEl.dispatchEvent(new Event("input"));
			expect(view.rows.some((r) => r.kind === "card" && r.entry === e)).toBe(true);
		}
	});
});
