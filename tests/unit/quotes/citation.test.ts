import { describe, expect, it } from "vitest";
import { formatCitation, plainQuoteText, shortestLinkTexts } from "../../../src/core/quotes/citation";
import { baseName } from "../../../src/core/text";

describe("formatCitation", () => {
	it("formats a one-line quote with speaker", () => {
		expect(formatCitation({ text: "Alea iacta est.", speaker: "Julius Caesar" }, "Fall of the Republic")).toBe(
			"> Alea iacta est.\n>\n> — Julius Caesar, [[Fall of the Republic]]",
		);
	});
	it("keeps every line of a multi-line quote, blank lines as a bare >", () => {
		expect(formatCitation({ text: "Line one\nLine two\n\nLine four  ", speaker: "Cicero" }, "Rome")).toBe(
			"> Line one\n> Line two\n>\n> Line four\n>\n> — Cicero, [[Rome]]",
		);
	});
	it("omits the speaker when there is none", () => {
		expect(formatCitation({ text: "The purges horrified.", speaker: undefined }, "Soviet brief")).toBe(
			"> The purges horrified.\n>\n> — [[Soviet brief]]",
		);
	});
	it("normalises CRLF and strips characters that would break the wikilink", () => {
		expect(formatCitation({ text: "a\r\nb", speaker: " S " }, "x|y[z]")).toBe("> a\n> b\n>\n> — S, [[xyz]]");
	});
});

describe("link texts", () => {
	it("uses the file name without .md, the path when the name is not unique", () => {
		const m = shortestLinkTexts(["History/Russia/Brief.md", "Economics/Brief.md", "History/Rome.md", "Top.md"]);
		expect(m.get("History/Russia/Brief.md")).toBe("History/Russia/Brief");
		expect(m.get("Economics/Brief.md")).toBe("Economics/Brief");
		expect(m.get("History/Rome.md")).toBe("Rome");
		expect(m.get("Top.md")).toBe("Top");
	});
	it("treats names case-insensitively like Obsidian's link resolution", () => {
		const m = shortestLinkTexts(["a/Note.md", "b/note.md"]);
		expect(m.get("a/Note.md")).toBe("a/Note");
	});
	it("baseName", () => {
		expect(baseName("x/y/Recognition, 1933.md")).toBe("Recognition, 1933");
		expect(baseName("plain")).toBe("plain");
	});
	it("plainQuoteText trims and keeps inner line breaks", () => {
		expect(plainQuoteText({ text: "  a  \n\n\n\nb\n" })).toBe("a\n\nb");
	});
});
