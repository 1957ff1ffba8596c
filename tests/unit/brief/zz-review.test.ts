import { readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from "node:fs";
import { test } from "vitest";
import { load } from "js-yaml";
import { parseBrief } from "../../../src/core/brief/index";
import { CORPUS_DIR, SEED_DIR } from "../../shims/test-paths";
const FIX = new URL("../../fixtures/briefs/", import.meta.url).pathname;
test("review", () => {
	mkdirSync("/tmp/review", { recursive: true });
	const files: [string, string][] = [];
	for (const d of readdirSync(CORPUS_DIR)) {
		if (!statSync(`${CORPUS_DIR}/${d}`).isDirectory()) continue;
		for (const f of readdirSync(`${CORPUS_DIR}/${d}`)) files.push([`${d}/${f}`, `${CORPUS_DIR}/${d}/${f}`]);
	}
	for (const f of readdirSync(FIX)) files.push([`fixtures/${f}`, FIX + f]);
	files.push(["seed/seed.md", `${SEED_DIR}/us-recognition-of-soviet-union-brief.md`]);
	for (const [rel, full] of files) {
		const b = parseBrief({ path: rel, text: readFileSync(full, "utf8") }, { parseYaml: (s) => load(s) });
		const out = [
			`TITLE ${b.title} | id=${b.id} pub=${b.publish} hid=${b.hidden} tags=${b.tags.join(",")} src=${b.source ?? ""}`,
			`PROBLEMS ${JSON.stringify(b.problems)}`,
			"SECTIONS", ...b.sections.map((s) => `  ${s.startLine}-${s.endLine} L${s.level} ${s.role} ${s.title}`),
			"EVENTS", ...b.events.map((e) => `  ${e.source.line} [${e.date.label} <${e.date.text}>] ${e.label ? "{" + e.label + "} " : ""}${e.text}`),
			"QUOTES", ...b.quotes.map((q) => `  ${q.source.line} (${q.speaker ?? "-"}) [${q.section}] ${q.text.replace(/\n/g, "⏎")}`),
			"FACTS", ...b.facts.map((f) => `  ${f.source.line} ${f.term} = ${f.definition}`),
			"THEMES", ...b.themes.map((t) => `  ${t}`),
			"LINKS", ...b.links.map((l) => `  ${l.line} ${l.kind}${l.embed ? "!" : ""} ${l.target}${l.heading ? "#" + l.heading : ""}${l.alias ? "|" + l.alias : ""}`),
		];
		writeFileSync(`/tmp/review/${rel.replace(/\//g, "__")}.txt`, out.join("\n") + "\n");
	}
});
