/**
 * The fake metadata cache against Obsidian's documented behaviour (docs.obsidian.md, obsidian.d.ts):
 * CachedMetadata.links / embeds, getFirstLinkpathDest(linkpath, sourcePath), on("changed").
 */
import { describe, expect, it } from "vitest";
import { createFakeApp } from "../shims/fake-app";
import { getLinkpath, parseLinktext, type TFile } from "../shims/obsidian";

const cacheOf = (app: ReturnType<typeof createFakeApp>, path: string) =>
	app.metadataCache.getFileCache(app.vault.getFileByPath(path)!);

describe("fake metadata cache: links and embeds", () => {
	const NOTE = [
		"---",
		"dg-publish: true",
		'up: "[[Front]]"',
		"---",
		"See [[Pompey]] and [[Rome/Caesar#Youth|young Caesar]].",
		"![[Diary]] and ![map](Maps/Gaul.png)",
		"A [Markdown link](Rome/Caesar.md), [spaced](Other%20note.md) and [web](https://example.org/x.md).",
		"`[[not a link]]`",
		"```",
		"[[not a link either]]",
		"```",
	].join("\n");

	it("puts ![[embeds]] into embeds (never links), Markdown links into links, skips URLs, code and front-matter", () => {
		const app = createFakeApp({ files: { "Note.md": NOTE } });
		const c = cacheOf(app, "Note.md")!;
		expect(c.links!.map((l) => [l.link, l.displayText])).toEqual([
			["Pompey", "Pompey"],
			["Rome/Caesar#Youth", "young Caesar"],
			["Rome/Caesar.md", "Markdown link"],
			["Other note.md", "spaced"],
		]);
		expect(c.embeds!.map((l) => l.link)).toEqual(["Diary", "Maps/Gaul.png"]);
		expect(c.embeds![0].original).toBe("![[Diary]]");
		expect(c.embeds![0].position.start).toEqual({ line: 5, col: 0, offset: NOTE.indexOf("![[Diary]]") });
		expect(c.links![0].position.start.line).toBe(4);
	});

	it("resolvedLinks counts links and embeds by destination; unresolved ones by link path", () => {
		const app = createFakeApp({
			files: { "Note.md": NOTE, "Pompey.md": "", "Rome/Caesar.md": "", "Diary.md": "" },
		});
		expect(app.metadataCache.resolvedLinks["Note.md"]).toEqual({
			"Pompey.md": 1,
			"Rome/Caesar.md": 2,
			"Diary.md": 1,
		});
		expect(app.metadataCache.unresolvedLinks["Note.md"]).toEqual({ "Other note.md": 1, "Maps/Gaul.png": 1 });
	});
});

describe("fake metadata cache: getFirstLinkpathDest(linkpath, sourcePath)", () => {
	const files = {
		"Rome/Caesar.md": "",
		"Rome/Notes/Battles.md": "",
		"Rome/Index.md": "",
		"Greece/Index.md": "",
		"Deep/Er/Index.md": "",
		"Greece/Sparta.md": "",
	};
	const app = createFakeApp({ files });
	const dest = (link: string, from: string) => app.metadataCache.getFirstLinkpathDest(link, from)?.path ?? null;

	it("resolves a full vault path, with or without .md", () => {
		expect(dest("Rome/Caesar", "Greece/Sparta.md")).toBe("Rome/Caesar.md");
		expect(dest("Rome/Caesar.md", "Greece/Sparta.md")).toBe("Rome/Caesar.md");
	});

	it("resolves paths relative to the source note's folder", () => {
		expect(dest("./Caesar.md", "Rome/Index.md")).toBe("Rome/Caesar.md");
		expect(dest("../Greece/Sparta.md", "Rome/Index.md")).toBe("Greece/Sparta.md");
		expect(dest("Notes/Battles", "Rome/Caesar.md")).toBe("Rome/Notes/Battles.md");
		expect(dest("./Sparta", "Rome/Index.md")).toBeNull();
		expect(dest("../../Outside", "Rome/Index.md")).toBeNull();
	});

	it("resolves a bare name anywhere (case-insensitive), and a partial path by its tail", () => {
		expect(dest("battles", "Greece/Sparta.md")).toBe("Rome/Notes/Battles.md");
		expect(dest("Notes/Battles", "Greece/Sparta.md")).toBe("Rome/Notes/Battles.md");
		expect(dest("Caesar", "Greece/Sparta.md")).toBe("Rome/Caesar.md");
		expect(dest("Nowhere", "Greece/Sparta.md")).toBeNull();
	});

	it("for duplicate names picks the note in the source's folder, else the shortest path", () => {
		expect(dest("Index", "Rome/Caesar.md")).toBe("Rome/Index.md");
		expect(dest("Index", "Greece/Sparta.md")).toBe("Greece/Index.md");
		expect(dest("Index", "Deep/Er/Index.md")).toBe("Deep/Er/Index.md");
		expect(dest("Index", "Rome/Notes/Battles.md")).toBe("Rome/Index.md");
		expect(dest("Er/Index", "Rome/Caesar.md")).toBe("Deep/Er/Index.md");
	});

	it("a link that is a full vault path wins over a same-named note beside the source", () => {
		const withRoot = createFakeApp({ files: { ...files, "Index.md": "" } });
		expect(withRoot.metadataCache.getFirstLinkpathDest("Index", "Rome/Caesar.md")?.path).toBe("Index.md");
	});

	it("takes a link path: a #subpath is the caller's to strip (getLinkpath), an empty path is the source note", () => {
		expect(dest("Caesar#Youth", "Greece/Sparta.md")).toBeNull();
		expect(dest(getLinkpath("Caesar#Youth"), "Greece/Sparta.md")).toBe("Rome/Caesar.md");
		expect(parseLinktext("Caesar#^block")).toEqual({ path: "Caesar", subpath: "#^block" });
		expect(dest(getLinkpath("#Youth"), "Rome/Caesar.md")).toBe("Rome/Caesar.md");
	});
});

