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

/** The localStorage key where Obsidian keeps the app language. */
const LANGUAGE_KEY = "language";

/**
 * Obsidian's getLanguage() (API 1.8.7+): the app language code Obsidian keeps in localStorage under
 * "language" ("fr", "de", "zh-TW" …), "en" when none is set. Tests switch the interface language by setting it.
 */
export function getLanguage(): string {
	const stored =
		typeof window !== "undefined" && window.localStorage ? window.localStorage.getItem(LANGUAGE_KEY) : null;
	return stored || "en";
}

/** The app's API version: the version of the obsidian typings the shim follows. */
export const apiVersion = "1.13.1";

/** Obsidian's requireApiVersion: true when the running app is at least `version`. */
export function requireApiVersion(version: string): boolean {
	const a = apiVersion.split(".").map(Number);
	const b = version.split(".").map(Number);
	for (let i = 0; i < Math.max(a.length, b.length); i++) {
		if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
	}
	return true;
}
