/**
 * stripInline and slugify have fast paths (guards that skip a step when its marker is absent, INLINE_MARKUP for
 * plain text, a one-pass slug): each against its plain reference, every step applied, written out here.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { slugify, stripEmphasis, stripInline, unescapeMarkdown, wikiText } from "../../../src/core/brief/strip";
import { replaceSpans, scanMdLinks, scanWikiLinks } from "../../../src/core/brief/inline-links";
import { fuzzParams } from "../../support/fuzz";

const TAG = /(^|\s)#[A-Za-z\u00c0-\u1fff\u3000-\uffff][\w\u00c0-\u1fff\u3000-\uffff/-]*/g;

/** stripInline with every step applied, no guard. */
function stripInlineReference(text: string): string {
	let t = replaceSpans(text, scanWikiLinks(text), (s) => (s.embed ? " " : wikiText(s.body)));
	t = replaceSpans(t, scanMdLinks(t), (s) => (s.embed ? " " : s.text));
	t = t.replace(/\[\^[^\]\s]{1,40}\]/g, "");
	t = t.replace(/:contentReference\[[^\]\n]{0,100}\]\{[^}\n]{0,100}\}/g, "");
	t = t.replace(/\bhttps?:\/\/[^\s)<>\]]+/gi, " ");
	t = t.replace(/\bwww\.[^\s)<>\]]+/gi, " ");
	t = t.replace(TAG, (m: string, pre: string, at: number, all: string) =>
		/[,.;:!?\u2019')]/.test(all[at + m.length] ?? "") ? "" : pre,
	);
	t = t.replace(/\s\^[A-Za-z0-9-]+\s*$/, "");
	t = unescapeMarkdown(t);
	t = t.replace(/\u2028/g, " ");
	t = stripEmphasis(t);
	return t.replace(/[ \t\u00a0]+/g, " ").trim();
}

/** slugify by regular expressions. */
function slugifyReference(text: string, max = 48): string {
	const s = text
		.normalize("NFKD")
		.replace(/[\u0300-\u036f]/g, "")
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, "-")
		.replace(/^-+|-+$/g, "");
	return s.length <= max ? s : s.slice(0, max).replace(/-+$/, "");
}

/** Text rich in what the guards look for. */
const markup = fc
	.array(
		fc.oneof(
			fc.constantFrom(
				"[[",
				"]]",
				"![[",
				"[",
				"]",
				"(",
				")",
				"](",
				"[^1]",
				"#tag",
				" #",
				"^id",
				"\\",
				"\\*",
				"*",
				"**",
				"_",
				"__",
				"==",
				"~~",
				"\u2028",
				"http://x.y/z",
				"https://a.b",
				"www.c.d",
				":contentReference[a]{b}",
				" ",
				"  ",
				"\t",
				"\u00a0",
				"|",
				".",
				",",
			),
			fc.string({ maxLength: 6 }),
		),
		{ maxLength: 25 },
	)
	.map((parts) => parts.join(""));

describe("stripInline's fast path", () => {
	it("agrees with every step applied", () => {
		fc.assert(
			fc.property(markup, (t) => {
				expect(stripInline(t)).toBe(stripInlineReference(t));
			}),
			fuzzParams(0x57a1f1, 800),
		);
	});
});

describe("slugify's one pass", () => {
	it("agrees with the regular-expression slug", () => {
		const text = fc.oneof(markup, fc.string({ unit: "grapheme", maxLength: 60 }), fc.string({ maxLength: 120 }));
		fc.assert(
			fc.property(text, fc.integer({ min: 1, max: 60 }), (t, max) => {
				expect(slugify(t, max)).toBe(slugifyReference(t, max));
			}),
			fuzzParams(0x57a1f2, 800),
		);
	});
});
