import { afterEach, describe, expect, it, vi } from "vitest";
import { BriefIndex } from "../../src/core/index";
import { createPublicApi } from "../../src/obsidian/api";
import { rig, yamlBrief } from "./indexer-helpers";

/** Tracks window timers still pending (created, neither fired nor cleared). */
function trackTimers() {
	const pending = new Set<number>();
	const realSet = window.setTimeout.bind(window);
	const realClear = window.clearTimeout.bind(window);
	vi.spyOn(window, "setTimeout").mockImplementation(((fn: () => void, ms?: number) => {
		const id = realSet(() => {
			pending.delete(id);
			fn();
		}, ms);
		pending.add(id);
		return id;
	}) as typeof window.setTimeout);
	vi.spyOn(window, "clearTimeout").mockImplementation(((id?: number) => {
		if (id !== undefined) pending.delete(id);
		realClear(id);
	}) as typeof window.clearTimeout);
	return pending;
}

/** The shim's Component counts its registered cleanups (the real type does not declare it). */
const cleanups = (c: unknown) => (c as { pendingCleanups(): number }).pendingCleanups();

function vault(n: number): Record<string, string> {
	const files: Record<string, string> = {};
	for (let i = 0; i < n; i++) files[`C${i % 7}/B${i}.md`] = yamlBrief(`Brief ${i}`, 1000 + i);
	return files;
}

afterEach(() => vi.restoreAllMocks());

describe("BriefIndexer lifecycle", () => {
	it("after unload no listener, cleanup or timer is left", async () => {
		const pending = trackTimers();
		const { app, indexer } = rig(vault(20));
		await indexer.start();
		expect(app.vault.listenerCount()).toBe(3);
		expect(app.metadataCache.listenerCount()).toBe(1);
		indexer.unload();
		expect(app.vault.listenerCount()).toBe(0);
		expect(app.metadataCache.listenerCount()).toBe(0);
		expect(cleanups(indexer)).toBe(0);
		expect(indexer.pendingYields()).toBe(0);
		expect(pending.size).toBe(0);
	});

	it("unload in the middle of a read stops indexing cleanly: ready resolves, nothing left behind", async () => {
		const pending = trackTimers();
		const { app, index, indexer } = rig(vault(200), { readConcurrency: 4, sliceMs: 0 });
		let reads = 0;
		app.vault.beforeRead = () => {
			if (++reads === 10) indexer.unload();
		};
		await indexer.start();
		const rev = index.revision;
		expect(index.size).toBeLessThan(200);
		expect(indexer.progress.phase).toBe("stopped");
		expect(app.vault.listenerCount() + app.metadataCache.listenerCount()).toBe(0);
		expect(cleanups(indexer) + indexer.pendingYields()).toBe(0);
		expect(pending.size).toBe(0);
		// Wait until the metadata cache has announced the edit (the last event it causes), then check that the
		// unloaded indexer did nothing with it.
		let announced = false;
		app.metadataCache.on("changed", (f: { path: string }) => void (announced ||= f.path === "C0/B0.md"));
		await app.vault.modify(app.vault.getFileByPath("C0/B0.md")!, yamlBrief("Changed", 1));
		await vi.waitFor(() => expect(announced).toBe(true), { timeout: 10_000, interval: 5 });
		expect(index.revision).toBe(rev);
		expect(reads).toBeLessThanOrEqual(12);
	});

	it("unload while yielding to the UI cancels the pending yield", async () => {
		const pending = trackTimers();
		const { app, indexer } = rig(vault(100), {
			sliceMs: 0,
			onProgress: (p) => {
				if (p.done >= 20 && p.phase === "indexing") indexer.unload();
			},
		});
		await indexer.start();
		expect(indexer.progress.phase).toBe("stopped");
		expect(indexer.pendingYields()).toBe(0);
		expect(pending.size).toBe(0);
		expect(app.vault.listenerCount()).toBe(0);
	});

	it("yields to the UI in slices no longer than the budget (deterministic clock)", async () => {
		let t = 0;
		const { index, indexer } = rig(vault(300), { sliceMs: 10, now: () => (t += 1) });
		await indexer.start();
		expect(index.size).toBe(300);
		expect(indexer.yieldCount).toBeGreaterThan(10);
		// The budget is checked after every note: a slice overruns it by one note at most.
		expect(indexer.longestSliceMs).toBeLessThanOrEqual(10 + 3);
		indexer.unload();
	});

	it("1,500 briefs index in slices of the budget with batched change notifications (counted clock)", async () => {
		// A clock that advances 0.1 "ms" per reading: slice lengths are counted steps, the same on every machine,
		// and a slice holds a few read rounds as on a real clock. (Per-note parse cost is covered by the growth
		// checks in tests/unit/brief and tests/unit/hardening.)
		let t = 0;
		const { index, indexer } = rig(vault(1500), { sliceMs: 12, now: () => (t += 0.1) });
		const seen: number[] = [];
		index.onChange((r) => seen.push(r));
		await indexer.start();
		expect(index.size).toBe(1500);
		expect(indexer.yieldCount).toBeGreaterThan(10);
		// The budget is checked after every note: a slice overruns it by one note's readings at most.
		expect(Math.max(...indexer.sliceTimes)).toBeLessThanOrEqual(12 + 1);
		// Upserts are batched: far fewer change notifications than briefs.
		expect(seen.length).toBeGreaterThan(0);
		expect(seen.length).toBeLessThan(1500 / 4);
		indexer.unload();
	});

	it("uses requestIdleCallback when the platform has it", async () => {
		const calls: number[] = [];
		const w = window as unknown as { requestIdleCallback?: unknown; cancelIdleCallback?: unknown };
		w.requestIdleCallback = (cb: () => void) => {
			calls.push(1);
			return window.setTimeout(cb, 0);
		};
		w.cancelIdleCallback = (id: number) => window.clearTimeout(id);
		try {
			const { indexer } = rig(vault(30), { sliceMs: 0 });
			await indexer.start();
			expect(calls.length).toBe(indexer.yieldCount);
			expect(calls.length).toBeGreaterThan(0);
			indexer.unload();
		} finally {
			delete w.requestIdleCallback;
			delete w.cancelIdleCallback;
		}
	});

	it("start is idempotent and reindex rebuilds after a settings change", async () => {
		const { index, indexer, settings } = rig({
			"A.md": yamlBrief("A", 1900),
			"B.md": "---\nshare: true\n---\n## B, 1800\n",
		});
		const p = indexer.start();
		expect(indexer.start()).toBe(p);
		await p;
		expect(index.allBriefs().map((b) => b.path)).toEqual(["A.md"]);
		settings.extraPublishKeys = ["share"];
		await indexer.reindex();
		expect(index.allBriefs().map((b) => b.path)).toEqual(["A.md", "B.md"]);
		indexer.unload();
	});
});

