// Copies the built plugin (main.js, manifest.json, styles.css) into examples/vault so that opening
// the folder in Obsidian shows Study Briefs working. Run by `npm start` after `npm run build`.
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";

const target = join("examples", "vault", ".obsidian", "plugins", "study-briefs");
mkdirSync(target, { recursive: true });
for (const file of ["main.js", "manifest.json", "styles.css"]) {
	if (!existsSync(file)) {
		console.error(`install-example: ${file} is missing; run npm run build first`);
		process.exit(1);
	}
	copyFileSync(file, join(target, file));
}
console.log(`Installed Study Briefs into ${target}\n`);
