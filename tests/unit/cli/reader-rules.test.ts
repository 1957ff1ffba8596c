/**
 * One rule in one place: what a brief is (core/index/candidate.ts noteKindOf) and which settings shape reading
 * (core/brief/options.ts briefOptionsOf), shared by the plugin's indexer and the CLI.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadVault } from "../../../src/cli/vault";
import { briefOptionsOf, publishKeysOf, readerKeyOf } from "../../../src/core/brief/options";
import { DEFAULT_SECTION_SYNONYMS, READER_DEFAULTS } from "../../../src/core/brief/types";
import { hasPublishKey, noteKindOf, tooLargeProblem } from "../../../src/core/index/candidate";
import { DEFAULT_SETTINGS, migrateSettings, type Settings } from "../../../src/settings";

describe("briefOptionsOf: the settings that shape reading, listed once", () => {
	it("maps the reader settings, main publish key first", () => {
		const s: Settings = {
			...DEFAULT_SETTINGS,
			publishKey: "share",
			extraPublishKeys: ["publish", ""],
			maxNoteBytes: 4096,
		};
		expect(briefOptionsOf(s)).toEqual({
			publishKeys: ["share", "publish"],
			sectionSynonyms: s.sectionSynonyms,
			maxBytes: 4096,
		});
		expect(publishKeysOf(s)).toEqual(["share", "publish"]);
	});

	it("the reader key changes with every reader setting and with no other setting", () => {
		const base = readerKeyOf(DEFAULT_SETTINGS);
		const readerChanges: Partial<Settings>[] = [
			{ publishKey: "publish" },
			{ extraPublishKeys: ["share"] },
			{ maxNoteBytes: 1024 },
			{ sectionSynonyms: { ...DEFAULT_SETTINGS.sectionSynonyms, quotes: ["zitate"] } },
		];
		for (const c of readerChanges)
			expect(readerKeyOf({ ...DEFAULT_SETTINGS, ...c }), JSON.stringify(c)).not.toBe(base);
		const otherChanges: Partial<Settings>[] = [
			{ quizLength: 3 },
			{ includeUnpublished: true },
			{ gardenFolder: "Pages" },
			{ timelineDescending: true },
		];
		for (const c of otherChanges) expect(readerKeyOf({ ...DEFAULT_SETTINGS, ...c }), JSON.stringify(c)).toBe(base);
	});

	it("a synonym list edited in place changes the key (the key is a snapshot, not a reference)", () => {
		const s = migrateSettings({});
		const before = readerKeyOf(s);
		s.sectionSynonyms.facts.push("glossary");
		expect(readerKeyOf(s)).not.toBe(before);
	});

	it("the reader's defaults and the settings' defaults are the same values", () => {
		expect(DEFAULT_SETTINGS.sectionSynonyms).toEqual(DEFAULT_SECTION_SYNONYMS);
		expect(DEFAULT_SETTINGS.sectionSynonyms.quotes).not.toBe(DEFAULT_SECTION_SYNONYMS.quotes);
		expect(DEFAULT_SETTINGS.publishKey).toBe(READER_DEFAULTS.publishKey);
		expect(DEFAULT_SETTINGS.maxNoteBytes).toBe(READER_DEFAULTS.maxNoteBytes);
	});
});

describe("noteKindOf: this note is a brief", () => {
	const keys = ["dg-publish", "publish"];
	it.each([
		[{ "dg-publish": true }, "brief"],
		[{ "dg-publish": false }, "brief"],
		[{ publish: "no" }, "brief"],
		[{ tags: ["x"] }, "other"],
		[null, "other"],
		[{ "dg-publish": true, "study-briefs-generated": true }, "generated"],
		[{ "study-briefs-generated": "true" }, "generated"],
	] as const)("%j -> %s", (fm, kind) => {
		expect(noteKindOf(fm, keys)).toBe(kind);
		expect(hasPublishKey(fm, keys)).toBe(kind === "brief");
	});
});

describe("the CLI applies the indexer's rule", () => {
	let dir = "";
	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), "sb-rules-"));
		const files: Record<string, string> = {
			"Brief.md": "---\ndg-publish: true\n---\n# Brief\n\nThe war began in 1914.\n",
			"Page.md": "---\ndg-publish: true\nstudy-briefs-generated: true\n---\n# Timeline\n\nIn 1914.\n",
			"Plain.md": "# Plain\n\nThe Bastille fell in 1789.\n",
			"Huge.md": `---\ndg-publish: true\n---\n# Huge\n\n${"In 1917 it happened. ".repeat(120)}`,
		};
		for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it("a generated page is never a brief, not even with --any-note", () => {
		for (const anyNote of [false, true]) {
			const v = loadVault(dir, { settings: { ...DEFAULT_SETTINGS, maxNoteBytes: 2048 }, anyNote });
			expect(v.briefs.map((b) => b.path)).toEqual(anyNote ? ["Brief.md", "Plain.md"] : ["Brief.md"]);
			expect(v.skipped.find((s) => s.path === "Page.md")?.reason).toBe("generated page");
		}
	});

	it("a note over the size limit is the indexer's 'too large' problem, word for word", () => {
		const v = loadVault(dir, { settings: { ...DEFAULT_SETTINGS, maxNoteBytes: 2048 } });
		const size = Buffer.byteLength(`---\ndg-publish: true\n---\n# Huge\n\n${"In 1917 it happened. ".repeat(120)}`);
		expect(v.problems.filter((p) => p.path === "Huge.md")).toEqual([tooLargeProblem("Huge.md", size, 2048)]);
		expect(v.skipped.find((s) => s.path === "Huge.md")).toMatchObject({
			reason: "too large",
			detail: expect.stringContaining(`${size} bytes`),
		});
	});
});
