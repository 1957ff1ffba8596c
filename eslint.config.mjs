import { defineConfig, globalIgnores } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";
import globals from "globals";
import tseslint from "typescript-eslint";

const nodeBuiltins = [
	"fs",
	"path",
	"os",
	"child_process",
	"crypto",
	"util",
	"url",
	"stream",
	"events",
	"buffer",
	"process",
	"zlib",
	"http",
	"https",
	"net",
	"worker_threads",
	"vm",
	"module",
	"readline",
	"perf_hooks",
];

/** src/core's import rule for a file `depth` folders below src/core. */
function coreImports(depth, extra = []) {
	return {
		paths: [
			{ name: "obsidian", message: "src/core must stay pure: pass what you need in as a parameter." },
			{ name: "js-yaml", message: "front-matter reaches core already parsed: keep js-yaml in src/cli." },
			...nodeBuiltins.map((name) => ({ name, message: "src/core must not import Node built-ins." })),
		],
		patterns: [
			{ group: ["node:*"], message: "src/core must not import Node built-ins." },
			{
				group: ["**/obsidian/**", "**/ui/**", "**/cli/**", "../main", "../../main"],
				message: "src/core must not depend on the plugin layers.",
			},
			{
				regex: `^(\\.\\./){${depth + 1},}`,
				message:
					"src/core imports nothing outside src/core (settings.ts, main.ts, the plugin layers): move what it needs into src/core, or pass it in.",
			},
			{
				regex: "^(?![./]|chrono-node(/|$)|ts-fsrs$)",
				message: "src/core's only packages are chrono-node and ts-fsrs: pass anything else in as a parameter.",
			},
			...extra,
		],
	};
}

/** The import rule for what the plugin ships (main.js), plus `extra` patterns. */
function pluginImports(extra = []) {
	return {
		paths: [
			{
				name: "js-yaml",
				message: "the plugin reads front-matter from Obsidian's metadata cache: keep js-yaml in src/cli.",
			},
		],
		patterns: [{ group: ["**/cli/**"], message: "The plugin must not bundle the CLI." }, ...extra],
	};
}

