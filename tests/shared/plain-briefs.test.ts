/** parseBrief's output is plain JSON data on every note of the shared corpus and the seed (../shared). */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { load } from "js-yaml";
import { parseBrief } from "../../src/core/brief/index";
import { CORPUS_DIR, SEED_DIR } from "../shims/test-paths";
import { notesUnder, notPlain } from "../support/plain-data";

describe("parseBrief output is plain data on real notes", () => {
	const notes = [CORPUS_DIR, SEED_DIR].flatMap((root) => notesUnder(root).map((rel) => `${root}/${rel}`));

	it("reads the shared corpus", () => {
		expect(notes.length).toBeGreaterThan(20);
	});

	it("equals its own JSON round trip, with nothing JSON would drop and no shared objects", () => {
		const problems: string[] = [];
		for (const file of notes) {
			const text = readFileSync(file, "utf8");
			for (const brief of [
				parseBrief({ path: file, text }, { parseYaml: (s) => load(s) }),
				parseBrief({ path: file, text }),
			]) {
				notPlain(brief, file, new Set(), problems);
				expect(JSON.parse(JSON.stringify(brief))).toStrictEqual(brief);
			}
		}
		expect(problems).toEqual([]);
	});
});
