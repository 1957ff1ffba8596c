import { describe, expect, it } from "vitest";
import { parseBrief } from "../../../src/core/brief/index";

const parse = (text: string) => parseBrief({ path: "C/N.md", text });

describe("links", () => {
	it("wikilinks, aliases, headings, embeds and Markdown links to notes, with lines", () => {
		const text =
			"See [[Rome]] and [[Augustus|the emperor]].\n![[map.png]] [[Cicero#Speeches|speeches]] [[#Local]]\n[notes](Other%20note.md#Part) and [web](https://x.org/a.md) and [mail](mailto:a@b.c)\n";
		expect(parse(text).links).toEqual([
			{ target: "Rome", embed: false, kind: "wiki", line: 0 },
			{ target: "Augustus", alias: "the emperor", embed: false, kind: "wiki", line: 0 },
			{ target: "map.png", embed: true, kind: "wiki", line: 1 },
			{ target: "Cicero", heading: "Speeches", alias: "speeches", embed: false, kind: "wiki", line: 1 },
			{ target: "", heading: "Local", embed: false, kind: "wiki", line: 1 },
			{ target: "Other note.md", heading: "Part", alias: "notes", embed: false, kind: "markdown", line: 2 },
		]);
	});
	it("escaped pipes in tables", () => {
		expect(parse("| a | [[2025-01-28\\|due]] |\n").links).toEqual([
			{ target: "2025-01-28", alias: "due", embed: false, kind: "wiki", line: 0 },
		]);
	});
	it("not inside code, comments or front-matter", () => {
		const text =
			'---\nup: "[[Parent]]"\n---\n```\n[[InCode]]\n```\n`[[Inline]]` %% [[Comment]] %% <!-- [[Html]] -->\n[[Real]]\n';
		expect(parse(text).links.map((l) => [l.target, l.line])).toEqual([["Real", 7]]);
	});
});

describe("item ids", () => {
	const base = [
		"---",
		"dg-publish: true",
		"---",
		"## Recognition, 1933",
		"",
		"**Most Important Ideas/Facts:**",
		"",
		"- **Background:** The U.S. severed ties in 1917.",
		"- **Talks:** Negotiations in November 1933.",
		"",
		"**Key Quotes:**",
		"",
		'- "Roosevelt hoped for recognition." — Historian',
		'- "The purges horrified diplomats."',
		"",
		"**Conclusion:** It ended by 1939.",
	];
	const idsOf = (text: string) => {
		const b = parse(text);
		return {
			quotes: Object.fromEntries(b.quotes.map((q) => [q.text, q.id])),
			facts: Object.fromEntries(b.facts.map((f) => [f.term, f.id])),
			events: Object.fromEntries(b.events.map((e) => [`${e.date.label}|${e.text}`, e.id])),
		};
	};
	const before = idsOf(base.join("\n"));

	it("ids are derived from kind and content", () => {
		expect(before.quotes["Roosevelt hoped for recognition."]).toMatch(
			/^q:roosevelt-hoped-for-recognition-[0-9a-z]+:0$/,
		);
		expect(before.facts.Background).toMatch(/^f:background-[0-9a-z]+:0$/);
		expect(Object.values(before.events).every((id) => id.startsWith("e:"))).toBe(true);
	});

	it("survive edits elsewhere: lines inserted, other items changed, reordered, front-matter edited", () => {
		const edited = [...base];
		edited[1] = "dg-publish: false\ntags: [x]";
		edited.splice(4, 0, "A new paragraph at the top.", "", "Another one in 1800.");
		edited[edited.indexOf("- **Talks:** Negotiations in November 1933.")] =
			"- **Talks:** Long negotiations in November 1933 and more.";
		const q1 = edited.indexOf('- "Roosevelt hoped for recognition." — Historian');
		const q2 = edited.indexOf('- "The purges horrified diplomats."');
		[edited[q1], edited[q2]] = [edited[q2], '- "Roosevelt hoped for recognition." — Another speaker'];
		const after = idsOf(edited.join("\n"));
		expect(after.quotes["Roosevelt hoped for recognition."]).toBe(
			before.quotes["Roosevelt hoped for recognition."],
		);
		expect(after.quotes["The purges horrified diplomats."]).toBe(before.quotes["The purges horrified diplomats."]);
		expect(after.facts.Background).toBe(before.facts.Background);
		expect(after.facts.Talks).toBe(before.facts.Talks);
		expect(after.events["1917|The U.S. severed ties in 1917."]).toBe(
			before.events["1917|The U.S. severed ties in 1917."],
		);
		expect(after.events["1939|It ended by 1939."]).toBe(before.events["1939|It ended by 1939."]);
		expect(after.events["Nov 1933|Long negotiations in November 1933 and more."]).toBeDefined();
		expect(after.events["Nov 1933|Long negotiations in November 1933 and more."]).not.toBe(
			before.events["Nov 1933|Negotiations in November 1933."],
		);
	});

	it("ids ignore case, whitespace, quote style and markup", () => {
		const a = parse('## Key Quotes\n- "It is  **really** flying" — A\n').quotes[0].id;
		const b = parse("## Key Quotes\n- \u201cit is really flying\u201d \u2014 B\n").quotes[0].id;
		expect(a).toBe(b);
	});

	it("duplicates get an occurrence index; ids are unique within a brief", () => {
		const b = parse('## Key Quotes\n- "Same"\n- "Same"\n');
		expect(b.quotes.map((q) => q.id.split(":").pop())).toEqual(["0", "1"]);
		const all = [...b.quotes, ...b.facts, ...b.events].map((x) => x.id);
		expect(new Set(all).size).toBe(all.length);
	});
});