describe("public API", () => {
	it("exposes briefs, events, quotes and a changed event with unsubscribe", async () => {
		const caesar =
			'---\ndg-publish: true\n---\n## Caesar, 44 BC\n\n**Key Quotes:**\n\n- "Veni, vidi, vici." — Caesar\n\nOctavian ruled from 27 BC.\n';
		const { index, indexer } = rig({ "Rome/Caesar.md": caesar, "A.md": yamlBrief("A", 1900, false) });
		const api = createPublicApi(index, indexer.ready);
		const changes: string[][] = [];
		const off = api.on("changed", (_r, paths) => changes.push(paths));
		await indexer.start();
		await api.ready;
		expect(api.version).toBe(1);
		expect(api.events().map((e) => e.date.start.year)).toEqual([-43, -26]);
		expect(api.events({ includeUnpublished: true })).toHaveLength(4);
		expect(api.briefs({ folder: "Rome" }).map((b) => b.title)).toEqual(["Caesar, 44 BC"]);
		expect(api.quotes({ text: "caesar" })).toHaveLength(1);
		expect(api.stats()).toMatchObject({ briefs: 2, published: 1 });
		expect(changes.flat()).toContain("Rome/Caesar.md");
		off();
		const n = changes.length;
		index.remove("A.md");
		expect(changes.length).toBe(n);
		expect(api.revision).toBe(index.revision);
		expect(Object.isFrozen(api)).toBe(true);
		expect(api.on("other" as "changed", () => undefined)).toBeTypeOf("function");
		indexer.unload();
	});

	it("works on an empty index", () => {
		const api = createPublicApi(new BriefIndex());
		expect([api.briefs(), api.events(), api.quotes(), api.problems()]).toEqual([[], [], [], []]);
	});
});
