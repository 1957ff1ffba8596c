import { defineConfig } from "vitest/config";
import { playwright } from "@vitest/browser-playwright";
import { fileURLToPath } from "node:url";

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

export default defineConfig({
	test: {
		reporters: ["default", ["json", { outputFile: "tests/.vitest-report.json" }]],
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
					setupFiles: ["tests/shims/setup-dom.ts"],
					env: { TZ: "UTC" },
					testTimeout: 60_000,
				},
			},
			{
				resolve: { alias },
				test: {
					name: "browser",
					include: ["tests/browser/**/*.test.ts"],
					setupFiles: ["tests/shims/setup-dom.ts"],
					testTimeout: 120_000,
					browser: {
						enabled: true,
						headless: true,
						screenshotFailures: false,
						provider: playwright({
							launchOptions: { executablePath: "/usr/bin/chromium", args: chromiumArgs },
						}),
						instances: [{ browser: "chromium", viewport: { width: 1000, height: 760 } }],
					},
				},
			},
		],
	},
});
