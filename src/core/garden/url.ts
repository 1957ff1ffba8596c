/**
 * Garden URLs the way Digital Garden builds them: dg-home -> "/", else the permalink (sanitised),
 * else every path segment slugified (@sindresorhus/slugify v1 rules) with a trailing "/".
 */

/** Transliterations that NFD decomposition does not cover (as @sindresorhus/transliterate does). */
const REPLACEMENTS: [string, string][] = [
	["&", " and "],
	["ß", "ss"],
	["ä", "ae"],
	["Ä", "Ae"],
	["ö", "oe"],
	["Ö", "Oe"],
	["ü", "ue"],
	["Ü", "Ue"],
	["Æ", "AE"],
	["æ", "ae"],
	["Ø", "O"],
	["ø", "o"],
	["Œ", "OE"],
	["œ", "oe"],
	["Ð", "D"],
	["ð", "d"],
	["Þ", "TH"],
	["þ", "th"],
	["Ł", "L"],
	["ł", "l"],
	["Đ", "D"],
	["đ", "d"],
	["ı", "i"],
	["–", "-"],
	["—", "-"],
];

function transliterate(s: string): string {
	let out = s.normalize("NFC");
	for (const [from, to] of REPLACEMENTS) out = out.split(from).join(to);
	return out
		.normalize("NFD")
		.replace(/[\u0300-\u036f]/g, "")
		.normalize("NFC");
}

function decamelize(s: string): string {
	return s
		.replace(/([A-Z]{2,})(\d+)/g, "$1 $2")
		.replace(/([a-z\d]+)([A-Z]{2,})/g, "$1 $2")
		.replace(/([a-z\d])([A-Z])/g, "$1 $2")
		.replace(/([A-Z]+)([A-Z][a-z\d]+)/g, "$1 $2");
}

/**
 * Digital Garden's slug (@sindresorhus/slugify v1 defaults: transliterate, decamelize, lower-case, non-alphanumerics
 * -> "-", trimmed). A deliberate exception to the one text toolkit (core/text): garden URLs must be exactly the
 * ones Digital Garden builds, so this rule follows Digital Garden, not brief/strip.ts's slugify (item ids).
 */
export function gardenSlug(input: string): string {
	return decamelize(transliterate(input))
		.toLowerCase()
		.replace(/[^a-z\d]+/g, "-")
		.replace(/\\/g, "")
		.replace(/-{2,}/g, "-")
		.replace(/^-|-$/g, "");
}

/** Vault path -> "/segment/segment/" with the extension dropped, as Digital Garden's generateUrlPath. */
export function slugPath(notePath: string): string {
	const dot = notePath.lastIndexOf(".");
	const noExt = dot > notePath.lastIndexOf("/") ? notePath.slice(0, dot) : notePath;
	return `/${noExt.split("/").filter(Boolean).map(gardenSlug).join("/")}/`;
}

/** "/x/y/" from "x/y", "/x/y" or "x/y/" (Digital Garden's sanitisePermalink). */
export function sanitisePermalink(permalink: string): string {
	const p = permalink.trim().replace(/\/{2,}/g, "/");
	return `${p.startsWith("/") ? "" : "/"}${p}${p.endsWith("/") ? "" : "/"}`;
}

function cleanBase(baseUrl: string): string {
	const b = baseUrl.trim().replace(/\/+$/, "");
	if (!b) return "";
	return /^[a-z][a-z0-9+.-]*:\/\//i.test(b) ? b : `https://${b}`;
}

export interface UrlSource {
	/** Front-matter dg-permalink (or permalink) of the note. */
	permalink?: string;
	/** dg-home: the garden's home page. */
	home?: boolean;
}

/** The note's address in the garden: base URL (https:// added when missing) + path. */
export function gardenUrl(brief: UrlSource, baseUrl: string, notePath: string): string {
	let path: string;
	if (brief.home) path = "/";
	else if (brief.permalink && brief.permalink.trim()) path = sanitisePermalink(brief.permalink);
	else path = slugPath(notePath);
	return cleanBase(baseUrl) + path;
}
