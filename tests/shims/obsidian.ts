/**
 * A small, honest stand-in for the `obsidian` module in tests (jsdom and real Chromium).
 * It implements what our code really uses (DOM helpers, Component lifecycle, Events, views, settings
 * widgets, Notice, Menu ...) and THROWS for app-owned things it does not implement, so a test can never
 * pass by accident against a fake that silently does nothing.
 */
import "./dom-helpers";

export * from "./shim-core";
export * from "./shim-ui";
export * from "./shim-views";
export * from "./shim-plugin";
export * from "./shim-settings";
import { notImplemented, TFile } from "./shim-core";
import { ItemView, Modal } from "./shim-views";

export function parseYaml(_text: string): unknown {
	return notImplemented("parseYaml (pass a YAML parser in tests)");
}

export function stringifyYaml(_obj: unknown): string {
	return notImplemented("stringifyYaml");
}

export const MarkdownRenderer = {
	render(): Promise<void> {
		return notImplemented("MarkdownRenderer.render");
	},
};

export function requestUrl(): never {
	return notImplemented("requestUrl (the plugin never goes online)");
}

export class FuzzySuggestModal<T> extends Modal {
	getItems(): T[] {
		return [];
	}
}

/** A Markdown editor view: only what openAtLine uses, backed by a line array. */
export class MarkdownView extends ItemView {
	file: TFile | null = null;
	lines: string[] = [""];
	cursor = { line: 0, ch: 0 };
	editor = {
		lineCount: () => this.lines.length,
		getLine: (n: number) => this.lines[n] ?? "",
		setCursor: (pos: { line: number; ch: number }) => {
			this.cursor = pos;
		},
		setSelection: (from: { line: number; ch: number }) => {
			this.cursor = from;
		},
		scrollIntoView: () => {},
		getValue: () => this.lines.join("\n"),
	};
	getViewType(): string {
		return "markdown";
	}
	getDisplayText(): string {
		return this.file?.basename ?? "";
	}
}

