/** Our own table of history date forms, one block per bullet of issue 3. Expectations are exact. */
import { describe, expect, test } from "vitest";
import { findDates } from "../../../src/core/dates";
import { notation } from "./helpers";

/** [text, expected dates in fixture notation, expected labels joined by " | " (optional)] */
type Row = [string, string, string?];

const TABLE: Record<string, Row[]> = {
	"bare years with a cue": [
		["The U.S. severed ties in 1917.", "1917", "1917"],
		["By 1086 the survey was complete.", "1086"],
		["The agreements of 1933 were short-lived.", "1933"],
		["Since 1945 Europe has been at peace; until 1989 it was divided.", "1945;1989"],
		["The Treaty of Versailles (1919) ended the war.", "1919"],
		["The 1936 Constitution was hailed.", "1936"],
		["The 1917 revolutions transformed Russia.", "1917"],
		["## Recognition of the Soviet Union, 1933", "1933"],
		["1933: Roosevelt recognises the USSR", "1933"],
		["The council met in 325.", "325"],
		["In 1917 and 1918 there were revolts.", "1917;1918"],
		["The March Revolution of 1917 toppled the Tsar.", "1917"],
	],
	"month + year and full dates": [
		["In November 1933 talks began.", "1933-11", "Nov 1933"],
		["In May 1945 the war ended.", "1945-05"],
		["The invasion came in Sept. 1939.", "1939-09"],
		["Notes were exchanged on November 16, 1933.", "1933-11-16", "16 Nov 1933"],
		["Signed 16 November 1933 in Washington.", "1933-11-16"],
		["Germany invaded Poland on Sept. 1–3, 1939.", "1939-09-01..1939-09-03", "1–3 Sep 1939"],
		["The treaty was signed on the 5th of March, 1917.", "1917-03-05"],
		["He was born 12 February 1809 and died April 15, 1865.", "1809-02-12;1865-04-15"],
		["1941-06-22 Operation Barbarossa", "1941-06-22"],
		["On Monday, March 5, 1917 at 10:30", "1917-03-05"],
		["War began on 1/9/1939.", "1939-01-09"],
	],
	"eras": [
		["Caesar was assassinated on March 15, 44 BC.", "-43-03-15", "15 Mar 44 BC"],
		["Rome was founded in 753 BC.", "-752", "753 BC"],
		["Vesuvius erupted in AD 79.", "79", "79"],
		["It was founded in 43 AD.", "43"],
		["The Empire fell in 476 CE.", "476"],
		["The calendar began in 46 BCE.", "-45", "46 BC"],
		["Humans arrived around 50,000 BCE.", "-49999~", "c. 50,000 BC"],
		["Dates like 300 B.C.E. and 44 B.C. also work.", "-299;-43"],
		["The catalogue gives -0044-03-15.", "-44-03-15", "15 Mar 45 BC"],
		["Pompey died in 48 BC, Caesar in 44 BC.", "-47;-43"],
		["Born in the year 79, died 14 AD.", "79;14"],
	],
	"ranges": [
		["Between the wars, 1933–1939, tension grew.", "1933..1939", "1933–1939"],
		["The famine of 1932–33 devastated Ukraine.", "1932..1933"],
		["The famine of 1932–1933 killed millions.", "1932..1933"],
		["Peter ruled from 1682 to 1725.", "1682..1725"],
		["The war lasted from 1914 until 1918.", "1914..1918"],
		["Between 1929 and 1933, output doubled.", "1929..1933"],
		["The Tang dynasty (618–907) was a golden age.", "618..907", "618–907"],
		["Sulla was dictator 82–79 BC.", "-81..-78", "82–79 BC"],
		["The New Kingdom lasted 1570-1045 BCE.", "-1569..-1044", "1570–1045 BC"],
		["The blockade lasted from June 1948 to May 1949.", "1948-06..1949-05", "Jun 1948 – May 1949"],
		["Augustus ruled from 27 BC to AD 14.", "-26..14", "27 BC – AD 14"],
		["March–November 1917 was chaotic.", "1917-03..1917-11", "Mar–Nov 1917"],
		["Between March and May 1917 the crisis deepened.", "1917-03..1917-05"],
		["In 1933–34 and in 1941-1945 and (1914-1918).", "1933..1934;1941..1945;1914..1918"],
		["From 1917 to March 1918 chaos reigned.", "1917..1918-03"],
	],
	"decades, centuries, millennia": [
		["The Great Depression dominated the 1930s.", "1930..1939", "1930s"],
		["The 1890's were prosperous.", "1890..1899"],
		["In the '30s, after 1929, things changed.", "1930..1939;1929"],
		["The purges peaked in the mid-1930s.", "1933..1936~", "mid-1930s"],
		["The early 1920s were turbulent.", "1920..1923~", "early 1920s"],
		["The late 1920s saw collectivisation.", "1926..1929~", "late 1920s"],
		["Towns grew in the 1800s.", "1800..1899", "1800s"],
		["The 19th century saw reform.", "1801..1900", "19th century"],
		["The 1st century AD saw Christianity spread.", "1..100", "1st century"],
		["The city was founded in the fifth century BC.", "-499..-400", "5th century BC"],
		["He lived in the early 19th century.", "1801..1833~", "early 19th century"],
		["It was built in the mid-19th century.", "1834..1866~", "mid-19th century"],
		["In the late 5th century BC Athens declined.", "-433..-400~", "late 5th century BC"],
		["The 2nd millennium BCE saw bronze.", "-1999..-1000", "2nd millennium BC"],
		["Greek colonies of the 440s BC.", "-448..-439", "440s BC"],
	],
	"circa and seasons": [
		["The manuscript dates to c. 1150.", "1150~", "c. 1150"],
		["It happened c. 500 BC, ca. 1200, circa 1066, about 1933.", "-499~;1200~;1066~;1933~"],
		["He wrote ca. 1150–1160.", "1150..1160~", "c. 1150–1160"],
		["Spring 1941 brought tension.", "1941-03..1941-05~", "spring 1941"],
		["Poland fell in the autumn of 1939.", "1939-09..1939-11~", "autumn 1939"],
		["By the winter of 1941–42 the front had stalled.", "1941-12..1942-02~", "winter 1941–42"],
		["In early 1917 strikes spread; in late 1939 war came.", "1917-01..1917-04~;1939-09..1939-12~", "early 1917 | late 1939"],
		["The war ended in mid-1945.", "1945-05..1945-08~", "mid-1945"],
		["Events of late November 1933 mattered.", "1933-11-21..1933-11-30~", "late Nov 1933"],
	],
	"no false dates": [
		["After nearly 16 years of non-recognition.", ""],
		["The treaty had 14 articles and cost $2,000,000.", ""],
		["The regiment lost 1200 men.", ""],
		["The population rose from 1,500 to 2,300 people.", ""],
		["It cost 1999 rubles.", ""],
		["At 10:30 the delegates met.", ""],
		["Today, historians still debate the pact.", ""],
		["Now the relationship soured.", ""],
		["The March Revolution toppled the Tsar.", ""],
		["See p. 2 and pages 207-246.", ""],
		["Psalm 137:1-9 was sung.", ""],
		["The vote was 119-56 in favour.", ""],
		["A force of 3000 troops; some 1,500 people; around 400 men.", ""],
		["Chapter 1917 is long; Room 1917 is booked; no. 1917.", ""],
		["In March he left.", ""],
		["The '30s were hard.", ""],
		["The 10:30 train at 1933 hours.", ""],
		["On Thursday tomorrow next week in 3 days.", ""],
	],
};

describe.each(Object.entries(TABLE))("%s", (_name, rows) => {
	test.each(rows)("%s", (text, expected, labels) => {
		const found = findDates(text);
		expect(notation(found)).toBe(expected);
		if (labels !== undefined) expect(found.map((m) => m.date.label).join(" | ")).toBe(labels);
		for (const m of found) expect(text.slice(m.index, m.end)).toBe(m.date.text);
	});
});
