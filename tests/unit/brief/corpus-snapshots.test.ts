/**
 * Recorded outputs: the Brief JSON of every note in the shared corpus, the seed and our own fixtures,
 * one snapshot file per note under __snapshots__/. A change in the reader shows as a readable diff.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { load } from "js-yaml";
import { parseBrief } from "../../../src/core/brief/index";
import { CORPUS_DIR, SEED_DIR } from "../../shims/test-paths";

const FIXTURES = new URL("../../fixtures/briefs/", import.meta.url).pathname;
const NOTE = /\.(md|mdx|markdown)$/i;

function notesUnder(root: string, prefix = ""): string[] {
	const out: string[] = [];
	for (const name of readdirSync(root).sort()) {
		const full = `${root}/${name}`;
		if (statSync(full).isDirectory()) out.push(...notesUnder(full, `${prefix}${name}/`));
		else if (NOTE.test(name)) out.push(`${prefix}${name}`);
	}
	return out;
}

function snapName(group: string, rel: string): string {
	return `./__snapshots__/${group}/${rel.replace(/[/\\]/g, "__").replace(/[^\w.()' -]/g, "_")}.json`;
}

const parseYaml = (s: string): unknown => load(s);

const groups: [string, string][] = [
	["corpus", CORPUS_DIR],
	["seed", SEED_DIR],
	["fixtures", FIXTURES],
];

describe.each(groups)("recorded briefs: %s", (group, root) => {
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
		await expect(`${JSON.stringify(brief, null, 2)}\n`).toMatchFileSnapshot(snapName(group, rel));
	});
});
