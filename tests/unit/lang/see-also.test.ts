/**
 * "See also" lines and reading-list sections in the other languages: a French "Voir aussi [[The Russian
 * Revolution of 1917]]." gave the date question "Voir aussi The Russian Revolution of ____.". The reader drops
 * them as it drops the English "See also …" and "Bibliography" (a work's or a linked note's year is no event).
 */
import { describe, expect, it } from "vitest";
import { parseBrief } from "../../../src/core/brief";
import { isNotEvent } from "../../../src/core/brief/not-events";
import { langRoleOf } from "../../../src/core/lang/sections";

describe("see-also lines in every language", () => {
	it.each([
		"See also the Declaration of the Rights of Man, 1789.",
		"Voir aussi The Russian Revolution of 1917.",
		"Siehe auch Die Novemberrevolution 1918.",
		"Véase también La Revolución rusa de 1917.",
		"Ver también La guerra civil de 1936.",
		"Ver também A Revolução dos Cravos de 1974.",
		"Vedi anche La marcia su Roma del 1922.",
		"Bibliographie : Becker, La Grande Guerre, 2004.",
		"Literatur: Clark, Die Schlafwandler, 2013.",
		"Bibliografía: Preston, La guerra civil española, 1986.",
		"Bibliografia: Gentile, Il culto del littorio, 1993.",
		"Pour aller plus loin : Prost, Les Anciens Combattants, 1977.",
		"Weiterführende Literatur: Mommsen, Die Urkatastrophe Deutschlands, 2002.",
	])("%s is not an event", (s) => {
		expect(isNotEvent(s)).toBe(true);
	});

	it.each([
		"Voir la carte : en 1916, la bataille de Verdun dure dix mois.",
		"En 1917, les États-Unis entrent en guerre ; voir aussi la révolution russe.",
		"Die Literatur der Weimarer Republik blüht nach 1919 auf.",
	])("%s stays an event", (s) => {
		expect(isNotEvent(s)).toBe(false);
	});

	it("the French example's closing line gives no event, the sentence before it stays", () => {
		const text = [
			"---",
			"lang: fr",
			"---",
			"# La Première Guerre mondiale",
			"",
			"La guerre oppose les Alliés aux Empires centraux de 1914 à 1918. Voir aussi [[The Russian Revolution of 1917]].",
		].join("\n");
		const texts = parseBrief({ path: "h.md", text }).events.map((e) => e.text);
		expect(texts.some((t) => t.includes("1914"))).toBe(true);
		expect(texts.some((t) => /Voir aussi/.test(t))).toBe(false);
	});
});

describe("see-also and further-reading section titles", () => {
	it.each([
		"Voir aussi",
		"Bibliographie",
		"Pour aller plus loin",
		"Siehe auch",
		"Literatur",
		"Weiterführende Literatur",
		"Véase también",
		"Ver también",
		"Bibliografía",
		"Ver também",
		"Bibliografia",
		"Vedi anche",
	])("%s cites sources", (title) => {
		expect(langRoleOf(title.toLowerCase())).toBe("source");
	});

	it('a date under a French "Pour aller plus loin" heading is no event', () => {
		const text = [
			"---",
			"lang: fr",
			"---",
			"# Verdun",
			"",
			"La bataille commence en février 1916.",
			"",
			"## Pour aller plus loin",
			"",
			"- Antoine Prost, *Verdun*, paru en 2015.",
		].join("\n");
		const texts = parseBrief({ path: "v.md", text }).events.map((e) => e.text);
		expect(texts.some((t) => t.includes("1916"))).toBe(true);
		expect(texts.some((t) => t.includes("2015"))).toBe(false);
	});
});
