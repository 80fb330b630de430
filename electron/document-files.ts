/**
 * The editor's document as the main process sees it: which file it belongs to (a path the renderer
 * never has to know), whether it is modified, and the recent files. Opening and saving go through the
 * native dialogs, which are injected so that this logic is tested without Electron.
 */
import path from "node:path";

import { writeFileAtomic } from "./atomic-write.ts";
import type { OpenResult, RecentFile, SaveResult } from "./ipc-contract.ts";
import { IpcArgumentError } from "./ipc-validation.ts";
import { describeRecentFiles, parseRecentFiles, withoutRecentFile, withRecentFile } from "./recent-files.ts";
import { readSourceFile } from "./source-file.ts";
import type { UserDataFiles } from "./user-data.ts";

export const RECENT_FILES_FILE = "recent-files.json";
export const DEFAULT_FILE_NAME = "main.py";

export interface FileDialogs {
  /** The path of a `.py` file the learner chose to open; null if they cancelled. */
  chooseFileToOpen(): Promise<string | null>;
  /** Where the learner chose to save; null if they cancelled. `suggested` is a full path. */
  chooseFileToSave(suggested: string): Promise<string | null>;
}

export interface DocumentFilesOptions {
  readonly dialogs: FileDialogs;
  readonly userData: UserDataFiles;
  /** Where "save as" proposes to save a document that has no file yet. */
  readonly documentsFolder: string;
  /** Called after each change of the recent files (the menu is rebuilt from them). */
  readonly onRecentFilesChanged: (files: readonly RecentFile[]) => void;
}

export class DocumentFiles {
  readonly #options: DocumentFilesOptions;
  #recent: string[];
  #currentPath: string | null = null;
  #modified = false;

  private constructor(options: DocumentFilesOptions, recent: string[]) {
    this.#options = options;
    this.#recent = recent;
  }

  /** The document, with the recent files saved by an earlier start. */
  static async load(options: DocumentFilesOptions): Promise<DocumentFiles> {
    return new DocumentFiles(options, parseRecentFiles(await options.userData.readJson(RECENT_FILES_FILE)));
  }

  get currentPath(): string | null {
    return this.#currentPath;
  }

  get modified(): boolean {
    return this.#modified;
  }

  /** The file's name, as the window's title and dialogs show it. */
  get fileName(): string {
    return this.#currentPath === null ? DEFAULT_FILE_NAME : path.basename(this.#currentPath);
  }

  /** Closing loses work only when a file's modifications are not saved (the rest is autosaved). */
  get needsSaveBeforeClose(): boolean {
    return this.#modified && this.#currentPath !== null;
  }

  recentFiles(): RecentFile[] {
    return describeRecentFiles(this.#recent);
  }

  /** Forgets the file: the renderer starts afresh (a new window, a reload). */
  startUntitled(): void {
    this.#currentPath = null;
    this.#modified = false;
  }

  setModified(modified: boolean): void {
    this.#modified = modified;
  }

  async open(): Promise<OpenResult> {
    const file = await this.#options.dialogs.chooseFileToOpen();
    return file === null ? { kind: "cancelled" } : this.#openPath(file);
  }

  /** Opens a file of the recent list; any other path is refused (the renderer only echoes ours). */
  async openRecent(file: string): Promise<OpenResult> {
    if (!this.#recent.includes(file))
      throw new IpcArgumentError("open-recent", "ce chemin n'est pas un fichier récent");
    return this.#openPath(file);
  }

  save(text: string): Promise<SaveResult> {
    return this.#currentPath === null ? this.saveAs(text) : this.#saveTo(this.#currentPath, text);
  }

  async saveAs(text: string): Promise<SaveResult> {
    const suggested = this.#currentPath ?? path.join(this.#options.documentsFolder, DEFAULT_FILE_NAME);
    const file = await this.#options.dialogs.chooseFileToSave(suggested);
    return file === null ? { kind: "cancelled" } : this.#saveTo(file, text);
  }

  async clearRecentFiles(): Promise<void> {
    await this.#setRecent([]);
  }

  async #openPath(file: string): Promise<OpenResult> {
    const name = path.basename(file);
    const content = await readSourceFile(file);
    if (!content.ok) {
      if (content.reason === "missing") await this.#setRecent(withoutRecentFile(this.#recent, file));
      const { ok: _ok, ...refusal } = content;
      return { kind: "refused", name, ...refusal };
    }
    this.#currentPath = file;
    this.#modified = false;
    await this.#setRecent(withRecentFile(this.#recent, file));
    return { kind: "opened", name, text: content.text };
  }

  async #saveTo(file: string, text: string): Promise<SaveResult> {
    try {
      await writeFileAtomic(file, text);
    } catch (error) {
      return { kind: "failed", message: error instanceof Error ? error.message : String(error) };
    }
    this.#currentPath = file;
    this.#modified = false;
    await this.#setRecent(withRecentFile(this.#recent, file));
    return { kind: "saved", name: path.basename(file) };
  }

  async #setRecent(list: string[]): Promise<void> {
    const changed = list.length !== this.#recent.length || list.some((file, i) => file !== this.#recent[i]);
    this.#recent = list;
    if (!changed) return;
    this.#options.onRecentFilesChanged(this.recentFiles());
    try {
      await this.#options.userData.writeJson(RECENT_FILES_FILE, list);
    } catch (error) {
      console.warn("Traceur : liste des fichiers récents non enregistrée", error);
    }
  }
}
