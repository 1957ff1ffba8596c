import { Plugin } from "obsidian";

export default class StudyBriefsPlugin extends Plugin {
	async onload(): Promise<void> {}
}
