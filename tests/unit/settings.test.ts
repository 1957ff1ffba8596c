import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, migrateSettings, SETTINGS_VERSION, type Settings } from "../../src/settings";
import { fuzzParams } from "../support/fuzz";

function assertValid(s: Settings): void {
	expect(s.version).toBe(SETTINGS_VERSION);
	expect(typeof s.publishKey).toBe("string");
	expect(s.publishKey.length).toBeGreaterThan(0);
	expect(Array.isArray(s.extraPublishKeys)).toBe(true);
	for (const k of s.extraPublishKeys) expect(typeof k).toBe("string");
	for (const list of [s.sectionSynonyms.quotes, s.sectionSynonyms.facts, s.sectionSynonyms.themes]) {
		expect(list.length).toBeGreaterThan(0);
		for (const t of list) expect(t).toBe(t.toLowerCase());
	}
	expect(Number.isInteger(s.maxNoteBytes) && s.maxNoteBytes >= 1024).toBe(true);
	expect(Number.isInteger(s.quizLength) && s.quizLength >= 1 && s.quizLength <= 100).toBe(true);
	for (const folder of [s.reviewFolder, s.gardenFolder]) {
		expect(folder.length).toBeGreaterThan(0);
		expect(folder.split("/")).not.toContain("..");
		expect(folder.startsWith("/")).toBe(false);
	}
	expect(["dg-publish", "publish", ""]).toContain(s.gardenPublishKey);
	for (const b of [
		s.includeUnpublished,
		s.timelineDescending,
		s.followActiveNote,
		s.gardenAutoRefresh,
		s.gardenMermaid,
		s.gardenPerCourse,
	]) {
		expect(typeof b).toBe("boolean");
	}
	// Survives a save/load round trip unchanged.
	expect(migrateSettings(JSON.parse(JSON.stringify(s)))).toEqual(s);
}

describe("migrateSettings", () => {
	it("missing data.json gives the defaults", () => {
		for (const raw of [null, undefined]) expect(migrateSettings(raw)).toEqual(DEFAULT_SETTINGS);
	});

	it("an older, unversioned data.json keeps what it can", () => {
		const s = migrateSettings({ briefKey: "publish", includeUnpublished: true, quizLength: 5 });
		expect(s.publishKey).toBe("publish");
		expect(s.includeUnpublished).toBe(true);
		expect(s.quizLength).toBe(5);
		assertValid(s);
	});

	it("language of notes: auto by default, a known language kept, anything else back to auto", () => {
		expect(migrateSettings({}).noteLanguage).toBe("auto");
		expect(migrateSettings({ noteLanguage: "fr" }).noteLanguage).toBe("fr");
		expect(migrateSettings({ noteLanguage: "fr-FR" }).noteLanguage).toBe("auto");
		expect(migrateSettings({ noteLanguage: 7 }).noteLanguage).toBe("auto");
	});
	it("garbage values fall back field by field", () => {
		const s = migrateSettings({
			publishKey: 42,
			extraPublishKeys: "publish, share",
			sectionSynonyms: { quotes: [], facts: "Key Facts", themes: [1, 2] },
			maxNoteBytes: -5,
			quizLength: 1e9,
			reviewFolder: "../../etc",
			gardenFolder: "/abs//Study pages/",
			gardenPublishKey: "draft",
		});
		expect(s.publishKey).toBe("dg-publish");
		expect(s.extraPublishKeys).toEqual(["publish", "share"]);
		expect(s.sectionSynonyms.quotes).toEqual(DEFAULT_SETTINGS.sectionSynonyms.quotes);
		expect(s.sectionSynonyms.facts).toEqual(["key facts"]);
		expect(s.maxNoteBytes).toBe(1024);
		expect(s.quizLength).toBe(100);
		expect(s.reviewFolder).toBe(DEFAULT_SETTINGS.reviewFolder);
		expect(s.gardenFolder).toBe("abs/Study pages");
		expect(s.gardenPublishKey).toBe("dg-publish");
		assertValid(s);
	});

	it("any JSON value at all yields valid settings (property)", () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.jsonValue(),
					fc.dictionary(fc.constantFrom(...Object.keys(DEFAULT_SETTINGS), "briefKey"), fc.jsonValue()),
				),
				(raw) => {
					assertValid(migrateSettings(raw));
				},
			),
			fuzzParams(0xd5d728, 500),
		);
	});
});
