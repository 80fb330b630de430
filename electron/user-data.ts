/**
 * The app's own files in the user's data folder (`app.getPath("userData")`): settings, recent files,
 * the autosaved editor text. Every write is atomic and the writes to one file keep their order; a
 * missing or unreadable file reads as null, never as an error (these files are a comfort).
 */
import { mkdir, readFile } from "node:fs/promises";
import path from "node:path";

import { SerialFileWriter } from "./atomic-write.ts";

export class UserDataFiles {
  readonly #folder: string;
  readonly #writers = new Map<string, SerialFileWriter>();
  #folderMade: Promise<unknown> | null = null;

  constructor(folder: string) {
    this.#folder = folder;
  }

  path(name: string): string {
    return path.join(this.#folder, name);
  }

  async readText(name: string): Promise<string | null> {
    try {
      return await readFile(this.path(name), "utf8");
    } catch {
      return null;
    }
  }

  /** The parsed JSON of a file; null when it is missing or not JSON. */
  async readJson(name: string): Promise<unknown> {
    const text = await this.readText(name);
    if (text === null) return null;
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return null;
    }
  }

  async writeText(name: string, text: string): Promise<void> {
    this.#folderMade ??= mkdir(this.#folder, { recursive: true });
    await this.#folderMade;
    let writer = this.#writers.get(name);
    if (!writer) {
      writer = new SerialFileWriter(this.path(name));
      this.#writers.set(name, writer);
    }
    await writer.write(text);
  }

  writeJson(name: string, value: unknown): Promise<void> {
    return this.writeText(name, `${JSON.stringify(value, null, 2)}\n`);
  }
}
