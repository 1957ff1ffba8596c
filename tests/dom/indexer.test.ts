import { afterEach, describe, expect, it, vi } from "vitest";
import { jsonBrief, plain, rig, yamlBrief, years } from "./indexer-helpers";

afterEach(() => vi.restoreAllMocks());

describe("BriefIndexer first pass", () => {
	it("indexes YAML and JSON briefs, drafts too, and skips non-briefs without reading them", async () => {
		const { app, index, indexer } = rig({
			"History/Recognition.md": yamlBrief("Recognition", 1933),
			"History/Json.md": jsonBrief("Purges", 1936),
			"Drafts/Draft.md": yamlBrief("Draft", 1066, false),
			"Notes/Plain.md": plain("x"),
			"Notes/NoFm.md": "# Just a note in 1850\n",
		});
		await indexer.start();
		expect(app.vault.reads.sort()).toEqual(["Drafts/Draft.md", "History/Json.md", "History/Recognition.md"]);
		expect(index.allBriefs().map((b) => [b.path, b.publish])).toEqual([
			["Drafts/Draft.md", false],
			["History/Json.md", true],
			["History/Recognition.md", true],
		]);
		expect(years(index)).toEqual([
			"History/Json.md:1926",
			"History/Recognition.md:1933",
			"History/Json.md:1936",
			"History/Recognition.md:1939",
		]);
		expect(years(index, true)[0]).toBe("Drafts/Draft.md:1066");
		expect(index.get("History/Json.md")!.id).toBe("/purges/");
		expect(index.quotes().map((q) => q.text)).toEqual(["A quote about Recognition."]);
		expect(indexer.progress).toMatchObject({ phase: "ready", total: 5, done: 5, parsed: 3, skipped: 2 });
		indexer.unload();
	});

	it("honours extra publish keys and the main key from settings", async () => {
		const { index, indexer } = rig(
			{ "A.md": "---\nshare: true\n---\n## A, 1900\n", "B.md": yamlBrief("B", 1800) },
			{},
			{ publishKey: "publish", extraPublishKeys: ["share"] },
		);
		await indexer.start();
		expect(index.allBriefs().map((b) => [b.path, b.publish])).toEqual([["A.md", true]]);
		indexer.unload();
	});

	it("turns too large notes into a problem without reading them", async () => {
		const big = yamlBrief("Big", 1900) + "x".repeat(5000);
		const { app, index, indexer } = rig(
			{ "Big.md": big, "Small.md": yamlBrief("Small", 1901) },
			{},
			{ maxNoteBytes: 2048 },
		);
		await indexer.start();
		expect(app.vault.reads).toEqual(["Small.md"]);
		expect(index.problems()).toEqual([
			expect.objectContaining({
				path: "Big.md",
				severity: "warning",
				message: expect.stringMatching(/too large/),
			}),
		]);
		expect(index.get("Big.md")).toBeUndefined();
		indexer.unload();
	});
});

describe("BriefIndexer keeps the index current", () => {
	it("modify, create, rename and delete", async () => {
		const { app, index, indexer } = rig({ "A.md": yamlBrief("A", 1900), "P.md": plain("p") });
		await indexer.start();
		const revs: number[] = [];
		index.onChange((r) => revs.push(r));
		const a = app.vault.getFileByPath("A.md")!;
		await app.vault.modify(a, yamlBrief("A", 1700));
		await app.metadataCache.whenIdle(); // Obsidian re-parses after the write resolves
		expect(years(index)).toEqual(["A.md:1700", "A.md:1706"]);

		await app.vault.create("New/N.md", jsonBrief("N", 1500));
		await app.metadataCache.whenIdle(); // Obsidian re-parses after the write resolves
		expect(years(index)).toEqual(["New/N.md:1490", "New/N.md:1500", "A.md:1700", "A.md:1706"]);

		await app.vault.rename(a, "Moved/B.md");
		expect(index.get("A.md")).toBeUndefined();
		expect(index.timeline({ brief: "Moved/B.md" }).map((e) => e.source.path)).toEqual(["Moved/B.md", "Moved/B.md"]);

		await app.vault.modify(app.vault.getFileByPath("P.md")!, yamlBrief("P", 1600));
		await app.metadataCache.whenIdle(); // Obsidian re-parses after the write resolves
		expect(index.get("P.md")?.publish).toBe(true);
		await app.vault.modify(app.vault.getFileByPath("P.md")!, plain("no longer a brief"));
		await app.metadataCache.whenIdle(); // Obsidian re-parses after the write resolves
		expect(index.get("P.md")).toBeUndefined();

		await app.vault.delete(app.vault.getFileByPath("New/N.md")!);
		expect(years(index)).toEqual(["Moved/B.md:1700", "Moved/B.md:1706"]);
		expect(revs.length).toBeGreaterThanOrEqual(5);
		indexer.unload();
	});

	it("a brief with broken front-matter is indexed with a problem, not dropped", async () => {
		const { app, index, indexer } = rig({ "A.md": yamlBrief("A", 1900) });
		await indexer.start();
		await app.vault.modify(
			app.vault.getFileByPath("A.md")!,
			"---\ndg-publish: true\ntags: [oops\n---\n## A, 1900\n",
		);
		await app.metadataCache.whenIdle(); // Obsidian re-parses after the write resolves
		expect(index.problems().map((p) => p.path)).toEqual(["A.md"]);
		expect(index.problems()[0].message).toMatch(/front-matter/);
		indexer.unload();
	});
});

