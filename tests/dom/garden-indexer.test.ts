/** The real indexer and the garden writer together: generated pages are never read back as briefs. */
import { load } from "js-yaml";
import { describe, expect, it, vi } from "vitest";
import { BriefIndex } from "../../src/core/index/brief-index";
import { BriefIndexer } from "../../src/obsidian/indexer";
import { GardenWriter } from "../../src/obsidian/garden-writer";
import { DEFAULT_SETTINGS } from "../../src/settings";
import { createFakeApp } from "../shims/fake-app";

const CAESAR =
	'---\ndg-publish: true\n---\n# Julius Caesar\n\n- **Rubicon:** Caesar crossed the Rubicon in January 49 BC.\n\n**Key Quotes:**\n\n- "Alea iacta est."\n';

describe("garden pages and the vault index", () => {
	it("after writing the pages, the index still holds only the real briefs (no duplicate events or quotes)", async () => {
		const app = createFakeApp({ files: { "Rome/Caesar.md": CAESAR } });
		Object.assign(app.vault, { createFolder: async () => {} });
		const index = new BriefIndex();
		const settings = { ...DEFAULT_SETTINGS };
		const indexer = new BriefIndexer(app as never, index, () => settings, { parseYaml: load });
		indexer.load();
		await indexer.start();
		expect(index.briefs().map((b) => b.path)).toEqual(["Rome/Caesar.md"]);
		// The indexer hears "changed" before this listener (it registered first) and handles it synchronously:
		// once every written page has been announced here, the indexer has seen it too.
		const announced = new Set<string>();
		app.metadataCache.on("changed", (f: { path: string }) => void announced.add(f.path));
		const writer = new GardenWriter(
			app as never,
			index,
			() => settings,
			() => new Date("2026-11-28T12:00:00Z"),
			indexer.ready,
		);
		const r = await writer.run();
		expect(r.written.length).toBeGreaterThan(2);
		// Obsidian announces only Markdown files in the metadata cache (not the generated axis image).
		await vi.waitFor(() => expect(r.written.filter((p) => p.endsWith(".md") && !announced.has(p))).toEqual([]), {
			timeout: 10_000,
			interval: 5,
		});
		expect(index.briefs({ includeUnpublished: true }).map((b) => b.path)).toEqual(["Rome/Caesar.md"]);
		expect(index.timeline()).toHaveLength(1);
		expect(index.quotes()).toHaveLength(1);
		// and a second run still writes nothing
		expect((await writer.run()).written).toEqual([]);
		indexer.unload();
	});
});
