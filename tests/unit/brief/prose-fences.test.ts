/** Issue 16, item 8: plain code fences used as boxes are read; code stays unread and is counted. */
import { describe, expect, it } from "vitest";
import { parseBrief } from "../../../src/core/brief";
import { isProseFence } from "../../../src/core/brief/prose-fences";

const read = (text: string) => parseBrief({ path: "n.md", text: `---\ndg-publish: true\n---\n${text}` });

describe("plain code fences", () => {
	it("reads prose and bullets in a fence with no language", () => {
		const b = read(
			"## Germany\n```\nKaiser - abdicate - 1918\nArmistice - ceasefire, signed 11 nov 1918\n1921 - SA formed to protect Nazis\n```\n",
		);
		expect(b.events.map((e) => e.date.label)).toEqual(["1918", "11 Nov 1918", "1921"]);
		expect(b.events[0].source.line).toBe(5);
		expect(b.problems).toEqual([]);
	});

	it("keeps a fence with a language unread and says how many dated lines it skipped", () => {
		const b = read("```python\nyear = 1914  # not an event\nprint(1815)\n```\nIn 1066 the Normans came.\n");
		expect(b.events.map((e) => e.date.label)).toEqual(["1066"]);
		expect(b.problems).toHaveLength(1);
		expect(b.problems[0].message).toMatch(/^2 dated lines in code blocks not read/);
		expect(b.problems[0].line).toBe(4);
	});

	it("keeps a plain fence with code in it unread", () => {
		const b = read("```\nconst founded = 1917;\nif (year > 1918) { run(); }\n```\n");
		expect(b.events).toEqual([]);
		expect(b.problems[0].message).toMatch(/^2 dated lines/);
	});

	it("tells prose from code", () => {
		expect(isProseFence(["Turnip Winter -1917 - naval blockade - 750,000 starved to death"])).toBe(true);
		expect(isProseFence(["x = 1917", "print(x)"])).toBe(false);
		expect(isProseFence(["", "   "])).toBe(false);
		expect(
			isProseFence([
				"1933 - Reichstag Fire - communists blamed",
				"1933 March - Enabling act passed",
				"DAF - max working hours 60 => 72",
				"1934 - Night Of Long Knives - Rohm murdered",
			]),
		).toBe(true);
		expect(isProseFence(["const f = (x) => x + 1", "run the thing now please"])).toBe(false);
		expect(isProseFence(["The treaty was signed in 1919 at Versailles", "return value;"])).toBe(false);
	});

	it("an unclosed fence stays unread (no data read past what the author boxed)", () => {
		const b = read("```\nIn 1066 the Normans came.\n");
		expect(b.events).toEqual([]);
	});
});
