/**
 * obsidian shim, part 5: FileView and MarkdownView. The editor is backed by the note's lines and records
 * every call it gets (`editorCalls`, plus `cursor`, `selection`, `scrolledTo`), so a test can check that
 * "open the brief at line N" put the cursor and the selection on that line.
 */
import { Component, type TFile } from "./shim-core";
import { builtinViews, ItemView } from "./shim-views";

interface EditorPosition {
	line: number;
	ch: number;
}

export abstract class FileView extends ItemView {
	file: TFile | null = null;
	allowNoFile = false;
	navigation = true;
	/** Shows a note (WorkspaceLeaf.openFile calls it). */
	async loadFile(file: TFile): Promise<void> {
		this.file = file;
		await this.onLoadFile(file);
	}
	async onLoadFile(_file: TFile): Promise<void> {}
	getDisplayText(): string {
		return this.file?.basename ?? "";
	}
}

export class MarkdownView extends FileView {
	lines: string[] = [""];
	cursor: EditorPosition = { line: 0, ch: 0 };
	selection: { anchor: EditorPosition; head: EditorPosition } | null = null;
	scrolledTo: { from: EditorPosition; to: EditorPosition } | null = null;
	/** The ephemeral state the view was opened with (e.g. `{ line }`). */
	eState: Record<string, unknown> | null = null;
	/** Every editor call, in order: `{ method: "setCursor", args: [{ line: 3, ch: 0 }] }`. */
	readonly editorCalls: { method: string; args: unknown[] }[] = [];
	editor = {
		lineCount: () => this.lines.length,
		getLine: (n: number) => this.lines[n] ?? "",
		getValue: () => this.lines.join("\n"),
		getCursor: () => ({ ...this.cursor }),
		setCursor: (pos: EditorPosition | number, ch?: number) => {
			this.editorCalls.push({ method: "setCursor", args: [pos, ch] });
			this.cursor = typeof pos === "number" ? { line: pos, ch: ch ?? 0 } : { ...pos };
			this.selection = null;
		},
		setSelection: (anchor: EditorPosition, head?: EditorPosition) => {
			this.editorCalls.push({ method: "setSelection", args: [anchor, head] });
			this.selection = { anchor: { ...anchor }, head: { ...(head ?? anchor) } };
			this.cursor = { ...(head ?? anchor) };
		},
		getSelection: () => (this.selection ? this.textBetween(this.selection.anchor, this.selection.head) : ""),
		scrollIntoView: (range: { from: EditorPosition; to: EditorPosition }, center?: boolean) => {
			this.editorCalls.push({ method: "scrollIntoView", args: [range, center] });
			this.scrolledTo = { from: { ...range.from }, to: { ...range.to } };
		},
	};
	getViewType(): string {
		return "markdown";
	}
	async onLoadFile(file: TFile): Promise<void> {
		this.showText(await this.app.vault.cachedRead(file));
	}
	/** Test helper (and the sync path of `workspace.setActiveFile`): the editor's content. */
	showText(text: string): void {
		this.lines = text.split("\n");
		this.cursor = { line: 0, ch: 0 };
		this.selection = null;
	}
	getEphemeralState(): Record<string, unknown> {
		return { ...(this.eState ?? {}) };
	}
	setEphemeralState(state: unknown): void {
		this.eState = state && typeof state === "object" ? { ...(state as Record<string, unknown>) } : null;
	}
	private textBetween(a: EditorPosition, b: EditorPosition): string {
		const [from, to] = a.line < b.line || (a.line === b.line && a.ch <= b.ch) ? [a, b] : [b, a];
		if (from.line === to.line) return this.editor.getLine(from.line).slice(from.ch, to.ch);
		const mid = this.lines.slice(from.line + 1, to.line);
		return [
			this.editor.getLine(from.line).slice(from.ch),
			...mid,
			this.editor.getLine(to.line).slice(0, to.ch),
		].join("\n");
	}
}

builtinViews.set("markdown", (leaf) => new MarkdownView(leaf));

/** Like Obsidian: a component tied to a rendered section's element; unloaded when the section goes. */
export class MarkdownRenderChild extends Component {
	constructor(public containerEl: HTMLElement) {
		super();
	}
}

export interface MarkdownPostProcessorContext {
	docId: string;
	sourcePath: string;
	frontmatter: unknown;
	addChild(child: MarkdownRenderChild): void;
	getSectionInfo(el: HTMLElement): null;
}

export type CodeBlockHandler = (
	source: string,
	el: HTMLElement,
	ctx: MarkdownPostProcessorContext,
) => Promise<unknown> | void;

/** Code block processors registered by plugins (Plugin.registerMarkdownCodeBlockProcessor), by language. */
export const codeBlockProcessors = new Map<string, CodeBlockHandler>();

/**
 * Test helper, Obsidian's reading-view path for fenced code blocks: the note is split into sections; a fenced
 * block whose language has a registered processor gets a `div.block-language-<lang>` and the processor is
 * called with the block's text (without the fences). Children added with ctx.addChild are loaded at once
 * and unloaded by `unload()` (the section leaving the view, or the note re-rendering).
 */
export async function renderMarkdownSections(
	markdown: string,
	sourcePath: string,
	parent: HTMLElement,
): Promise<{ blocks: HTMLElement[]; unload(): void }> {
	const children: MarkdownRenderChild[] = [];
	const blocks: HTMLElement[] = [];
	const lines = markdown.split("\n");
	for (let i = 0; i < lines.length; i++) {
		const open = /^(```+|~~~+)\s*([\w-]+)?\s*$/.exec(lines[i]);
		if (!open) {
			if (lines[i].trim()) parent.createEl("p", { text: lines[i] });
			continue;
		}
		let j = i + 1;
		while (j < lines.length && !lines[j].startsWith(open[1])) j++;
		const source = lines.slice(i + 1, j).join("\n");
		const lang = open[2] ?? "";
		const handler = codeBlockProcessors.get(lang);
		if (handler) {
			const el = parent.createDiv({ cls: `block-language-${lang}` });
			blocks.push(el);
			const ctx: MarkdownPostProcessorContext = {
				docId: "shim-doc",
				sourcePath,
				frontmatter: undefined,
				addChild: (child) => {
					children.push(child);
					child.load();
				},
				getSectionInfo: () => null,
			};
			await handler(source, el, ctx);
		} else parent.createEl("pre").createEl("code", { text: source });
		i = j;
	}
	return {
		blocks,
		unload() {
			for (const c of children.splice(0)) c.unload();
		},
	};
}