describe("BriefIndexer faults", () => {
	it("a read that throws becomes a problem; other notes still index; a later change clears it", async () => {
		const { app, index, indexer } = rig({ "Bad.md": yamlBrief("Bad", 1900), "Good.md": yamlBrief("Good", 1800) });
		app.vault.failRead = (p) => p === "Bad.md";
		await indexer.start();
		expect(years(index)).toEqual(["Good.md:1800", "Good.md:1806"]);
		expect(index.problems()).toEqual([
			expect.objectContaining({
				path: "Bad.md",
				severity: "error",
				message: expect.stringMatching(/could not read note: EIO/),
			}),
		]);
		app.vault.failRead = () => false;
		await app.vault.modify(app.vault.getFileByPath("Bad.md")!, yamlBrief("Bad", 1950));
		await app.metadataCache.whenIdle(); // Obsidian re-parses after the write resolves
		expect(index.problems()).toEqual([]);
		expect(index.get("Bad.md")).toBeDefined();
		indexer.unload();
	});

	it("a null metadata cache: the note is read and its raw front-matter decides", async () => {
		const { app, index, indexer } = rig({
			"Brief.md": yamlBrief("B", 1900),
			"Plain.md": plain("x"),
			"Json.md": jsonBrief("J", 1700),
		});
		for (const p of ["Brief.md", "Plain.md", "Json.md"]) app.metadataCache.nullFor.add(p);
		await indexer.start();
		expect(index.allBriefs().map((b) => b.path)).toEqual(["Brief.md", "Json.md"]);
		expect(index.get("Json.md")!.id).toBe("/j/");
		indexer.unload();
	});

	it("a parser that throws is contained as a problem", async () => {
		const { index, indexer } = rig(
			{ "A.md": yamlBrief("A", 1900), "B.md": yamlBrief("B", 1901) },
			{
				parse: (input) => {
					if (input.path === "A.md") throw new Error("boom");
					return rig({}).index.get("x") ?? { ...emptyBrief(input.path) };
				},
			},
		);
		await indexer.start();
		expect(index.problems().map((p) => [p.path, p.message])).toEqual([
			["A.md", "could not parse note: Error: boom"],
		]);
		expect(index.allBriefs().map((b) => b.path)).toEqual(["B.md"]);
		indexer.unload();
	});

	it("a rename while the note is being read indexes it under its new path only", async () => {
		const { app, index, indexer } = rig({ "Old.md": yamlBrief("Old", 1900), "Other.md": yamlBrief("Other", 1800) });
		app.vault.beforeRead = async (file) => {
			if (file.path === "Old.md") await app.vault.rename(file, "Dir/New.md");
		};
		await indexer.start();
		expect(index.allBriefs().map((b) => b.path)).toEqual(["Dir/New.md", "Other.md"]);
		expect(index.timeline({ brief: "Dir/New.md" }).every((e) => e.source.path === "Dir/New.md")).toBe(true);
		indexer.unload();
	});

	it("a delete while the note is being read leaves no trace", async () => {
		const { app, index, indexer } = rig({ "Gone.md": yamlBrief("Gone", 1900) });
		app.vault.beforeRead = async (file) => {
			if (file.path === "Gone.md") await app.vault.delete(file);
		};
		await indexer.start();
		expect(index.allBriefs()).toEqual([]);
		expect(index.problems()).toEqual([]);
		indexer.unload();
	});
});

function emptyBrief(path: string) {
	return {
		path,
		id: path,
		title: path,
		publish: true,
		hidden: false,
		course: "",
		tags: [],
		sections: [],
		events: [],
		quotes: [],
		facts: [],
		themes: [],
		links: [],
		problems: [],
	};
}
