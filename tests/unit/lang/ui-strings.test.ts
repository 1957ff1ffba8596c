/**
 * The interface's catalogues (src/obsidian/i18n): every key used in src (a `t("…")` or `tk("…")` outside the
 * catalogues) exists in every complete catalogue with the same placeholders, no catalogue holds a key nobody
 * uses, and no user-visible literal string is left in src/ui, src/obsidian or src/main.ts (a scan of the places
 * that show text: text:, setText, aria-label, title, placeholder, Notice, setName, command names, ribbon titles…).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FR } from "../../../src/obsidian/i18n/fr";
import { DE } from "../../../src/obsidian/i18n/de";
import { ES } from "../../../src/obsidian/i18n/es";
import { PT } from "../../../src/obsidian/i18n/pt";
import { IT } from "../../../src/obsidian/i18n/it";

/** Where keys are looked for: all of src but the catalogues. */
const SRC = "src";
/** Where shown text is looked for: the interface, the Obsidian layer (commands, Notices) and the plugin. */
const SHOWN_IN = ["src/ui", "src/obsidian", "src/main.ts"];
const isCatalogue = (p: string) => p.includes("/i18n/");

function files(dir: string): string[] {
	if (dir.endsWith(".ts")) return [dir];
	return readdirSync(dir).flatMap((f) => {
		const p = join(dir, f);
		return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
	});
}

/** Source without comments (a `t("…")` in a doc comment is no key). */
function code(path: string): string {
	return readFileSync(path, "utf8")
		.replace(/\/\*[\s\S]*?\*\//g, "")
		.replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1");
}

/** A string literal in double or single quotes (Prettier picks single quotes for text holding double ones). */
const LITERAL = String.raw`"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'`;

/** The value of a literal matched by LITERAL. */
function literalValue(lit: string): string {
	if (lit.startsWith('"')) return JSON.parse(lit) as string;
	return JSON.parse(`"${lit.slice(1, -1).replace(/\\'/g, "'").replace(/"/g, '\\"')}"`) as string;
}

function keysUsed(): Map<string, string> {
	const out = new Map<string, string>();
	for (const f of files(SRC).filter((p) => !isCatalogue(p))) {
		for (const m of code(f).matchAll(new RegExp(String.raw`\btk?\(\s*(${LITERAL})`, "g")))
			out.set(literalValue(m[1]), f);
	}
	return out;
}

function placeholders(s: string): string[] {
	return [...s.matchAll(/\{\d\}/g)].map((m) => m[0]).sort();
}

const used = keysUsed();

describe("interface catalogues", () => {
	it("the interface has its keys in t() calls", () => {
		expect(used.size).toBeGreaterThan(250);
	});
	it.each([
		["fr", FR],
		["de", DE],
		["es", ES],
	] as const)("%s has every key, with the same placeholders, and no stale key", (_lang, cat) => {
		const missing = [...used.keys()].filter((k) => !(k in cat));
		expect(missing).toEqual([]);
		const stale = Object.keys(cat).filter((k) => !used.has(k));
		expect(stale).toEqual([]);
		const wrong = [...used.keys()].filter((k) => placeholders(k).join() !== placeholders(cat[k]).join());
		expect(wrong).toEqual([]);
		// A translation is a translation: not the English key again (names and codes excepted).
		const same = [...used.keys()].filter((k) => cat[k] === k && /[a-z]{3} [a-z]{3}/.test(k));
		expect(same).toEqual([]);
	});
	it.each([
		["pt", PT],
		["it", IT],
	] as const)("%s holds only keys the interface uses", (_lang, cat) => {
		expect(Object.keys(cat).filter((k) => !used.has(k))).toEqual([]);
	});
});

/** Places where a string reaches the screen or a screen reader. */
const SHOWN = [
	String.raw`\btext:\s*`,
	String.raw`\.setText\(\s*`,
	String.raw`"aria-label":\s*`,
	String.raw`\btitle:\s*`,
	String.raw`\bplaceholder:\s*`,
	String.raw`new Notice\(\s*`,
	String.raw`\.setName\(\s*`,
	String.raw`\.setDesc\(\s*`,
	String.raw`\.setButtonText\(\s*`,
	String.raw`\.setTooltip\(\s*`,
	String.raw`\.setTitle\(\s*`,
	String.raw`\.setPlaceholder\(\s*`,
	String.raw`\.textContent\s*=\s*`,
	String.raw`setAttr\("aria-label",\s*`,
	String.raw`\.addOption\([^,]+,\s*`,
	String.raw`\bempty\(\s*[^,]*,\s*`,
	String.raw`\.appendText\(\s*`,
	String.raw`\.createEl\("(?:kbd|option|summary|h\d|p|span|div|button|label|li|strong|em)",\s*`,
	String.raw`getDisplayText\(\)[^{]*\{\s*return\s+`,
	String.raw`addCommand\(\{(?:[^{}]|\$\{[^{}]*\})*?\bname:\s*`,
	String.raw`addRibbonIcon\([^,]+,\s*`,
	String.raw`\bdisplay:\s*`,
];
/** Words that are names, not language: the plugin, the code block, a URL, front-matter values. */
const NAMES = /Study Briefs|study-timeline|https:\/\/example\.org|dg-publish|\btrue\b|\bEsc\b/g;
/** The example brief shown to a vault without briefs (Markdown to copy, not interface text). */
const EXAMPLE = "## The Roman Republic";

/** The literal's own words: interpolations (nested ones too) and names removed. */
function ownWords(lit: string): string {
	let out = "";
	let depth = 0;
	for (let i = 0; i < lit.length; i++) {
		if (lit.startsWith("${", i)) {
			depth++;
			i++;
		} else if (depth && lit[i] === "{") depth++;
		else if (depth && lit[i] === "}") depth--;
		else if (!depth) out += lit[i];
	}
	return out.replace(NAMES, "");
}

describe("no user-visible literal string in src/ui, src/obsidian or src/main.ts", () => {
	it("every shown string goes through t()", () => {
		const left: string[] = [];
		const re = new RegExp(
			`(?:${SHOWN.join("|")})(${LITERAL}|\`(?:[^\`\\\\]|\\\\.|\\$\\{(?:[^{}]|\\{[^{}]*\\})*\\})*\`)`,
			"g",
		);
		for (const f of SHOWN_IN.flatMap(files).filter((p) => !isCatalogue(p))) {
			for (const m of code(f).matchAll(re)) {
				const lit = m[1].slice(1, -1);
				if (/[A-Za-z]{2,}/.test(ownWords(lit)) && !lit.includes(EXAMPLE)) left.push(`${f}: ${m[1]}`);
			}
		}
		if (process.env.SHOW_LEFT) console.log(left.join("\n"));
		expect(left).toEqual([]);
	});
});
