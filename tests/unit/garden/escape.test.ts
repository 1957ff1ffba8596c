/**
 * H3 (issue 14): every piece of note text in a generated page is escaped for HTML and for the Digital Garden
 * site's Markdown extensions. Invariant checked on every page: no raw `<`, `>`, `{`, `}` or `$` at all (the
 * pages themselves never need one), whatever the titles, headings, speakers, quotes, labels and links hold.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildGardenPages, makeLinker, makeResolver, rewriteLinks } from "../../../src/core/garden";
import {
	collapseSpace,
	escapeAlias,
	escapePlain,
	escapeText,
	mermaidWords,
	safeUrl,
} from "../../../src/core/garden/escape";
import type { Brief } from "../../../src/core/model";
import type { Question } from "../../../src/core/quiz/types";
import { fuzzParams } from "../../support/fuzz";
import { brief, date, event, note, quote } from "./fixtures";

const FORBIDDEN = /[<{}$]/;

/** The page's text without its blockquote and callout markers: where a `>` may not appear. */
function unquoted(text: string): string {
	return text
		.split("\n")
		.map((l) => l.replace(/^(?:> ?)+/, ""))
		.join("\n");
}

function expectInert(text: string): void {
	expect(text).not.toMatch(FORBIDDEN);
	expect(unquoted(text)).not.toContain(">");
}

function pagesFor(briefs: Brief[], mermaid = true, quizFor?: (b: Brief) => Question[]) {
	const paths = briefs.map((b) => b.path);
	return buildGardenPages({
		briefs,
		notes: paths.map((p) => note(p, true)),
		resolveLink: makeResolver(paths),
		options: { folder: "Study pages", publishKey: "dg-publish", mermaid, perCourse: true },
		quizFor,
	});
}

function body(content: string): string {
	return content.slice(content.indexOf("\n---\n") + 5);
}

const PAYLOAD = `<img src=x onerror=alert('x')>`;

describe("escaping note text for a garden page", () => {
	it("the attack's reproduction: a front-matter title and an entity-decoded heading never reach a page as HTML", () => {
		const a = brief("fmtitle.md", {
			title: PAYLOAD,
			events: [event("fmtitle.md", date(1917), "In 1917 something happened.")],
		});
		const b = brief("entity-heading.md", {
			title: `${PAYLOAD} Brief, 1933`,
			quotes: [quote("entity-heading.md", "A quote.", PAYLOAD)],
		});
		const q = (br: Brief): Question[] => [
			{
				id: "q",
				kind: "which-brief",
				prompt: `Which? ${PAYLOAD}`,
				options: [br.title, PAYLOAD],
				answer: br.title,
				itemId: "i",
				briefPath: br.path,
				source: { path: br.path, line: 1 },
			},
		];
		const pages = pagesFor([a, b], true, q);
		const all = pages.map((p) => body(p.content)).join("\n");
		expectInert(all);
		expect(all).toContain("[[fmtitle|&lt;img src=x onerror=alert('x')&gt;]]");
		expect(all).toContain("&lt;img src");
	});

	it("attribute braces, math, template tags and comments from note text are neutralised", () => {
		const text =
			"In 1933 {onclick=alert(1)} cost $5 and $6 {{constructor.constructor('x')()}} {% raw %} %%secret%% <!-- hidden -->";
		const a = brief("A.md", {
			title: "{.x onclick=y}",
			events: [event("A.md", date(1933), text, "Label {onmouseover=z}")],
		});
		const timeline = body(pagesFor([a])[1].content);
		expectInert(timeline);
		expect(timeline).toContain("&#123;onclick=alert(1)&#125; cost &#36;5");
		expect(timeline).not.toContain("secret");
		expect(timeline).not.toContain("hidden");
	});

	it("links: javascript: and data: become their words; http stays a link with a safe URL; unsafe targets are not linked", () => {
		const resolve = makeResolver(["Pub.md", "<b>.md"]);
		const linker = makeLinker([note("Pub.md", true), note("<b>.md", true)], resolve);
		expect(
			rewriteLinks("[x](javascript:alert) [y](data:text/html,z) [z](https://e.org/a{b})", "A.md", linker),
		).toBe("x y [z](https://e.org/a%7Bb%7D)");
		expect(rewriteLinks("see [[<b>]] and [[Pub|<i>alias</i>]]", "A.md", linker)).toBe(
			"see &lt;b&gt; and [[Pub|&lt;i&gt;alias&lt;/i&gt;]]",
		);
		expect(rewriteLinks("[[Nowhere|<svg onload=x>]]", "A.md", linker)).toBe("&lt;svg onload=x&gt;");
	});

	it("the escapers", () => {
		expect(escapeText("**a** < b & {c} $d")).toBe("**a** &lt; b &amp; &#123;c&#125; &#36;d");
		expect(escapePlain("*a* _b_ [c] #d ==e== |f| \\g `h` ^i %%j <k>")).toBe(
			"\\*a\\* \\_b\\_ \\[c\\] \\#d \\=\\=e\\=\\= \\|f\\| \\\\g \\`h\\` \\^i \\%\\%j &lt;k&gt;",
		);
		expect(escapeAlias("a [b] | c <d>")).toBe("a b c &lt;d&gt;");
		expect(safeUrl("javascript:alert(1)")).toBeNull();
		expect(safeUrl("https://x.org/<a>")).toBe("https://x.org/%3Ca%3E");
		expect(mermaidWords("a<b>c & d")).toBe("a b c d");
	});

	it("property: the linear loops do what the regular expressions did", () => {
		const text = fc.string({ unit: fc.constantFrom(..." \t\n\u00a0\u2003&<>{}$*_#%\\ab"), maxLength: 40 });
		fc.assert(
			fc.property(text, (t) => {
				expect(collapseSpace(t)).toBe(t.replace(/\s+/g, " ").trim());
				expect(escapeText(t)).toBe(
					t.replace(
						/[&<>{}$]/g,
						(c) =>
							({ "&": "&amp;", "<": "&lt;", ">": "&gt;", "{": "&#123;", "}": "&#125;", $: "&#36;" })[c] ??
							c,
					),
				);
				expect(escapePlain(t).replace(/&(?:amp|lt|gt|#123|#125|#36);/g, "")).not.toMatch(/(?<!\\)[*_#%]/);
			}),
			fuzzParams(77, 500),
		);
	});

	it("property: whatever the note text, no page holds a raw < > { } or $", () => {
		const hostile = fc.string({ unit: fc.constantFrom(..."<>{}$&\"'`*_[]()|#!%=\\/: \nabc1;"), maxLength: 40 });
		fc.assert(
			fc.property(hostile, hostile, hostile, hostile, hostile, (title, text, label, speaker, qtext) => {
				const p = "C/Note.md";
				const b = brief(p, {
					title,
					events: [event(p, date(1900), text, label)],
					quotes: [quote(p, qtext, speaker)],
				});
				const quiz = (br: Brief): Question[] => [
					{
						id: "q",
						kind: "which-brief",
						prompt: text,
						options: [title, label],
						answer: qtext,
						itemId: "i",
						briefPath: br.path,
						source: { path: br.path, line: 1 },
					},
				];
				for (const page of pagesFor([b], true, quiz)) expectInert(body(page.content));
			}),
			fuzzParams(1414, 200),
		);
	});
});
