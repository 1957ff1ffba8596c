/**
 * Issue 21 must not change English: every note of the (English) shared corpus is read as English, and not one
 * of its sentences goes to another language's date reader (so the date figures of English notes stay the same
 * once the fr/de/es/pt/it date engine is in).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { load } from "js-yaml";
import { parseBrief } from "../../src/core/brief/index";
import { createDateReader } from "../../src/core/dates";
import type { DateReader, FindDatesOptions } from "../../src/core/dates/types";
import { CORPUS_DIR, SEED_DIR } from "../shims/test-paths";
import { notesUnder } from "../support/plain-data";

const parseYaml = (s: string): unknown => load(s);

describe.each([
	["corpus", CORPUS_DIR],
	["seed", SEED_DIR],
])("English notes stay English: %s", (_group, root) => {
	const notes = notesUnder(root);
	it("every note is English and every date read goes to the English reader", () => {
		expect(notes.length).toBeGreaterThan(0);
		let reads = 0;
		const other: string[] = [];
		for (const rel of notes) {
			const make = (o?: FindDatesOptions): DateReader => {
				const r = createDateReader(o);
				return {
					read: (s) => {
						reads++;
						if (o?.lang) other.push(`${rel}: ${o.lang}: ${s.slice(0, 80)}`);
						return r.read(s);
					},
					section: (y, f) => r.section?.(y, f),
					get anchorYear() {
						return r.anchorYear;
					},
				};
			};
			const brief = parseBrief(
				{ path: rel, text: readFileSync(`${root}/${rel}`, "utf8") },
				{ parseYaml, createDateReader: make },
			);
			expect(brief.lang, rel).toBeUndefined();
		}
		expect(reads).toBeGreaterThan(notes.length);
		expect(other).toEqual([]);
	});
});
