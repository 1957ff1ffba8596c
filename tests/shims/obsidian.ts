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
export * from "./shim-markdown";
import { notImplemented } from "./shim-core";
import { Modal } from "./shim-views";

export { getLinkpath } from "./fake-metadata";

/** Obsidian's parseLinktext: "Note#Part" -> { path: "Note", subpath: "#Part" }. */
export function parseLinktext(linktext: string): { path: string; subpath: string } {
	const i = linktext.indexOf("#");
	return i < 0 ? { path: linktext, subpath: "" } : { path: linktext.slice(0, i), subpath: linktext.slice(i) };
}

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