export default defineConfig([
	globalIgnores([
		"node_modules/**",
		"main.js",
		"dist/**",
		"examples/**",
		"tests/screenshots/**",
		"bench/out/**",
		"esbuild.config.mjs",
		"version-bump.mjs",
		"eslint.config.mjs",
		"scripts/**",
	]),
	...obsidianmd.configs.recommended,
	{
		languageOptions: {
			parserOptions: {
				projectService: { allowDefaultProject: ["eslint.config.*"] },
				tsconfigRootDir: import.meta.dirname,
			},
		},
	},
	{
		rules: {
			// getSettingDefinitions() needs Obsidian 1.13; our minAppVersion is 1.7.2, so display() is the API our users have.
			"obsidianmd/settings-tab/prefer-setting-definitions": "off",
			"obsidianmd/ui/sentence-case": [
				"warn",
				{
					brands: [
						"Study Briefs",
						"Markdown",
						"Digital Garden",
						"Obsidian Publish",
						"Obsidian",
						"Anki",
						"Spaced Repetition",
						"Mermaid",
						"Quartz",
						"Sync",
					],
					acronyms: ["BC", "BCE", "AD", "CE", "URL", "TSV", "JSON", "YAML", "FSRS", "O.S."],
					ignoreRegex: ["^[a-z][a-z-]*:?$", "dg-publish"],
				},
			],
		},
	},
	{
		// manifest.json: Obsidian's manifest rules (required keys and their types, no unknown keys, no
		// "obsidian"/"plugin" in id, name or description, the description's format). The TypeScript parser
		// reads a .json file as one object expression, which is what the rule expects.
		files: ["manifest.json"],
		plugins: { obsidianmd },
		languageOptions: { parser: tseslint.parser, parserOptions: { projectService: false, project: null } },
		rules: { "obsidianmd/validate-manifest": "error" },
	},
	{
		// js-yaml: the CLI's YAML reader (the plugin reads front-matter from Obsidian's metadata cache); CLI and tests only.
		files: ["package.json"],
		rules: { "depend/ban-dependencies": ["error", { allowed: ["js-yaml"] }] },
	},
	// src/core is pure: plain data in, plain data out. It imports nothing outside src/core (the rule per folder depth,
	// since a relative path leaves core after as many "../" as the file is deep) and no package but its two.
	...[0, 1, 2].map((depth) => ({
		files: [`src/core/${"*/".repeat(depth)}*.ts`],
		rules: { "no-restricted-imports": ["error", coreImports(depth)] },
	})),
	{
		// core/index decides what a brief is from core/brief alone: it sits below the garden, never above it.
		files: ["src/core/index/*.ts"],
		rules: {
			"no-restricted-imports": [
				"error",
				coreImports(1, [
					{
						regex: "^\\.\\./garden(/|$)",
						message: "src/core/index must not import src/core/garden (a brief rule belongs in core/brief).",
					},
				]),
			],
		},
	},
	{
		files: ["src/core/**/*.ts"],
		rules: {
			"no-restricted-globals": [
				"error",
				{ name: "document", message: "src/core must not touch the DOM." },
				{ name: "window", message: "src/core must not touch the DOM." },
				{ name: "process", message: "src/core must not use Node globals." },
				{ name: "Buffer", message: "src/core must not use Node globals." },
				{ name: "require", message: "src/core must not use require." },
			],
		},
	},
	{
		// Everything the plugin ships (main.js) must load on mobile and read front-matter as Obsidian does: no js-yaml outside the CLI.
		files: ["src/main.ts", "src/settings.ts", "src/obsidian/**/*.ts", "src/ui/**/*.ts"],
		rules: { "no-restricted-imports": ["error", pluginImports()] },
	},
	{
		// Layers run main -> ui -> obsidian -> core: the adapters never import a view.
		files: ["src/obsidian/**/*.ts"],
		rules: {
			"no-restricted-imports": [
				"error",
				pluginImports([
					{
						regex: "^(\\.\\./)+ui(/|$)",
						message:
							"Layers run main -> ui -> obsidian -> core: src/obsidian must not import src/ui (move the shared type or logic down to src/obsidian or src/core).",
					},
				]),
			],
		},
	},
	{
		// Small files and short functions (issue 15): a newcomer reads one screen at a time. The interface
		// catalogues are data, one line per message, and are exempt from the file size.
		files: ["src/**/*.ts"],
		ignores: ["src/obsidian/i18n/*.ts"],
		rules: {
			"max-lines": ["error", { max: 300, skipBlankLines: true, skipComments: true }],
			"max-lines-per-function": ["error", { max: 80, skipBlankLines: true, skipComments: true }],
		},
	},
	{
		// Node-side code: the CLI, benchmarks and tests run in Node (or the test browser), not in Obsidian.
		files: ["src/cli/**/*.ts", "bench/**/*.ts", "tests/**/*.ts", "vitest.config.mts"],
		languageOptions: { globals: { ...globals.node } },
		rules: {
			"obsidianmd/rule-custom-message": "off",
			"obsidianmd/no-nodejs-modules": "off",
			"obsidianmd/prefer-window-timers": "off",
			"obsidianmd/no-global-this": "off",
			"obsidianmd/prefer-create-el": "off",
			"obsidianmd/ui/sentence-case": "off",
			"obsidianmd/hardcoded-config-path": "off",
			"obsidianmd/no-static-styles-assignment": "off",
			"obsidianmd/regex-lookbehind": "off",
			"import/no-nodejs-modules": "off",
			"no-console": "off",
			"@typescript-eslint/no-unsafe-assignment": "off",
			"@typescript-eslint/no-unsafe-member-access": "off",
			"@typescript-eslint/no-unsafe-call": "off",
			"@typescript-eslint/no-unsafe-argument": "off",
			"@typescript-eslint/no-unsafe-return": "off",
			"@typescript-eslint/no-explicit-any": "off",
			"@typescript-eslint/no-non-null-assertion": "off",
			"@typescript-eslint/unbound-method": "off",
		},
	},
]);
