import { MarkdownView, TFile, type App } from "obsidian";
import type { SourceRef } from "../core/model";

/** How a view opens a source: the same tab, a new tab (Cmd/Ctrl-click), or a split. */
export type OpenMode = "same" | "tab" | "split";

/**
 * Open a note at a 0-based line: in the same tab, a new tab or a split. Selects the line so the reader
 * sees where the item came from. A missing note is reported by the caller (returns false).
 */
export async function openAtLine(app: App, ref: SourceRef, mode: OpenMode = "same"): Promise<boolean> {
	const file = app.vault.getAbstractFileByPath(ref.path);
	if (!(file instanceof TFile)) return false;
	const leaf = app.workspace.getLeaf(mode === "same" ? false : mode);
	await leaf.openFile(file, { active: true, eState: { line: ref.line } });
	const view = leaf.view;
	if (view instanceof MarkdownView) {
		const editor = view.editor;
		const line = Math.min(ref.line, Math.max(0, editor.lineCount() - 1));
		editor.setCursor({ line, ch: 0 });
		editor.setSelection({ line, ch: 0 }, { line, ch: editor.getLine(line).length });
		editor.scrollIntoView({ from: { line, ch: 0 }, to: { line, ch: 0 } }, true);
	}
	return true;
}
