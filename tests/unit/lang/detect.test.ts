import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
	detectLang,
	langFromTag,
	langScores,
	langOfFrontmatter,
	noteLangOf,
	sentenceLang,
} from "../../../src/core/lang/detect";
import { fuzzParams } from "../../support/fuzz";
import { expectLinearGrowth, repeatTo } from "../../support/growth";

describe("langFromTag: front-matter values", () => {
	it.each([
		["fr", "fr"],
		["fr-FR", "fr"],
		["FR", "fr"],
		["fr_CA", "fr"],
		["français", "fr"],
		["French", "fr"],
		["Francais", "fr"],
		["de", "de"],
		["de-AT", "de"],
		["Deutsch", "de"],
		["German", "de"],
		["ger", "de"],
		["es", "es"],
		["es-MX", "es"],
		["español", "es"],
		["Spanish", "es"],
		["castellano", "es"],
		["pt-BR", "pt"],
		["português", "pt"],
		["it", "it"],
		["italiano", "it"],
		["en-GB", "en"],
		["English", "en"],
	])("%s -> %s", (value, lang) => {
		expect(langFromTag(value)).toBe(lang);
	});
	it.each([
		["nl"],
		["klingon"],
		[""],
		[42],
		[null],
		[{ lang: "fr" }],
		["fr fr fr fr fr fr fr fr fr fr fr fr fr fr fr fr"],
	])("%s -> undefined", (value) => {
		expect(langFromTag(value)).toBeUndefined();
	});
	it("reads lang or language, and a list's first value", () => {
		expect(langOfFrontmatter({ lang: "de" })).toBe("de");
		expect(langOfFrontmatter({ language: ["es", "en"] })).toBe("es");
		expect(langOfFrontmatter({ lang: "xx", language: "it" })).toBe("it");
		expect(langOfFrontmatter({ title: "x" })).toBeUndefined();
		expect(langOfFrontmatter(null)).toBeUndefined();
	});
});

const SAMPLES: [string, string][] = [
	["en", "The war began in August 1914 when Germany invaded Belgium, and Britain declared war on the German Empire."],
	[
		"fr",
		"La guerre commence en août 1914 quand l'Allemagne envahit la Belgique, et le Royaume-Uni entre dans le conflit.",
	],
	[
		"de",
		"Der Krieg begann im August 1914, als das Deutsche Reich in Belgien einmarschierte und Großbritannien den Krieg erklärte.",
	],
	[
		"es",
		"La guerra comenzó en agosto de 1914 cuando Alemania invadió Bélgica y el Reino Unido declaró la guerra al Imperio alemán.",
	],
	[
		"pt",
		"A guerra começou em agosto de 1914, quando a Alemanha invadiu a Bélgica e o Reino Unido declarou guerra ao Império Alemão.",
	],
	[
		"it",
		"La guerra cominciò nell'agosto del 1914, quando la Germania invase il Belgio e il Regno Unito dichiarò guerra all'Impero tedesco.",
	],
];

describe("detectLang: one sentence of each language", () => {
	it.each(SAMPLES)("%s", (lang, text) => {
		expect(detectLang(text)).toBe(lang);
	});
	it("falls back to English (or the given fallback) when the text says too little", () => {
		expect(detectLang("")).toBe("en");
		expect(detectLang("1914 — 1918")).toBe("en");
		expect(detectLang("Verdun", "fr")).toBe("fr");
	});
});

describe("sentenceLang: mixed notes", () => {
	it("an English speech quoted in a French note is English", () => {
		expect(
			sentenceLang(
				"We shall fight on the beaches, we shall fight on the landing grounds, we shall never surrender to the enemy.",
				"fr",
			),
		).toBe("en");
	});
	it("a French sentence with English names stays French", () => {
		expect(
			sentenceLang(
				"Le 4 juin 1940, Winston Churchill prononce son discours devant la Chambre des communes.",
				"fr",
			),
		).toBe("fr");
	});
	it("short sentences and titles keep the note's language", () => {
		expect(sentenceLang("Le Havre, 1917", "en")).toBe("en");
		expect(sentenceLang("Treaty of Versailles", "fr")).toBe("fr");
		expect(sentenceLang("Coup d'état du 18 brumaire", "en")).toBe("en");
	});
	it("an English sentence with a French phrase stays English", () => {
		expect(
			sentenceLang("The phrase 'liberté, égalité, fraternité' became the motto of the republic in 1848.", "en"),
		).toBe("en");
	});
});

describe("noteLangOf", () => {
	it("front-matter first, then a fixed setting, then the text", () => {
		expect(noteLangOf({ lang: "de" }, SAMPLES[1][1], "es")).toEqual({ lang: "de", from: "front-matter" });
		expect(noteLangOf({}, SAMPLES[1][1], "es")).toEqual({ lang: "es", from: "setting" });
		expect(noteLangOf(null, SAMPLES[1][1])).toEqual({ lang: "fr", from: "text" });
	});
	it("never throws and always names a known language (any text)", () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 300 }), fc.constantFrom("fr", "en", "de"), (text, l) => {
				expect(["en", "fr", "de", "es", "pt", "it"]).toContain(detectLang(text));
				expect(["en", "fr", "de", "es", "pt", "it"]).toContain(sentenceLang(text, l as "fr"));
			}),
			fuzzParams(2101, 200),
		);
	});
	it("stays linear in the text's length", () => {
		expectLinearGrowth({
			label: "language profile",
			n: 8000,
			make: (n) => repeatTo(`${SAMPLES[2][1]} `, n),
			run: (text) => langScores(text),
		});
	});
});
