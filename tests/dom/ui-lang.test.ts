import { afterEach, describe, expect, it } from "vitest";
import { setUiLang, t, uiLang } from "../../src/obsidian/i18n";
import { followObsidianLanguage, obsidianLang } from "../../src/obsidian/i18n/follow-obsidian";
import { eraLabel } from "../../src/ui/timeline/eras";
import { plural } from "../../src/ui/progress/format";

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
