import { describe, expect, it } from "vitest";
import { createFakeApp } from "../shims/fake-app";
import { TFile } from "../shims/obsidian";

const BRIEF = "---\ndg-publish: true\ntags: [history]\n---\n## Recognition, 1933\nSee [[Other]].\n";
const JSON_BRIEF = '---\n{"dg-publish":true,"permalink":"/x/"}\n---\n## X\n';

describe("fake app (shared test shim)", () => {
	it("parses YAML and JSON front-matter into the metadata cache; bad YAML is no front-matter", () => {
		const app = createFakeApp({
			files: { "A.md": BRIEF, "B.md": JSON_BRIEF, "Bad.md": "---\na: [\n---\nx", "Other.md": "hi" },
		});
		const fm = (p: string) => app.metadataCache.getFileCache(app.vault.getFileByPath(p)!)?.frontmatter;
		expect(fm("A.md")).toEqual({ "dg-publish": true, tags: ["history"] });
		expect(fm("B.md")).toEqual({ "dg-publish": true, permalink: "/x/" });
		expect(fm("Bad.md")).toBeUndefined();
		expect(app.metadataCache.resolvedLinks["A.md"]).toEqual({ "Other.md": 1 });
		expect(app.metadataCache.getFirstLinkpathDest("Other", "A.md")?.path).toBe("Other.md");
		expect(app.vault.getMarkdownFiles()).toHaveLength(4);
		expect(app.vault.getFileByPath("A.md")).toBeInstanceOf(TFile);
	});

	it("modify fires vault 'modify', then later metadata 'changed' with (file, data, cache)", async () => {
		const app = createFakeApp({ files: { "A.md": BRIEF } });
		const log: string[] = [];
		app.vault.on("modify", (f: TFile) => log.push(`modify ${f.path}`));
		app.metadataCache.on("changed", (f: TFile, data: string, cache: { frontmatter?: unknown }) =>
			log.push(`changed ${f.path} ${data.length} ${JSON.stringify(cache.frontmatter)}`),
		);
		const file = app.vault.getFileByPath("A.md")!;
		const before = file.stat.mtime;
		await app.vault.modify(file, "---\ndg-publish: false\n---\nx");
		// Like Obsidian, the cache is re-parsed after the write resolves (in a worker there).
		expect(log).toEqual(["modify A.md"]);
		await app.metadataCache.whenIdle();
		expect(log).toEqual(["modify A.md", 'changed A.md 27 {"dg-publish":false}']);
		expect(file.stat.mtime).toBeGreaterThan(before);
		expect(file.stat.size).toBe(27);
	});

	it("create has no cache until 'changed'; rename keeps the TFile; delete forgets", async () => {
		const app = createFakeApp();
		let cacheAtCreate: unknown = "unset";
		app.vault.on("create", (f: TFile) => (cacheAtCreate = app.metadataCache.getFileCache(f)));
		const f = await app.vault.create("N.md", BRIEF);
		expect(cacheAtCreate).toBeNull();
		expect(app.metadataCache.getFileCache(f)).toBeNull();
		await app.metadataCache.whenIdle();
		expect(app.metadataCache.getFileCache(f)?.frontmatter).toMatchObject({ "dg-publish": true });
		const renames: string[] = [];
		app.vault.on("rename", (file: TFile, old: string) => renames.push(`${old}->${file.path}`));
		await app.vault.rename(f, "dir/M.md");
		expect(renames).toEqual(["N.md->dir/M.md"]);
		expect(app.vault.getFileByPath("dir/M.md")).toBe(f);
		expect(f.basename).toBe("M");
		expect(app.metadataCache.getFileCache(f)?.frontmatter).toBeDefined();
		await app.vault.delete(f);
		expect(app.vault.getFileByPath("dir/M.md")).toBeNull();
		await expect(app.vault.read(f)).rejects.toThrow();
	});

	it("fault hooks: failRead, nullFor, read log; adapter stores raw files and can fail writes", async () => {
		const app = createFakeApp({ files: { "A.md": BRIEF } });
		const a = app.vault.getFileByPath("A.md")!;
		app.vault.failRead = (p) => p === "A.md";
		await expect(app.vault.cachedRead(a)).rejects.toThrow(/EIO/);
		expect(app.vault.reads).toEqual(["A.md"]);
		app.metadataCache.nullFor.add("A.md");
		expect(app.metadataCache.getFileCache(a)).toBeNull();
		await app.vault.adapter.write(".obsidian/plugins/x/cache.json", "{}");
		expect(await app.vault.adapter.read(".obsidian/plugins/x/cache.json")).toBe("{}");
		expect(await app.vault.adapter.exists(".obsidian/plugins/x/cache.json")).toBe(true);
		app.vault.adapter.failWrite = true;
		await expect(app.vault.adapter.write(".obsidian/x", "")).rejects.toThrow();
	});

	it("fileManager.processFrontMatter rewrites YAML; workspace records links and active file", async () => {
		const app = createFakeApp({ files: { "A.md": BRIEF } });
		const a = app.vault.getFileByPath("A.md")!;
		await app.fileManager.processFrontMatter(a, (fm) => {
			fm.extra = 1;
		});
		await app.metadataCache.whenIdle();
		expect(app.vault.textOf("A.md")).toMatch(
			/^---\ndg-publish: true\ntags:\n {2}- history\nextra: 1\n---\n## Recognition/,
		);
		expect(app.metadataCache.getFileCache(a)?.frontmatter?.extra).toBe(1);
		expect(app.fileManager.generateMarkdownLink(a, "")).toBe("[[A]]");
		await app.workspace.openLinkText("A", "", false, { eState: { line: 3 } });
		expect(app.workspace.opened).toEqual([
			{ linktext: "A", sourcePath: "", newLeaf: false, state: { eState: { line: 3 } } },
		]);
		const seen: unknown[] = [];
		app.workspace.on("file-open", (f: unknown) => seen.push(f));
		app.workspace.setActiveFile(a);
		expect(app.workspace.getActiveFile()).toBe(a);
		expect(seen).toEqual([a]);
		let ran = false;
		app.workspace.onLayoutReady(() => (ran = true));
		expect(ran).toBe(true);
		expect(app.workspace.getActiveViewOfType(TFile)).toBeNull();
		await app.vault.createFolder("New folder");
		expect(app.vault.getAbstractFileByPath("New folder")).not.toBeNull();
		await expect(app.vault.createFolder("New folder")).rejects.toThrow(/exists/);
		await app.fileManager.trashFile(a);
		expect(app.vault.getFileByPath("A.md")).toBeNull();
		app.saveLocalStorage("k", 3);
		expect(app.loadLocalStorage("k")).toBe(3);
	});
});
