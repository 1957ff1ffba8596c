/**
 * The ```study-timeline code block through the shim's Markdown post-processor path: the plugin registers the
 * processor, a note's block renders the events its options select (list and axis), the index keeps it current,
 * a click opens the source line, bad options show a problem, and unloading the section drops its listeners.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import StudyBriefsPlugin from "../../src/main";
import { createFakeApp, type FakeApp } from "../shims/fake-app";
import { renderMarkdownSections, type MarkdownView } from "../shims/shim-markdown";

const VAULT = join(process.cwd(), "examples/vault/");
function readVault(dir: string, out: Record<string, string> = {}): Record<string, string> {
	for (const name of readdirSync(dir)) {
		if (name.startsWith(".")) continue;
		const full = join(dir, name);
		if (statSync(full).isDirectory()) readVault(full, out);
		else if (name.endsWith(".md")) out[relative(VAULT, full)] = readFileSync(full, "utf8");
	}
	return out;
}
const manifest = { id: "study-briefs", name: "Study Briefs", version: "0.1.0", dir: ".obsidian/plugins/study-briefs" };

let app: FakeApp;
let plugin: StudyBriefsPlugin;
beforeEach(async () => {
	app = createFakeApp({ files: readVault(VAULT) });
	plugin = new StudyBriefsPlugin(app as never, manifest as never);
	await plugin.onload();
	(plugin as unknown as { _loaded: boolean })._loaded = true;
	await plugin.api.ready;
});
afterEach(() => {
	plugin.unload();
	document.body.empty();
});

async function render(block: string) {
	const parent = document.body.createDiv();
	const r = await renderMarkdownSections(
		`# Revision\n\n\`\`\`study-timeline\n${block}\n\`\`\`\n`,
		"Revision.md",
		parent,
	);
	expect(r.blocks).toHaveLength(1);
	return { el: r.blocks[0], unload: r.unload };
}

describe("study-timeline code block", () => {
	it("lists the events of a folder in a year range, oldest first, and opens the source line on click", async () => {
		const { el } = await render("folder: Roman Republic\nfrom: 300 BC\nto: 100 BC\nmode: list");
		const rows = [...el.querySelectorAll(".sb-embed-row")];
		const expected = plugin.index
			.timeline({ folder: "Roman Republic" })
			.filter((e) => e.date.end.year >= -299 && e.date.start.year <= -99);
		expect(expected.length).toBeGreaterThan(2);
		expect(rows.map((r) => r.querySelector(".sb-embed-date")?.textContent)).toEqual(
			expected.map((e) => e.date.label),
		);
		expect(rows.every((r) => r.textContent?.includes("BC"))).toBe(true);
		rows[0].querySelector<HTMLElement>("a")!.click();
		await vi.waitFor(() => {
			const view = app.workspace.activeLeaf?.view as MarkdownView | undefined;
			expect(view?.file?.path).toBe(expected[0].source.path);
			expect(view?.selection?.anchor.line).toBe(expected[0].source.line);
		});
	});

	it("draws the axis by default, with lanes and to-scale marks", async () => {
		const { el } = await render("tag: roman-republic\nheight: 300");
		expect(el.querySelector(".sb-ax")).not.toBeNull();
		const canvas = el.querySelector(".sb-ax-canvas");
		expect(
			Number(canvas?.getAttribute("data-marks")) + Number(canvas?.getAttribute("data-clusters")),
		).toBeGreaterThan(0);
		expect(el.querySelector<HTMLElement>(".sb-embed-body")!.style.getPropertyValue("--sb-embed-height")).toBe(
			"300px",
		);
	});

	it("is kept current by the index, and unloading the section stops it", async () => {
		const { el, unload } = await render("brief: Roman Republic/The Punic Wars.md\nmode: list");
		const before = el.querySelectorAll(".sb-embed-row").length;
		const file = app.vault.getFileByPath("Roman Republic/The Punic Wars.md")!;
		const text = await app.vault.read(file);
		await app.vault.modify(
			file,
			text.replace(
				"**Key Quotes:**",
				"- **Peace of Phoenice:** In 205 BC Rome made peace with Macedon.\n\n**Key Quotes:**",
			),
		);
		await vi.waitFor(() => expect(el.querySelectorAll(".sb-embed-row").length).toBe(before + 1), { timeout: 3000 });
		expect(el.textContent).toContain("205 BC");
		unload();
		expect(el.childElementCount).toBe(0);
		await app.vault.modify(file, text);
		await vi.waitFor(() =>
			expect(plugin.index.timeline({ brief: "Roman Republic/The Punic Wars.md" }).length).toBe(before),
		);
		expect(el.childElementCount).toBe(0);
	});

	it("shows clear problems for bad options instead of failing", async () => {
		const { el } = await render("folder: Nowhere\nfrom: soon\nmode: grid\ncolour: red");
		const problems = [...el.querySelectorAll(".sb-embed-problem")].map((p) => p.textContent);
		expect(problems).toHaveLength(3);
		expect(problems.join(" ")).toMatch(/from: "soon" is not a year.*mode: "grid".*Unknown option "colour"/);
		expect(el.querySelector(".sb-embed-empty")?.textContent).toMatch(/No dated events/);
	});
});
