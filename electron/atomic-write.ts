/**
 * Writing a file so that it is never seen half written, even if the app is killed mid-write: the data
 * goes to a temporary file beside it, is flushed to disk, then renamed over the target (a rename within
 * a folder is atomic on the three systems).
 */
import { randomBytes } from "node:crypto";
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { open, rename, rm, stat } from "node:fs/promises";
import path from "node:path";

/** The temporary files' names: hidden, and recognisable as ours. */
export function temporaryPathFor(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString("hex")}.tmp`);
}

export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  // Keep an existing file's permissions; a new one gets the usual 0666 less the umask.
  const mode = await stat(file).then(
    (s) => s.mode & 0o777,
    () => 0o666,
  );
  const temporary = temporaryPathFor(file);
  try {
    const handle = await open(temporary, "wx", mode);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** The same, synchronously: for the last write of a closing window, which cannot wait. */
export function writeFileAtomicSync(file: string, data: string | Uint8Array): void {
  const temporary = temporaryPathFor(file);
  try {
    const fd = openSync(temporary, "wx", 0o666);
    try {
      writeFileSync(fd, data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * Writes to one file in the order of the calls, each write atomic: a slow write can never land after
 * a later one (autosave calls come every few hundred milliseconds).
 */
export class SerialFileWriter {
  readonly #file: string;
  #last: Promise<void> = Promise.resolve();

  constructor(file: string) {
    this.#file = file;
  }

  write(data: string | Uint8Array): Promise<void> {
    const next = this.#last.then(() => writeFileAtomic(this.#file, data));
    // A failed write must not block the ones after it; the caller still sees its own failure.
    this.#last = next.catch(() => {});
    return next;
  }
}