describe("fake metadata cache: on('changed')", () => {
	const BRIEF = "---\ndg-publish: true\n---\n## A, 1900\n";

	function record(app: ReturnType<typeof createFakeApp>): string[] {
		const log: string[] = [];
		app.vault.on("modify", (f: TFile) => log.push(`modify ${f.path}`));
		app.metadataCache.on("changed", (f: TFile) => log.push(`changed ${f.path}`));
		app.metadataCache.on("resolved", () => log.push("resolved"));
		return log;
	}

	it("fires after the write's promise resolved (on a later task), with the new cache", async () => {
		const app = createFakeApp({ files: { "A.md": BRIEF } });
		const log = record(app);
		const file = app.vault.getFileByPath("A.md")!;
		const write = app.vault.modify(file, BRIEF.replace("true", "false"));
		expect(log).toEqual(["modify A.md"]);
		await write;
		await Promise.resolve();
		expect(log).toEqual(["modify A.md"]);
		expect(app.metadataCache.getFileCache(file)?.frontmatter).toEqual({ "dg-publish": true });
		await app.metadataCache.whenIdle();
		expect(log).toEqual(["modify A.md", "changed A.md", "resolved"]);
		expect(app.metadataCache.getFileCache(file)?.frontmatter).toEqual({ "dg-publish": false });
	});

	it("does not fire when the content did not change (same text written again)", async () => {
		const app = createFakeApp({ files: { "A.md": BRIEF } });
		const log = record(app);
		const file = app.vault.getFileByPath("A.md")!;
		await app.vault.modify(file, BRIEF);
		await app.vault.process(file, (t) => t);
		await app.metadataCache.whenIdle();
		expect(log).toEqual(["modify A.md", "modify A.md"]);
	});

	it("two quick writes: one 'changed', with the newest content", async () => {
		const app = createFakeApp({ files: { "A.md": BRIEF } });
		const seen: string[] = [];
		app.metadataCache.on("changed", (_f: TFile, data: string) => seen.push(data));
		const file = app.vault.getFileByPath("A.md")!;
		await app.vault.modify(file, `${BRIEF}x`);
		await app.vault.modify(file, `${BRIEF}y`);
		await app.metadataCache.whenIdle();
		expect(seen).toEqual([`${BRIEF}y`]);
	});

	it("a new note has no cache until it was parsed; then 'changed' fires for it", async () => {
		const app = createFakeApp();
		const log = record(app);
		const file = await app.vault.create("N.md", BRIEF);
		expect(app.metadataCache.getFileCache(file)).toBeNull();
		await app.metadataCache.whenIdle();
		expect(log).toEqual(["changed N.md", "resolved"]);
		expect(app.metadataCache.getFileCache(file)?.frontmatter).toEqual({ "dg-publish": true });
	});

	it("a note deleted before it was parsed fires nothing", async () => {
		const app = createFakeApp({ files: { "A.md": BRIEF } });
		const log = record(app);
		const file = app.vault.getFileByPath("A.md")!;
		await app.vault.modify(file, `${BRIEF}x`);
		await app.vault.delete(file);
		await app.metadataCache.whenIdle();
		expect(log).toEqual(["modify A.md"]);
	});
});
