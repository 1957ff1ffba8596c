import { load } from "js-yaml";
import type { App } from "obsidian";
import { BriefIndex } from "../../src/core/index";
import { BriefIndexer } from "../../src/obsidian/indexer";
import type { IndexerOptions } from "../../src/obsidian/indexer";
import { DEFAULT_SETTINGS } from "../../src/settings";
import type { Settings } from "../../src/settings";
import { createFakeApp } from "../shims/fake-app";
import type { FakeApp } from "../shims/fake-app";

export function yamlBrief(title: string, year: number, publish: unknown = true, extra = ""): string {
	return `---\ndg-publish: ${String(publish)}\ntags: [history]\n${extra}---\n## ${title}, ${year}\n\n**Key Quotes:**\n\n- "A quote about ${title}."\n\n**Conclusion:**\n\nIt ended in ${year + 6}.\n`;
}

export function jsonBrief(title: string, year: number): string {
	return `---\n{"dg-publish":true,"permalink":"/${title.toLowerCase()}/"}\n---\n## ${title}, ${year}\n\n- **Background:** Ties were cut in ${year - 10}.\n`;
}

export const plain = (text: string) => `---\ntags: [misc]\n---\n# Not a brief\n\nIn 1999 nothing happened. ${text}\n`;

export interface Rig {
	app: FakeApp;
	index: BriefIndex;
	indexer: BriefIndexer;
	settings: Settings;
}

export function rig(files: Record<string, string>, opts: IndexerOptions = {}, settings: Partial<Settings> = {}): Rig {
	const app = createFakeApp({ files });
	const index = new BriefIndex();
	const s: Settings = { ...DEFAULT_SETTINGS, ...settings };
	// Obsidian's parseYaml is js-yaml: the indexer passes it on for notes read without parsed front-matter.
	const indexer = new BriefIndexer(app as unknown as App, index, () => s, { parseYaml: load, ...opts });
	return { app, index, indexer, settings: s };
}

export const years = (index: BriefIndex, includeUnpublished = false) =>
	index.timeline({ includeUnpublished }).map((e) => `${e.briefPath}:${e.date.start.year}`);
