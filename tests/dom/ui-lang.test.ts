import { afterEach, describe, expect, it } from "vitest";
import { setUiLang, t, uiLang } from "../../src/obsidian/i18n";
import { followObsidianLanguage, obsidianLang } from "../../src/obsidian/i18n/follow-obsidian";
import { eraLabel } from "../../src/ui/timeline/eras";
import { plural } from "../../src/ui/progress/format";
import type { Plugin } from "obsidian";
import type { Lang } from "../../src/core/lang/lang";
import { registerCommands, type CommandTarget } from "../../src/obsidian/commands";
import { registerAxisCommands } from "../../src/ui/timeline/axis/commands";

afterEach(() => setUiLang("en"));

describe("t(): the interface language", () => {
	it("English by default: the key itself, with its values", () => {
		expect(uiLang()).toBe("en");
		expect(t("Retry missed ({0})", 3)).toBe("Retry missed (3)");
		expect(t("a key no catalogue has")).toBe("a key no catalogue has");
	});
	it("French, German and Spanish words with their values", () => {
		setUiLang("fr");
		expect(t("Retry missed ({0})", 3)).toBe("Refaire les manquées (3)");
		setUiLang("de");
		expect(t("Week of {0}: {1} recalled ({2} of {3})", "2026-11-30", "80 %", 4, 5)).toBe(
			"Woche ab 2026-11-30: 80 % erinnert (4 von 5)",
		);
		setUiLang("es");
		expect(plural(1, "1 card", "{0} cards")).toBe("1 tarjeta");
		expect(plural(1234, "1 card", "{0} cards")).toBe(`${(1234).toLocaleString()} tarjetas`);
		// A key a partial catalogue (pt) lacks falls back to English.
		setUiLang("pt");
		expect(t("Show more")).toBe("Show more");
	});
	it("follows Obsidian's language (getLanguage(), kept in localStorage), English when it is not one of ours", () => {
		expect(obsidianLang()).toBe("en");
		window.localStorage.setItem("language", "de");
		expect(obsidianLang()).toBe("de");
		followObsidianLanguage();
		expect(t("Show more")).toBe("Mehr anzeigen");
		window.localStorage.setItem("language", "ja");
		expect(obsidianLang()).toBe("en");
		window.localStorage.removeItem("language");
	});
});

describe("timeline era headings in the interface language", () => {
	it.each([
		["en", 19, "century", "19th century"],
		["fr", 19, "century", "XIXe siècle"],
		["de", 19, "century", "19. Jahrhundert"],
		["es", -1, "century", "siglo I a. C."],
		["fr", 1930, "decade", "années 1930"],
		["de", 1930, "decade", "1930er Jahre"],
		["fr", -43, "year", "44 av. J.-C."],
		["de", 2, "millennium", "2. Jahrtausend"],
		["fr", -1, "millennium", "Ier millénaire av. J.-C."],
	] as const)("%s %i %s -> %s", (lang, key, g, label) => {
		setUiLang(lang);
		expect(eraLabel(key, g)).toBe(label);
	});
});

describe("commands and Notices of the Obsidian layer in the interface language", () => {
	/** Command names as the palette lists them, registered while `lang` is the interface language. */
	function commandNames(lang: Lang): string[] {
		setUiLang(lang);
		const names: string[] = [];
		const plugin = { addCommand: (c: { name: string }) => void names.push(c.name) } as unknown as Plugin;
		registerCommands(plugin, {} as CommandTarget);
		registerAxisCommands(plugin);
		return names;
	}
	it("English keys by default, translated when Obsidian speaks French, German or Spanish; ids unchanged", () => {
		expect(commandNames("en")).toContain("Quiz this brief");
		expect(commandNames("fr")).toContain("Faire un quiz sur cette fiche");
		expect(commandNames("de")).toContain("Quiz zu diesem Lernzettel");
		expect(commandNames("es")).toContain("Exportar el eje de la cronología como SVG");
		for (const lang of ["fr", "de", "es"] as const)
			expect(commandNames(lang).filter((n) => commandNames("en").includes(n))).toEqual([]);
	});
	it("a garden Notice in French", () => {
		setUiLang("fr");
		expect(t("Study Briefs: garden pages: {0}.", [t("{0} written", 2), t("{0} unchanged", 5)].join(", "))).toBe(
			"Study Briefs : pages du jardin : 2 écrite(s), 5 inchangée(s).",
		);
	});
});
