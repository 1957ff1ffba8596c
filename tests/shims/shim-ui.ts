/** obsidian shim, part 2: Notice, icons, Keymap, fuzzy search and Menu. */
import { Component, Platform } from "./shim-core";

/** Every Notice shown during a test, newest last. */
export const noticeLog: string[] = [];

export class Notice {
	noticeEl: HTMLElement;
	message: string;
	constructor(
		message: string | DocumentFragment,
		public duration?: number,
	) {
		this.message = typeof message === "string" ? message : (message.textContent ?? "");
		this.noticeEl = document.createElement("div");
		this.noticeEl.textContent = this.message;
		noticeLog.push(this.message);
	}
	setMessage(message: string | DocumentFragment): this {
		this.message = typeof message === "string" ? message : (message.textContent ?? "");
		this.noticeEl.textContent = this.message;
		return this;
	}
	hide(): void {}
}

export function setIcon(parent: HTMLElement, iconId: string): void {
	parent.empty();
	const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
	svg.setAttribute("class", `svg-icon lucide-${iconId}`);
	svg.setAttribute("width", "16");
	svg.setAttribute("height", "16");
	svg.setAttribute("data-icon", iconId);
	parent.appendChild(svg);
}

export function setTooltip(el: HTMLElement, tooltip: string): void {
	el.setAttribute("aria-label", tooltip);
}

/** The platform's Mod key: Cmd on macOS, Ctrl elsewhere (Obsidian's `Keymap`). */
function modKey(e: { ctrlKey?: boolean; metaKey?: boolean }): boolean {
	return Boolean(Platform.isMacOS ? e.metaKey : e.ctrlKey);
}

export class Keymap {
	/**
	 * Like Obsidian's: "tab" for Mod (Cmd on macOS, Ctrl elsewhere) or a middle click, "split" for Mod+Alt,
	 * "window" for Mod+Alt+Shift, else false. Ctrl on macOS and Meta (Windows key) elsewhere are not Mod.
	 */
	static isModEvent(evt?: UIEvent | null): boolean | "tab" | "split" | "window" {
		if (!evt) return false;
		const e = evt as MouseEvent;
		if (modKey(e)) return e.altKey ? (e.shiftKey ? "window" : "split") : "tab";
		if (e.button === 1) return "tab"; // a middle click (only mouse events have a button)
		return false;
	}
	static isModifier(evt: MouseEvent | TouchEvent | KeyboardEvent, modifier: string): boolean {
		const e = evt as KeyboardEvent;
		if (modifier === "Mod") return modKey(e);
		if (modifier === "Shift") return e.shiftKey;
		if (modifier === "Alt") return e.altKey;
		if (modifier === "Ctrl") return e.ctrlKey;
		if (modifier === "Meta") return e.metaKey;
		return false;
	}
}

/** Fuzzy search like Obsidian's: every query character in order; score favours tight, early matches. */
export function prepareFuzzySearch(
	query: string,
): (text: string) => { score: number; matches: [number, number][] } | null {
	const q = query.toLowerCase().replace(/\s+/g, "");
	return (text: string) => {
		const t = text.toLowerCase();
		let ti = 0;
		let score = 0;
		let last = -1;
		const matches: [number, number][] = [];
		for (const ch of q) {
			const found = t.indexOf(ch, ti);
			if (found < 0) return null;
			score -= last < 0 ? found * 0.01 : found - last - 1;
			if (matches.length && matches[matches.length - 1][1] === found) matches[matches.length - 1][1] = found + 1;
			else matches.push([found, found + 1]);
			last = found;
			ti = found + 1;
		}
		return { score, matches };
	};
}

export function prepareSimpleSearch(
	query: string,
): (text: string) => { score: number; matches: [number, number][] } | null {
	const words = query.toLowerCase().split(/\s+/).filter(Boolean);
	return (text: string) => {
		const t = text.toLowerCase();
		const matches: [number, number][] = [];
		for (const w of words) {
			const i = t.indexOf(w);
			if (i < 0) return null;
			matches.push([i, i + w.length]);
		}
		return { score: 0, matches };
	};
}

export class MenuItem {
	title = "";
	icon = "";
	callback: ((evt: MouseEvent | KeyboardEvent) => unknown) | null = null;
	setTitle(title: string | DocumentFragment): this {
		this.title = typeof title === "string" ? title : (title.textContent ?? "");
		return this;
	}
	setIcon(icon: string | null): this {
		this.icon = icon ?? "";
		return this;
	}
	setSection(_section: string): this {
		return this;
	}
	setChecked(_checked: boolean | null): this {
		return this;
	}
	setDisabled(_disabled: boolean): this {
		return this;
	}
	onClick(cb: (evt: MouseEvent | KeyboardEvent) => unknown): this {
		this.callback = cb;
		return this;
	}
}

/** The last menu shown in a test (`Menu.last`), so tests can click its items. */
export class Menu extends Component {
	static last: Menu | null = null;
	items: MenuItem[] = [];
	addItem(cb: (item: MenuItem) => unknown): this {
		const item = new MenuItem();
		cb(item);
		this.items.push(item);
		return this;
	}
	addSeparator(): this {
		return this;
	}
	showAtMouseEvent(_evt: MouseEvent): this {
		Menu.last = this;
		return this;
	}
	showAtPosition(_pos: { x: number; y: number }): this {
		Menu.last = this;
		return this;
	}
	hide(): this {
		return this;
	}
	/** Test helper: run the item with this title. */
	click(title: string): void {
		const item = this.items.find((i) => i.title === title);
		if (!item) throw new Error(`menu has no item "${title}" (has: ${this.items.map((i) => i.title).join(", ")})`);
		item.callback?.(new MouseEvent("click"));
	}
}
