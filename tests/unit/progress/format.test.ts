/** The progress displays' words and the feed views watch. */
import { describe, expect, it, vi } from "vitest";
import { ProgressFeed } from "../../../src/obsidian/progress-feed";
import { fraction, indexingText, readyText } from "../../../src/ui/progress/format";

describe("progress words", () => {
	it("says what the indexer does, with thousands separators", () => {
		expect(indexingText({ phase: "indexing", done: 1234, total: 10_000 })).toBe(
			`Indexing ${(1234).toLocaleString()} / ${(10_000).toLocaleString()}`,
		);
		expect(indexingText({ phase: "indexing", done: 0, total: 0 })).toBe("Indexing");
		expect(indexingText({ phase: "loading-cache", done: 0, total: 0 })).toBe("Loading the index");
		expect(readyText(1, 0)).toBe("1 brief");
		expect(readyText(2, 1)).toBe("2 briefs \u00b7 1 problem");
		expect(readyText(0, 3)).toBe("0 briefs \u00b7 3 problems");
	});

	it("the bar's share stays within 0..1", () => {
		expect(fraction({ phase: "indexing", done: 5, total: 10 })).toBe(0.5);
		expect(fraction({ phase: "indexing", done: 12, total: 10 })).toBe(1);
		expect(fraction({ phase: "indexing", done: 3, total: 0 })).toBe(0);
		expect(fraction({ phase: "loading-cache", done: 3, total: 10 })).toBe(0);
	});

	it("the feed hands every report to every watcher; one that throws stops neither the others nor the indexer", () => {
		const feed = new ProgressFeed();
		const seen: string[] = [];
		const error = vi.spyOn(console, "error").mockImplementation(() => {});
		feed.watch(() => {
			throw new Error("broken display");
		});
		const stop = feed.watch((p) => seen.push(`${p.phase} ${p.done}`));
		expect(() => feed.update({ phase: "indexing", done: 3, total: 9 })).not.toThrow();
		expect(feed.indexing).toBe(true);
		stop();
		feed.update({ phase: "ready", done: 9, total: 9 });
		expect(seen).toEqual(["idle 0", "indexing 3"]);
		expect(feed.indexing).toBe(false);
		expect(error).toHaveBeenCalled();
		error.mockRestore();
	});
});
