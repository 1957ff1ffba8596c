/**
 * Exports of src/** that no other src file uses, one a line: file, name, and who does use it ("self": its own
 * file, "barrel": only re-exported, "tests", or "nobody"). An export used only by tests, or by nobody, is a
 * candidate to use or remove; "self" means the export keyword could go. Slow (about a minute): run it by hand.
 *   node scripts/unused-exports.mjs            # all
 *   node scripts/unused-exports.mjs | grep -v self
 */
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const ts = require("typescript");
const root = process.cwd();
const cfg = ts.getParsedCommandLineOfConfigFile(
	path.join(root, "tsconfig.json"),
	{},
	{ ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
);
const files = cfg.fileNames;
const host = {
	getScriptFileNames: () => files,
	getScriptVersion: () => "1",
	getScriptSnapshot: (f) => (ts.sys.fileExists(f) ? ts.ScriptSnapshot.fromString(ts.sys.readFile(f)) : undefined),
	getCurrentDirectory: () => root,
	getCompilationSettings: () => cfg.options,
	getDefaultLibFileName: ts.getDefaultLibFilePath,
	fileExists: ts.sys.fileExists,
	readFile: ts.sys.readFile,
	readDirectory: ts.sys.readDirectory,
};
const ls = ts.createLanguageService(host);
const prog = ls.getProgram();
const checker = prog.getTypeChecker();
const out = [];
for (const sf of prog.getSourceFiles()) {
	const rel = path.relative(root, sf.fileName);
	if (!rel.startsWith("src/")) continue;
	const sym = checker.getSymbolAtLocation(sf);
	if (!sym) continue;
	for (const ex of checker.getExportsOfModule(sym)) {
		const decl = ex.declarations?.[0];
		if (!decl || decl.getSourceFile() !== sf) continue; // re-exports
		const nameNode = decl.name ?? decl;
		const refs = ls.findReferences(sf.fileName, nameNode.getStart()) ?? [];
		const where = new Set();
		for (const r of refs)
			for (const e of r.references) {
				const f = path.relative(root, e.fileName);
				if (e.isDefinition) continue;
				if (f === rel) {
					where.add("self");
					continue;
				}
				// a barrel re-export is not a use
				const text = ts.sys.readFile(e.fileName);
				const line = text.slice(0, e.textSpan.start).split("\n").length;
				const l = text.split("\n")[line - 1];
				if (/^export \{|^export type \{|^\s+\w+,?$/.test(l) && /index\.ts$/.test(f)) {
					where.add("barrel");
					continue;
				}
				where.add(f.startsWith("src/") ? "src" : f.startsWith("tests/") ? "tests" : "other:" + f.split("/")[0]);
			}
		if (!where.has("src") && ![...where].some((w) => w.startsWith("other:")))
			out.push(`${rel}\t${ex.name}\t${[...where].join(",") || "nobody"}`);
	}
}
console.log(out.join("\n"));
