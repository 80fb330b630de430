/**
 * The editor's document: its file (name only: the desktop host keeps the path), whether it is
 * modified since it was opened or saved, the autosave of every change, and the window's title.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

import type { OpenResult } from "../../electron/ipc-contract.ts";
import { fitsSourceLimit } from "../../electron/source-text.ts";
import type { Host } from "../host.ts";
import { documentTitle, openNotice, saveNotice, tooBigToSaveNotice } from "./document-messages.ts";

/** How long the editor stays still before its text is autosaved. */
export const AUTOSAVE_DELAY_MS = 400;
/** The name a download or a first "save as" proposes. */
const DEFAULT_FILE_NAME = "main.py";

export interface DocumentFileOptions {
  readonly host: Host;
  readonly getText: () => string;
  readonly setText: (text: string) => void;
  readonly notify: (message: string) => void;
}

export interface DocumentFile {
  /** Call with the editor's text after each change. */
  readonly onTextChange: (text: string) => void;
  readonly open: () => Promise<void>;
  readonly save: () => Promise<boolean>;
  readonly saveAs: () => Promise<boolean>;
}

export function useDocumentFile({ host, getText, setText, notify }: DocumentFileOptions): DocumentFile {
  const { t } = useTranslation();
  const [fileName, setFileName] = useState<string | null>(null);
  const [modified, setModified] = useState(false);
  /** The text of the file as last opened or saved; null while the document has no file. */
  const savedText = useRef<string | null>(null);
  const reportedModified = useRef(false);
  const autosaveTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pendingAutosave = useRef<string | null>(null);

  const updateModified = useCallback(
    (text: string) => {
      const now = savedText.current !== null && text !== savedText.current;
      setModified(now);
      if (now !== reportedModified.current) {
        reportedModified.current = now;
        host.setDocumentModified(now);
      }
    },
    [host],
  );

  const flushAutosave = useCallback(() => {
    if (autosaveTimer.current !== null) clearTimeout(autosaveTimer.current);
    autosaveTimer.current = null;
    if (pendingAutosave.current !== null) host.autosave(pendingAutosave.current);
    pendingAutosave.current = null;
  }, [host]);

  const onTextChange = useCallback(
    (text: string) => {
      updateModified(text);
      pendingAutosave.current = text;
      if (autosaveTimer.current !== null) clearTimeout(autosaveTimer.current);
      autosaveTimer.current = setTimeout(flushAutosave, AUTOSAVE_DELAY_MS);
    },
    [updateModified, flushAutosave],
  );

  // Leaving the page (closing the tab or the window) saves what the timer still holds.
  useEffect(() => {
    window.addEventListener("pagehide", flushAutosave);
    return () => window.removeEventListener("pagehide", flushAutosave);
  }, [flushAutosave]);

  useEffect(() => {
    document.title = documentTitle(fileName, modified);
  }, [fileName, modified]);

  const showOpened = useCallback(
    (result: OpenResult) => {
      const notice = openNotice(result, t);
      if (notice !== null) notify(notice);
      if (result.kind !== "opened") return;
      savedText.current = result.text;
      // The host counts a file it just opened or saved as unmodified.
      reportedModified.current = false;
      setFileName(result.name);
      setText(result.text);
      updateModified(result.text);
    },
    [notify, setText, t, updateModified],
  );

  const saveWith = useCallback(
    async (as: boolean): Promise<boolean> => {
      const text = getText();
      const name = fileName ?? DEFAULT_FILE_NAME;
      if (!fitsSourceLimit(text)) {
        notify(tooBigToSaveNotice(text, t));
        return false;
      }
      const result = await (as ? host.saveFileAs(text, name) : host.saveFile(text, name));
      const notice = saveNotice(result, t);
      if (notice !== null) notify(notice);
      if (result.kind !== "saved") return false;
      savedText.current = text;
      reportedModified.current = false;
      setFileName(result.name);
      updateModified(getText());
      return true;
    },
    [fileName, getText, host, notify, t, updateModified],
  );

  const open = useCallback(async () => showOpened(await host.openFile()), [host, showOpened]);
  const save = useCallback(() => saveWith(false), [saveWith]);
  const saveAs = useCallback(() => saveWith(true), [saveWith]);

  useEffect(
    () => host.onOpenRecent((path) => void host.openRecent(path).then(showOpened)),
    [host, showOpened],
  );
  useEffect(
    () =>
      host.onSaveBeforeClose(() => {
        void save().then((saved) => {
          if (saved) host.closeWindow();
        });
      }),
    [host, save],
  );

  return { onTextChange, open, save, saveAs };
}
