import type { LinkRef } from "../model";
import type { ScanLine } from "./types";

import { scanMdLinks, scanWikiLinks } from "./inline-links";

function wikiRef(body: string, embed: boolean, line: number): LinkRef | null {
	const b = body.replace(/\\\|/g, "|");
	const bar = b.indexOf("|");
	const main = (bar >= 0 ? b.slice(0, bar) : b).replace(/\\$/, "").trim();
	const alias = bar >= 0 ? b.slice(bar + 1).trim() : undefined;
	const hash = main.indexOf("#");
	const target = (hash >= 0 ? main.slice(0, hash) : main).trim();
	const heading = hash >= 0 ? main.slice(hash + 1).trim() : undefined;
	if (!target && !heading) return null;
	const ref: LinkRef = { target, embed, kind: "wiki", line };
	if (heading) ref.heading = heading;
	if (alias) ref.alias = alias;
	return ref;
}

function mdRef(text: string, url: string, embed: boolean, line: number): LinkRef | null {
	let u = url;
	if (/^[a-z][a-z0-9+.-]*:/i.test(u) || u.startsWith("//") || u.startsWith("#")) return null;
	try {
		u = decodeURI(u);
	} catch {
		/* keep it as written */
	}
	const hash = u.indexOf("#");
	const target = (hash >= 0 ? u.slice(0, hash) : u).trim();
	if (!target) return null;
	const ref: LinkRef = { target, embed, kind: "markdown", line };
	if (hash >= 0 && u.slice(hash + 1)) ref.heading = u.slice(hash + 1);
	if (text.trim()) ref.alias = text.trim();
	return ref;
}

/** Wikilinks, embeds and Markdown links to notes (not URLs), outside code, comments and front-matter. */
export function findLinks(lines: ScanLine[]): LinkRef[] {
	const out: LinkRef[] = [];
	for (let n = 0; n < lines.length; n++) {
		const line = lines[n];
		if (line.skip || !line.text.includes("[")) continue;
		for (const w of scanWikiLinks(line.text)) {
			const r = wikiRef(w.body, w.embed, n);
			if (r) out.push(r);
		}
		for (const m of scanMdLinks(line.text)) {
			const r = mdRef(m.text, m.url, m.embed, n);
			if (r) out.push(r);
		}
	}
	return out;
}
