// Copies the README's screenshots from the browser tests' output (tests/screenshots, git-ignored) into
// docs/screenshots. Run after `npm test`: node scripts/update-screenshots.mjs
import { copyFileSync, existsSync, mkdirSync } from "node:fs";

const PICKS = [
	"timeline-vault-light.png",
	"timeline-light.png",
	"timeline-dark.png",
	"timeline-bce-light.png",
	"timeline-inferred-light.png",
	"timeline-axis-light.png",
	"timeline-axis-dark.png",
	"timeline-axis-phone.png",
	"timeline-phone-compact.png",
	"quotes-light.png",
	"quotes-dark.png",
	"quiz-question-light.png",
	"quiz-feedback-light.png",
	"quiz-end-dark.png",
	"garden-quiz.png",
	"dashboard-light.png",
	"dashboard-light-more.png",
	"dashboard-dark.png",
	"dashboard-phone.png",
	"progress-light.png",
];

mkdirSync("docs/screenshots", { recursive: true });
let missing = 0;
for (const name of PICKS) {
	const from = `tests/screenshots/${name}`;
	if (!existsSync(from)) {
		console.error(`missing ${from}: run npm test first`);
		missing++;
		continue;
	}
	copyFileSync(from, `docs/screenshots/${name}`);
}
console.log(`copied ${PICKS.length - missing} screenshots to docs/screenshots`);
process.exitCode = missing ? 1 : 0;
