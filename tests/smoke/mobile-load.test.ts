/**
 * Mobile-load test: Obsidian mobile has no Node. The built main.js is evaluated in a bare `node:vm`
 * context with no Buffer, no process and a `require` that only knows `obsidian`; it must load and
 * export the plugin class. (This is what keeps gray-matter, fs and friends out of main.js.)
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import vm from "node:vm";
import { beforeAll, describe, expect, it } from "vitest";

const MAIN = new URL("../../main.js", import.meta.url).pathname;

/** An `obsidian` module where every export is a harmless class, like the real one's shape. */
function obsidianStub(): Record<string, unknown> {
	const cache: Record<string, unknown> = {};
	return new Proxy(cache, {
		get(target, name: string) {
			if (!(name in target)) {
				target[name] = class {
					static stubName = name;
				};
			}
			return target[name];
		},
	});
}

describe("main.js loads without Node (mobile)", () => {
	beforeAll(() => {
		if (!existsSync(MAIN) || statSync(MAIN).mtimeMs < Date.now() - 60 * 60 * 1000) {
			execFileSync("node", ["esbuild.config.mjs", "production"], { cwd: new URL("../..", import.meta.url).pathname });
		}
	});

	it("evaluates in a context with no Buffer, process or Node require", () => {
		const code = readFileSync(MAIN, "utf8");
		const required: string[] = [];
		const module = { exports: {} as Record<string, unknown> };
		const sandbox = {
			module,
			exports: module.exports,
			require: (id: string) => {
				required.push(id);
				if (id === "obsidian") return obsidianStub();
				throw new Error(`main.js requires "${id}", which mobile does not have`);
			},
			console,
			setTimeout,
			clearTimeout,
		};
		const context = vm.createContext(sandbox);
		expect(vm.runInContext("typeof Buffer + typeof process", context)).toBe("undefinedundefined");
		vm.runInContext(code, context, { filename: "main.js" });
		const exported = (module.exports as { default?: unknown }).default ?? module.exports;
		expect(typeof exported).toBe("function");
		expect(required.filter((r) => r !== "obsidian")).toEqual([]);
	});

	it("bundles no Node-only library", () => {
		const code = readFileSync(MAIN, "utf8");
		for (const marker of ["gray-matter", "require(\"fs\")", "require(\"path\")", "Buffer.from"]) {
			expect(code.includes(marker), marker).toBe(false);
		}
		const manifest = JSON.parse(readFileSync(new URL("../../manifest.json", import.meta.url), "utf8"));
		expect(manifest.isDesktopOnly).toBe(false);
		expect(manifest.id).toBe("study-briefs");
	});
});
