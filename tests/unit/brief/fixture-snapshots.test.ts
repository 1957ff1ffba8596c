/**
 * Recorded outputs of the project's own briefs (tests/fixtures/briefs and tests/fixtures/own-seed): the whole
 * Brief JSON, one snapshot file per note under __snapshots__/, so a change in the reader shows as a
 * readable diff. These notes were written for the project, so their text may be recorded; the shared
 * corpus records derived data only (tests/shared/corpus-snapshots.test.ts).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { load } from "js-yaml";
import { parseBrief } from "../../../src/core/brief/index";
import { BRIEF_FIXTURES, OWN_SEED_DIR } from "../../fixtures/paths";
import { notesUnder } from "../../support/plain-data";

function snapName(group: string, rel: string): string {
	return `./__snapshots__/${group}/${rel.replace(/[/\\]/g, "__").replace(/[^\w.()' -]/g, "_")}.json`;
}

const parseYaml = (s: string): unknown => load(s);

const groups: [string, string][] = [
	["fixtures", BRIEF_FIXTURES],
	["own-seed", OWN_SEED_DIR],
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
