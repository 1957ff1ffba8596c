/**
 * Issue 21: the history forms of the date engine in French, German, Spanish, Portuguese and Italian, one
 * case per form and language, and the "no false dates" rules (money, counts, times, pages, percentages).
 * Notation as in cases.test.ts: "1914-08-07", "1914..1918", "1150~", "-43" (astronomical: 44 BC).
 */
import { describe, expect, it } from "vitest";
import { createDateReader, findDates } from "../../../src/core/dates";
import type { Lang } from "../../../src/core/lang/lang";
import { notation } from "./helpers";

type Case = [text: string, expected: string, anchorYear?: number];

const CASES: Record<Exclude<Lang, "en">, Case[]> = {
	fr: [
		["La mobilisation générale commence le 7 août 1914.", "1914-08-07"],
		["Le 1er novembre 1914, la flotte allemande gagne à Coronel.", "1914-11-01"],
		["La bataille dure du 19 février 1915 - 9 janvier 1916.", "1915-02-19..1916-01-09"],
		["La guerre dure de 1914 à 1918.", "1914..1918"],
		["La guerre franco-allemande a lieu entre 1870 et 1871.", "1870..1871"],
		["La Grande Guerre (1914–1918) bouleverse l'Europe.", "1914..1918"],
		["César meurt en 44 av. J.-C. à Rome.", "-43"],
		["Le Vésuve détruit Pompéi en 79 apr. J.-C.", "79"],
		["Les premières cités apparaissent vers 3000 avant notre ère.", "-2999~"],
		["Au XIXe siècle, l'industrie transforme la France.", "1801..1900"],
		["La crise éclate à la fin du XVIIIe siècle.", "1767..1800~"],
		["Athènes domine le Ve siècle av. J.-C.", "-499..-400"],
		["Les années 1930 sont marquées par la crise.", "1930..1939"],
		["Les années trente voient la montée des fascismes.", "1930..1939"],
		["La cathédrale est construite vers 1150.", "1150~"],
		["Dès 1915, les Arméniens sont déportés.", "1915"],
		["La Révolution commence en 1789.", "1789"],
		["Le 14 juillet, la Bastille est prise.", "1789-07-14", 1789],
		["L'armistice est signé le 11/11/1918.", "1918-11-11"],
		["Juillet 1942 : rafle du Vél d'Hiv.", "1942-07"],
		["Périclès gouverne de -495 à -429.", "-494..-428"],
		["Auguste règne de -27 à 14.", "-26..14"],
		["Au XIXe s., la France s'industrialise.", "1801..1900"],
		["Les années 1960-1970 voient la croissance.", "1960..1979"],
		["Le premier janvier 1960, le nouveau franc circule.", "1960-01-01"],
		["Le débarquement a lieu du 6 juin au 25 août 1944.", "1944-06-06..1944-08-25"],
		["Guerre de position (nov 1914-mars 1918) : les tranchées.", "1914-11..1918-03"],
	],
	de: [
		["Am 3. Oktober 1990 wurde Deutschland wiedervereinigt.", "1990-10-03"],
		["Der Erste Weltkrieg dauerte von 1914 bis 1918.", "1914..1918"],
		["Im Jahr 1871 wurde das Kaiserreich gegründet.", "1871"],
		["Die Burg wurde um 1200 gebaut.", "1200~"],
		["Im 19. Jahrhundert wuchsen die Städte.", "1801..1900"],
		["Die 1930er Jahre waren eine Zeit der Krise.", "1930..1939"],
		["Caesar starb 44 v. Chr. in Rom.", "-43"],
		["Karl der Große wurde 800 n. Chr. gekrönt.", "800"],
		["Die Stadt wurde 500 v. u. Z. gegründet.", "-499"],
		["Deutschland war zwischen 1815 und 1913 selten im Krieg.", "1815..1913"],
		["Im Mai-Juni 1849 scheiterten die Aufstände.", "1849-05..1849-06"],
		["Die Nationalversammlung bildete sich am 17.06.1789 in Versailles.", "1789-06-17"],
		["Der Fluchtversuch (20.-25.06.1791) scheiterte.", "1791-06-20..1791-06-25"],
		["Die Mauer fiel am 9. November 1989.", "1989-11-09"],
		["Anfang 1933 kam Hitler an die Macht.", "1933-01..1933-04~"],
		["In den 1920er Jahren blühte die Kultur.", "1920..1929"],
		["Im 5. Jh. v. Chr. blühte Athen.", "-499..-400"],
		["Im Okt 1917 siegten die Bolschewiki.", "1917-10"],
	],
	es: [
		["Colón llegó a América el 12 de octubre de 1492.", "1492-10-12"],
		["La huelga empezó el 1º de mayo de 1886.", "1886-05-01"],
		["La guerra duró de 1914 a 1918.", "1914..1918"],
		["En el siglo XIX España perdió sus colonias.", "1801..1900"],
		["A finales del siglo XVIII llegó la Ilustración.", "1767..1800~"],
		["Los años treinta fueron años de crisis.", "1930..1939"],
		["La ciudad creció hacia 1500.", "1500~"],
		["César murió en el 44 a. C.", "-43"],
		["Roma cayó en el 476 d. C.", "476"],
		["Entre 1945 y 1955 se descolonizó Asia.", "1945..1955"],
		["La década de 1960 trajo el éxodo rural.", "1960..1969"],
		["En el s. XIX hubo guerras carlistas.", "1801..1900"],
		["Los siglos XVI y XVII fueron el Siglo de Oro.", "1501..1700"],
		["Del 1 al 3 de mayo de 1808 hubo fusilamientos.", "1808-05-01..1808-05-03"],
	],
	pt: [
		["A revolução começou a 25 de Abril de 1974.", "1974-04-25"],
		["O século XIX foi o século da independência.", "1801..1900"],
		["Os anos 1930 foram marcados pela crise.", "1930..1939"],
		["A vila foi fundada por volta de 1500.", "1500~"],
		["A guerra durou de 1914 a 1918.", "1914..1918"],
		["César morreu em 44 a.C.", "-43"],
		["Em 1º de janeiro de 1901 começou o século.", "1901-01-01"],
		["A família real chegou ao Brasil em 1808.", "1808"],
		["No final do século XIX acabou a escravidão.", "1867..1900~"],
	],
	it: [
		["L'armistizio fu firmato il 4 novembre 1918.", "1918-11-04"],
		["La guerra durò dal 1914 al 1918.", "1914..1918"],
		["Nel XIX secolo l'Italia si unì.", "1801..1900"],
		["Il Novecento fu il secolo delle guerre mondiali.", "1901..2000"],
		["Gli anni Trenta videro il consenso al regime.", "1930..1939"],
		["La chiesa fu costruita circa 1500.", "1500~"],
		["Cesare morì nel 44 a.C.", "-43"],
		["Nel 1848 scoppiarono le rivoluzioni.", "1848"],
		["Tra il 1914 e il 1918 l'Europa fu in guerra.", "1914..1918"],
		["Alla fine dell'Ottocento l'Italia era povera.", "1867..1900~"],
		["Il primo maggio 1890 si festeggiò il lavoro.", "1890-05-01"],
	],
};

