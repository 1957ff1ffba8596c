/** Text the CLI prints for a person: note text made harmless for a terminal, and counted nouns. */

/**
 * C0 controls except tab and line feed, DEL and the C1 controls (U+0080–U+009F, which include the 8-bit CSI):
 * an escape sequence in a note must not clear the screen, set the window title or hide text.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point of this pattern
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * Shows each control character as a visible escape (`\u001b`) instead of sending it to the terminal. The escape
 * is JSON's own, so JSON printed as a line stays valid JSON (JSON.stringify already escapes C0 this way).
 */
export function terminalSafe(text: string): string {
	return text.replace(CONTROL, unicodeEscape);
}

function unicodeEscape(c: string): string {
	return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

/** JSON text with the C1 controls escaped too (JSON.stringify leaves U+0080–U+009F raw); still the same JSON. */
export function jsonSafe(json: string): string {
	return json.replace(/[\u0080-\u009f]/g, unicodeEscape);
}

/** "1 brief", "2 briefs", "0 problems". */
export function count(n: number, noun: string, plural = `${noun}s`): string {
	return `${n} ${n === 1 ? noun : plural}`;
}
