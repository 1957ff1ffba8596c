/**
 * Issue 16, items 2 and 9: the "Era labels" and "BCE folders" settings — stored, migrated, read by the reader
 * (folders) and by the CLI (labels, also as --era-labels), and the JSON says which years were inferred.
 */
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, folderList, migrateSettings } from "../../../src/settings";
import { briefOptionsOf, readerKeyOf } from "../../../src/core/brief/options";
import { parseBrief } from "../../../src/core/brief";
import { inEraFolder } from "../../../src/core/brief/note-era";
import { brief, run, tempVault } from "../cli/support";

const SETTINGS = ".obsidian/plugins/study-briefs/data.json";

describe("settings", () => {
	it("defaults to the note's own era labels and no BCE folder; garbage falls back", () => {
		expect(DEFAULT_SETTINGS.eraLabels).toBe("auto");
		expect(DEFAULT_SETTINGS.bceFolders).toEqual([]);
		expect(migrateSettings({ eraLabels: "bce-ce" }).eraLabels).toBe("bce-ce");
		expect(migrateSettings({ eraLabels: "BCE" }).eraLabels).toBe("auto");
		expect(migrateSettings({ bceFolders: 7 }).bceFolders).toEqual([]);
	});

	it("cleans the folder list: trimmed, no slashes at the ends, no '..', no repeats", () => {
		expect(folderList(" Egyptology/ , /Ancient/Greece, ../x, Egyptology,, ")).toEqual([
			"Egyptology",
			"Ancient/Greece",
		]);
		expect(migrateSettings({ bceFolders: ["Egyptology", 3, "Near East/"] }).bceFolders).toEqual([
			"Egyptology",
			"Near East",
		]);
	});

	it("the folders are a reader option: they change the parse-cache key, and an empty list keeps the old key", () => {
		const base = {
			publishKey: "dg-publish",
			extraPublishKeys: [],
			sectionSynonyms: DEFAULT_SETTINGS.sectionSynonyms,
		};
		const s = { ...base, maxNoteBytes: 1000 };
		expect(briefOptionsOf({ ...s, bceFolders: [] })).not.toHaveProperty("bceFolders");
		expect(readerKeyOf({ ...s, bceFolders: [] })).toBe(readerKeyOf(s));
		expect(readerKeyOf({ ...s, bceFolders: ["Egyptology"] })).not.toBe(readerKeyOf(s));
	});
});

describe("BCE folders", () => {
	it("match a folder and the folders below it, case-insensitively, never a longer name", () => {
		expect(inEraFolder("Egyptology/Old Kingdom.md", ["Egyptology"])).toBe(true);
		expect(inEraFolder("egyptology/dynasties/4th.md", ["Egyptology"])).toBe(true);
		expect(inEraFolder("Egyptology 2/x.md", ["Egyptology"])).toBe(false);
		expect(inEraFolder("History/Egyptology/x.md", ["Egyptology"])).toBe(false);
		expect(inEraFolder("History/Egyptology/x.md", ["History/Egyptology"])).toBe(true);
	});

	const TEXT =
		"# Old Kingdom\n\n- Djoser built the step pyramid c. 2670.\n- Khufu ruled 2589-2566.\n- In 1799 the Rosetta Stone was found.\n";

	it("read bare years as BCE, as a front-matter `era: BCE` does (years of 1000 and more too)", () => {
		const o = { bceFolders: ["Egyptology"] };
		const inFolder = parseBrief({ path: "Egyptology/kings.md", text: TEXT }, o);
		expect(inFolder.events.map((e) => e.date.label)).toEqual(["c. 2670 BC", "2589–2566 BC", "1799 BC"]);
		const fm = parseBrief({ path: "kings.md", text: `---\nera: BCE\n---\n${TEXT}` });
		expect(fm.events.map((e) => e.date.label)).toEqual(inFolder.events.map((e) => e.date.label));
		// outside the folder the same years are not BC (and a year after 2100 is no date)
		const outside = parseBrief({ path: "Notes/kings.md", text: TEXT }, o);
		expect(outside.events.map((e) => e.date.label)).toEqual(["1799"]);
	});

	it("a note's front-matter era wins over its folder", () => {
		const ce = parseBrief(
			{ path: "Egyptology/finds.md", text: `---\nera: CE\n---\n${TEXT}` },
			{ bceFolders: ["Egyptology"] },
		);
		expect(ce.events.map((e) => e.date.label)).toEqual(["1799"]);
	});
});

describe("the CLI", () => {
	let cleanup = () => {};
	afterEach(() => cleanup());

	const ROME = brief(
		"# Rome and Britain\n\n- Caesar was killed on 15 March 44 BCE.\n- Claudius invaded Britain in 43.\n- The legions left Britain in 410.\n- On 23 June the games began.\n",
	);

	it("writes eras as the vault's setting says, or as --era-labels says", async () => {
		const v = tempVault({ "Rome/rome.md": ROME, [SETTINGS]: JSON.stringify({ eraLabels: "bc-ad" }) });
		cleanup = v.cleanup;
		const plain = await run(["timeline", v.dir]);
		expect(plain.out).toContain("15 Mar 44 BC ");
		const bce = await run(["timeline", v.dir, "--era-labels", "bce-ce"]);
		expect(bce.out).toContain("15 Mar 44 BCE");
		const bad = await run(["timeline", v.dir, "--era-labels", "roman"]);
		expect(bad.code).not.toBe(0);
		expect(bad.err).toContain("--era-labels takes auto, bc-ad or bce-ce");
	});

	it("marks small CE years beside BC dates, and says in JSON which year was inferred", async () => {
		const v = tempVault({ "Rome/rome.md": ROME });
		cleanup = v.cleanup;
		const out = await run(["timeline", v.dir, "--json"]);
		const events = (JSON.parse(out.out) as { events: { text: string; date: Record<string, unknown> }[] }).events;
		const shown = Object.fromEntries(events.map((e) => [e.text, e.date.shown]));
		expect(shown["Caesar was killed on 15 March 44 BCE."]).toBe("15 Mar 44 BCE");
		expect(shown["The legions left Britain in 410."]).toBe("410 CE");
		const written = events.find((e) => e.text.startsWith("Caesar"))!;
		expect(written.date).not.toHaveProperty("inferred");
		const games = events.find((e) => e.text.startsWith("On 23 June"));
		expect(games?.date).toMatchObject({ inferred: true, shown: "23 Jun 410 CE?" });
		expect(typeof games?.date.inferredFrom).toBe("string");
	});
});