/** Quantities, times, pages and percentages that look like years but are not. */
const NOT_DATES: Record<Exclude<Lang, "en">, string[]> = {
	fr: [
		"Comme l'écrit Dupont (Dupont, 2003, p. 14), la guerre fut longue.",
		"Il gagne 1 500 € par mois.",
		"Plus de 1200 soldats sont morts.",
		"Le train part à 14 h 30.",
		"Voir p. 1914 du manuel.",
		"Il obtient 45 % des voix.",
		"On compte 300 000 morts.",
	],
	de: [
		"Wie Müller schreibt (Müller 2003, S. 14), war der Krieg lang.",
		"Es kamen 1.500 Soldaten.",
		"Um 14.30 Uhr begann die Sitzung.",
		"Siehe S. 1848 im Buch.",
		"Die NSDAP erreichte 44%.",
		"Es gab 1200 Tote.",
	],
	es: [
		"Costó más de 1500 marcos.",
		"Costó 1.500 pesetas.",
		"Hubo 3.000 muertos.",
		"Más de 1500 soldados murieron.",
		"Véase pág. 1936.",
	],
	pt: ["Custou 1500 réis.", "Morreram mais de 1200 soldados.", "Ver p. 1822."],
	it: ["Partirono 1070 volontari.", "Morirono 10.000 soldati.", "Vedi pag. 1848.", "Con 1500 uomini marciò su Roma."],
};

describe("history date forms in five languages (issue 21)", () => {
	for (const [lang, cases] of Object.entries(CASES) as Array<[Exclude<Lang, "en">, Case[]]>) {
		describe(lang, () => {
			for (const [text, expected, anchorYear] of cases) {
				it(text, () => {
					expect(notation(findDates(text, { lang, anchorYear }))).toBe(expected);
				});
			}
			for (const text of NOT_DATES[lang]) {
				it(`no date in: ${text}`, () => {
					expect(notation(findDates(text, { lang }))).toBe("");
				});
			}
		});
	}

	it("English stays as it was: lang 'en' and no lang give the same dates", () => {
		for (const text of [
			"In 1917 the Tsar abdicated.",
			"On 7 November 1917 (25 October O.S.) the Bolsheviks struck.",
			"the 1930s",
			"44 BC",
		]) {
			expect(findDates(text, { lang: "en" })).toEqual(findDates(text));
		}
	});

	it("a French note's reader anchors 'le 28 juin' to the year of the sentence before, and marks it inferred", () => {
		const reader = createDateReader({ lang: "fr" });
		expect(notation(reader.read("En novembre 1918, l'armistice est signé."))).toBe("1918-11");
		const [m] = reader.read("Le 28 juin, le traité de Versailles est signé.");
		expect(notation([m])).toBe("1918-06-28");
		expect(m.date.inferred).toBe(true);
	});

	it("annual days are not events: 'Commémorations 11 novembre, 8 mai' gives no date even with an anchor", () => {
		expect(notation(findDates("Commémorations 11 novembre, 8 mai", { lang: "fr", anchorYear: 1944 }))).toBe("");
		expect(notation(findDates("Il faut se souvenir (11 novembre, 8 mai).", { lang: "fr", anchorYear: 1944 }))).toBe(
			"",
		);
	});

	it("a two-digit decade takes its century from the note's last year (the reader's context year)", () => {
		const reader = createDateReader({ lang: "it" });
		reader.read("La Costituzione del 1812 fu ripristinata.");
		reader.section?.(undefined);
		expect(notation(reader.read("Gli anni 30"))).toBe("1830..1839");
		expect(notation(findDates("Gli anni 30", { lang: "it" }))).toBe("");
	});
});
