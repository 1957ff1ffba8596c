/**
 * The language detector on real public notes (tests/eval/lang/SOURCES.tsv, labels by hand: the language each
 * note is written in). Committed notes (permissive licences) are always scored; the others when
 * `node scripts/eval-fetch.mjs lang` has put them in tests/eval/lang/.cache/. Also: the share of sentences a
 * monolingual note's sentence reader would send to another language (false switches), which must stay small.
 */
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { load } from "js-yaml";
import { parseFrontmatter, splitFrontmatter, splitSentences } from "../../../src/core/brief";
import { noteLangOf, sentenceLang } from "../../../src/core/lang/detect";
import { isLang, type Lang } from "../../../src/core/lang/lang";

const DIR = "tests/eval/lang";

interface Row {
	id: string;
	where: "notes" | "cache";
	split: string;
	lang: Lang;
	text?: string;
}

function rows(): Row[] {
	const lines = readFileSync(`${DIR}/SOURCES.tsv`, "utf8")
		.split(/\r?\n/)
		.slice(1)
		.filter((l) => l.trim());
	return lines.map((l) => {
		const [id, , , , , where, split, lang] = l.split("\t");
		if (!isLang(lang)) throw new Error(`bad label ${lang} for ${id}`);
		const file = `${DIR}/${where === "notes" ? "notes" : ".cache"}/${id}`;
		return {
			id,
			where: where as Row["where"],
			split,
			lang,
			text: existsSync(file) ? readFileSync(file, "utf8") : undefined,
		};
	});
}

function detect(text: string): Lang {
	const split = splitFrontmatter(text);
	const fm = split.raw !== null && split.format ? parseFrontmatter(split.raw, split.format, load).data : null;
	return noteLangOf(fm, split.body).lang;
}

/** Notes written in two languages (read whole, by hand): an English quote in a French note, German glosses in Spanish, a French and English oral. */
const MIXED = ["adn-Tutoriel_Obsidian", "Spanisch.md", "docs__dnb__oral.md"];

/** Sentences of a note as the reader meets them: paragraph by paragraph (blank lines end a paragraph). */
function sentencesOf(text: string): string[] {
	const body = splitFrontmatter(text).body.replace(/[#*>`|_-]+/g, " ");
	return body.split(/\n\s*\n/).flatMap((p) => splitSentences(p).map((s) => s.text.trim()));
}

const all = rows();
const scored = all.filter((r) => r.text !== undefined);

describe("language of real notes (hand labels)", () => {
	it("has labelled notes in every language, committed ones among them", () => {
		const langs = new Set(all.map((r) => r.lang));
		for (const l of ["fr", "de", "es", "pt", "it"]) expect(langs.has(l as Lang)).toBe(true);
		expect(all.filter((r) => r.where === "notes").every((r) => r.text !== undefined)).toBe(true);
	});
	it("the committed notes: every one right", () => {
		const wrong = scored.filter((r) => r.where === "notes" && detect(r.text ?? "") !== r.lang).map((r) => r.id);
		expect(wrong).toEqual([]);
	});
	it("all scored notes: accuracy at least 0.95 (tune and held-out splits together)", () => {
		const right = scored.filter((r) => detect(r.text ?? "") === r.lang).length;
		expect(right / scored.length).toBeGreaterThanOrEqual(0.95);
	});
	it("few false switches between sentences of a note (at most 3 %)", () => {
		let sentences = 0;
		let switched = 0;
		for (const r of scored) {
			if (MIXED.some((m) => r.id.includes(m))) continue;
			for (const text of sentencesOf(r.text ?? "")) {
				if (text.length < 24) continue;
				sentences++;
				if (sentenceLang(text, r.lang) !== r.lang) switched++;
			}
		}
		expect(sentences).toBeGreaterThan(30);
		expect(switched / sentences).toBeLessThanOrEqual(0.03);
	});
	it("a mixed note (a French oral with English parts, committed): its French sentences are read as French", () => {
		const oral = scored.find((r) => r.id.endsWith("docs__dnb__oral.md"));
		expect(oral?.lang).toBe("en");
		const sentences = sentencesOf(oral?.text ?? "");
		const fr = [
			"je vais vous présenter mon parcours avenir",
			"Nous avons travaillé sur ce projet",
			"J'ai d'abord installé un serveur",
		];
		for (const part of fr) {
			const sentence = sentences.find((s) => s.includes(part));
			expect(sentence && sentenceLang(sentence, "en")).toBe("fr");
		}
		const en = sentences.find((s) => s.startsWith("During these years"));
		expect(en && sentenceLang(en, "en")).toBe("en");
	});
});
