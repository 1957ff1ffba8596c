/**
 * Single-key shortcuts inside the quiz view (Obsidian hotkeys need a modifier, so the view handles
 * its own keys). While a text field has focus only Enter and Escape reach the view.
 */

/** True when the key event comes from a place where the reader types text. */
export function isTypingTarget(target: EventTarget | null): boolean {
	if (!target || !(target instanceof HTMLElement)) return false;
	const tag = target.tagName;
	return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || target.isContentEditable;
}

/** True for key events with a modifier that belongs to Obsidian or the system (Ctrl/Cmd/Alt). */
export function hasCommandModifier(e: KeyboardEvent): boolean {
	return e.ctrlKey || e.metaKey || e.altKey;
}

/** "1".."9" -> 0..8, anything else -> -1. */
export function digitIndex(key: string): number {
	return key.length === 1 && key >= "1" && key <= "9" ? key.charCodeAt(0) - 49 : -1;
}

/** "a".."z" -> 0..25 (case-insensitive), anything else -> -1. */
export function letterIndex(key: string): number {
	const k = key.toLowerCase();
	return k.length === 1 && k >= "a" && k <= "z" ? k.charCodeAt(0) - 97 : -1;
}

export function letterFor(i: number): string {
	return String.fromCharCode(65 + i);
}

/** A small key badge shown on a button ("1", "Enter"). */
export function keyHint(parent: HTMLElement, key: string): HTMLElement {
	// Screen readers get the shortcut from the control itself rather than from the badge.
	if (parent.tagName === "BUTTON" && key.length <= 5 && !key.includes("\u2013"))
		parent.setAttr("aria-keyshortcuts", key === "Esc" ? "Escape" : key);
	return parent.createSpan({ cls: "sb-quiz-key", text: key, attr: { "aria-hidden": "true" } });
}

/** The row of key hints under a screen ("Enter continue", "U undo"). */
export function renderHints(parent: HTMLElement, hints: [string, string][]): void {
	const el = parent.createDiv({ cls: "sb-quiz-hints", attr: { "aria-hidden": "true" } });
	for (const [key, what] of hints) {
		const h = el.createSpan({ cls: "sb-quiz-hint" });
		keyHint(h, key);
		h.appendText(what);
	}
}

/** What a rendered question offers to the view's key handler. */
export interface QuestionControl {
	/** A single key (not Enter/Escape) while no text field has focus. Returns true when handled. */
	onKey(key: string): boolean;
	/** Enter: submit the answer if one is ready. Returns true when it submitted. */
	submit(): boolean;
	/** Put the focus where the reader starts (the text input, or nothing). */
	focus(): void;
}
