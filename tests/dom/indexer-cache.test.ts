import { afterEach, describe, expect, it, vi } from "vitest";
import { PARSER_VERSION } from "../../src/core/index/version";
import { JsonFileCacheStore, MemoryCacheStore, ParseCache, parserKey } from "../../src/obsidian/parse-cache";
import { createFakeApp } from "../shims/fake-app";
import { mkBrief } from "../unit/index/make-brief";
import { rig, yamlBrief } from "./indexer-helpers";

afterEach(() => vi.restoreAllMocks());

function files(n: number, changed = -1): Record<string, string> {
	const out: Record<string, string> = { "Plain.md": "# plain\n" };
	for (let i = 0; i < n; i++)
		out[`C/B${i}.md`] = yamlBrief(
			i === changed ? `Brief ${i} edited` : `Brief ${i}`,
			1000 + i + (i === changed ? 500 : 0),
		);
	return out;
}

const noTimers = { setTimer: () => 0, clearTimer: () => undefined };

describe("persistent parse cache", () => {
	it("warm start skips re-parsing unchanged notes and re-reads only a changed one", async () => {
		const store = new MemoryCacheStore();
		const cold = rig(files(20), { cache: new ParseCache(store, noTimers) });
		await cold.indexer.start();
		cold.indexer.unload(); // flushes the queued entries
		await vi.waitFor(() => expect(store.entries.size).toBe(20));
		expect(cold.app.vault.reads).toHaveLength(20);

		const parse = vi.fn();
		const warm = rig(files(20), { cache: new ParseCache(store, noTimers), parse });
		await warm.indexer.start();
		expect(warm.app.vault.reads).toEqual([]);
		expect(parse).not.toHaveBeenCalled();
		expect(warm.indexer.progress).toMatchObject({ cached: 20, parsed: 0 });
		expect(warm.index.timeline()).toEqual(cold.index.timeline());
		warm.indexer.unload();

		// Same fake clock, different text (size differs): only that note is read again.
		const edited = rig(files(20, 7), { cache: new ParseCache(store, noTimers) });
		await edited.indexer.start();
		expect(edited.app.vault.reads).toEqual(["C/B7.md"]);
		expect(edited.index.timeline({ brief: "C/B7.md" })[0].date.start.year).toBe(1507);
		edited.indexer.unload();
	});

	it("a parser version or settings change misses the cache", async () => {
		const store = new MemoryCacheStore();
		const a = rig(files(3), { cache: new ParseCache(store, noTimers) });
		await a.indexer.start();
		a.indexer.unload();
		await vi.waitFor(() => expect(store.entries.size).toBe(3));
		const b = rig(files(3), { cache: new ParseCache(store, noTimers) }, { extraPublishKeys: ["share"] });
		await b.indexer.start();
		expect(b.app.vault.reads).toHaveLength(3);
		expect(parserKey({ a: 1 })).not.toBe(parserKey({ a: 2 }));
		expect(parserKey({ a: 1 }).startsWith(`${PARSER_VERSION}:`)).toBe(true);
		b.indexer.unload();
	});

	it("keeps the cache current on modify, rename and delete", async () => {
		const store = new MemoryCacheStore();
		const cache = new ParseCache(store, noTimers);
		const { app, indexer } = rig(files(3), { cache });
		await indexer.start();
		await app.vault.modify(app.vault.getFileByPath("C/B0.md")!, yamlBrief("Zero", 1));
		await app.metadataCache.whenIdle(); // Obsidian re-parses after the write resolves
		await app.vault.rename(app.vault.getFileByPath("C/B1.md")!, "D/B1.md");
		await app.vault.delete(app.vault.getFileByPath("C/B2.md")!);
		await cache.flush();
		expect([...store.entries.keys()].sort()).toEqual(["C/B0.md", "D/B1.md"]);
		expect(store.entries.get("D/B1.md")!.brief.events.every((e) => e.source.path === "D/B1.md")).toBe(true);
		expect(store.entries.get("C/B0.md")!.mtime).toBe(app.vault.getFileByPath("C/B0.md")!.stat.mtime);
		indexer.unload();
	});

	it("batches writes behind a debounce timer", async () => {
		const store = new MemoryCacheStore();
		const timers: (() => void)[] = [];
		const cache = new ParseCache(store, { setTimer: (fn) => timers.push(fn), clearTimer: () => undefined });
		for (let i = 0; i < 50; i++) cache.set(`n${i}.md`, { mtime: 1, size: 1 }, { path: `n${i}.md` } as never);
		expect(timers).toHaveLength(1);
		expect(store.writes).toBe(0);
		timers[0]();
		await vi.waitFor(() => expect(store.writes).toBe(1));
		expect(store.entries.size).toBe(50);
	});

	it("a failed write is a warning and the entries stay queued for the next write", async () => {
		const warn = vi.fn();
		const store = new MemoryCacheStore();
		store.failWrites = true;
		const cache = new ParseCache(store, { ...noTimers, warn });
		cache.set("a.md", { mtime: 1, size: 2 }, { path: "a.md" } as never);
		await cache.flush();
		expect(warn).toHaveBeenCalledWith(expect.stringMatching(/could not save/), expect.any(Error));
		expect(cache.failedWrites).toBe(1);
		store.failWrites = false;
		await cache.flush();
		expect(store.entries.has("a.md")).toBe(true);
		expect(cache.lookup("a.md", { mtime: 1, size: 2 })).toEqual({ path: "a.md" });
		expect(cache.lookup("a.md", { mtime: 2, size: 2 })).toBeUndefined();
	});

	it("a JSON file store round-trips through the vault adapter; a corrupt file is a warning, not a failure", async () => {
		const app = createFakeApp();
		const path = ".obsidian/plugins/study-briefs/cache.json";
		const store = new JsonFileCacheStore(app.vault.adapter, path);
		const cache = new ParseCache(store, noTimers);
		await cache.load();
		const brief = mkBrief("a.md", {
			ev: [
				{ year: -43, line: 3 },
				{ year: 1933, month: 11, line: 5 },
			],
		});
		cache.set("a.md", { mtime: 5, size: 9 }, brief);
		await cache.flush();
		expect(await app.vault.adapter.read(path)).not.toContain('"briefPath"');
		const again = new ParseCache(new JsonFileCacheStore(app.vault.adapter, path), noTimers);
		expect(await again.load()).toBe(1);
		expect(again.lookup("a.md", { mtime: 5, size: 9 })).toEqual(brief);

		await app.vault.adapter.write(path, "{ not json");
		const warn = vi.fn();
		const broken = new ParseCache(new JsonFileCacheStore(app.vault.adapter, path), { ...noTimers, warn });
		expect(await broken.load()).toBe(0);
		expect(warn).toHaveBeenCalledOnce();
		app.vault.adapter.failWrite = true;
		broken.set("b.md", { mtime: 1, size: 1 }, { path: "b.md" } as never);
		await broken.flush();
		expect(warn).toHaveBeenCalledTimes(2);
	});
});
