/**
 * Speakers as people (issue 17): "Caesar", "Julius Caesar" and "J. Caesar" are one speaker within a vault,
 * shown by the fullest name. Pure.
 *
 * Two names are the same person when they share the surname (last word) and every other word of the shorter
 * name matches a word of the longer one in order (an initial matches any word with that letter). A short name
 * that fits two different full names ("Caesar" with "Julius Caesar" and "Augustus Caesar") stays as written.
 */
import { normaliseText } from "./search";
import { OFFICE } from "../brief/speaker-names";

function words(name: string): string[] {
	// An office is no part of the name: "President Lincoln" is "Abraham Lincoln" (speaker-names.ts OFFICE).
	return normaliseText(name.replace(OFFICE, "").replace(/\./g, " ")).split(" ").filter(Boolean);
}

/** Does the shorter word list fit the longer one (same last word, others in order, initials allowed)? */
function fits(short: string[], long: string[]): boolean {
	if (!short.length || short[short.length - 1] !== long[long.length - 1]) return false;
	let j = 0;
	for (let i = 0; i < short.length - 1; i++) {
		const w = short[i];
		while (j < long.length - 1 && !(long[j] === w || (w.length === 1 && long[j].startsWith(w)))) j++;
		if (j >= long.length - 1) return false;
		j++;
	}
	return true;
}

/** Every written name -> the name shown for its person. Cost: names grouped by surname, pairs within a group. */
export function canonicalSpeakers(names: Iterable<string>): Map<string, string> {
	const bySurname = new Map<string, string[]>();
	for (const n of new Set(names)) {
		const w = words(n);
		if (!w.length) continue;
		const last = w[w.length - 1];
		const list = bySurname.get(last);
		if (list) list.push(n);
		else bySurname.set(last, [n]);
	}
	const out = new Map<string, string>();
	for (const group of bySurname.values()) {
		// Fullest names first: each name joins the full names it fits; it is merged only when that is one person.
		const sorted = [...group].sort((a, b) => words(b).length - words(a).length || b.length - a.length);
		const heads: { name: string; w: string[] }[] = [];
		for (const n of sorted) {
			const w = words(n);
			const fitting = heads.filter((h) => fits(w, h.w) || fits(h.w, w));
			if (fitting.length === 1) {
				out.set(n, fitting[0].name);
				continue;
			}
			if (fitting.length > 1) {
				out.set(n, n);
				continue;
			}
			heads.push({ name: n, w });
			out.set(n, n);
		}
	}
	return out;
}

export interface SpeakerCount {
	name: string;
	count: number;
}

/** People with how many quotes they have, most quoted first, then by name. */
export function speakerCounts(speakers: Iterable<string>): SpeakerCount[] {
	const counts = new Map<string, number>();
	for (const s of speakers) if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
	return [...counts]
		.map(([name, count]) => ({ name, count }))
		.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
