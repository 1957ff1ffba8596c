import { defineConfig } from "vitest/config";
import { playwright } from "@vitest/browser-playwright";
import { fileURLToPath } from "node:url";
import { findBrowser } from "./scripts/find-browser.mjs";

const shim = fileURLToPath(new URL("./tests/shims/obsidian.ts", import.meta.url));
const alias = { obsidian: shim };

const chromiumArgs = [
	"--no-sandbox",
	"--disable-gpu",
	"--disable-background-networking",
	"--disable-component-update",
	"--disable-sync",
	"--no-first-run",
];

/**
 * The Chromium found by scripts/find-browser.mjs (CHROMIUM_PATH, /usr/bin/chromium, chromium-browser,
 * google-chrome, Playwright's download). `npm test` runs scripts/check-browser.mjs first, which stops
 * with a one-line instruction when there is none.
 */
const executablePath = findBrowser().path ?? undefined;

function browser(name: string, include: string[]) {
	return {
		resolve: { alias },
		test: {
			name,
			include,
			setupFiles: ["tests/shims/setup-dom.ts"],
			testTimeout: 120_000,
			browser: {
				enabled: true,
				headless: true,
				screenshotFailures: false,
				provider: playwright({ launchOptions: { executablePath, args: chromiumArgs } }),
				instances: [{ browser: "chromium" as const, viewport: { width: 1000, height: 760 } }],
			},
		},
	};
}

/**
 * Projects. npm test: unit, dom, browser (everything in the repository, no ../shared).
 * npm run test:shared: shared, shared-dom (read ../shared). npm run bench:browser: bench-browser.
 */
export default defineConfig({
	test: {
		reporters: ["default", ["json", { outputFile: process.env.VITEST_JSON_REPORT ?? "tests/.vitest-report.json" }]],
		projects: [
			{
				resolve: { alias },
				test: {
					name: "unit",
					environment: "node",
					include: ["tests/unit/**/*.test.ts", "tests/smoke/**/*.test.ts"],
					env: { TZ: "UTC" },
					testTimeout: 60_000,
				},
			},
			{
				resolve: { alias },
				test: {
					name: "dom",
					environment: "jsdom",
					include: ["tests/dom/**/*.test.ts"],
					setupFiles: ["tests/shims/setup-dom.ts", "tests/shims/setup-jsdom.ts"],
					env: { TZ: "UTC" },
					testTimeout: 60_000,
				},
			},
			browser("browser", ["tests/browser/**/*.test.ts"]),
			{
				resolve: { alias },
				test: {
					name: "shared",
					environment: "node",
					include: ["tests/shared/**/*.test.ts"],
					exclude: ["tests/shared/dom/**"],
					setupFiles: ["tests/shared/require-shared.ts"],
					env: { TZ: "UTC" },
					testTimeout: 120_000,
				},
			},
			{
				resolve: { alias },
				test: {
					name: "shared-dom",
					environment: "jsdom",
					include: ["tests/shared/dom/**/*.test.ts"],
					setupFiles: [
						"tests/shared/require-shared.ts",
						"tests/shims/setup-dom.ts",
						"tests/shims/setup-jsdom.ts",
					],
					env: { TZ: "UTC" },
					testTimeout: 120_000,
				},
			},
			browser("bench-browser", ["tests/bench/**/*.test.ts"]),
		],
	},
});
