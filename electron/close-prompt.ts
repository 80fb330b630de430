/**
 * The question asked when a window closes with unsaved changes to a file (untitled work needs none:
 * it is autosaved). The options of Electron's `dialog.showMessageBox`, and what its answer means.
 */
import type { MessageBoxOptions } from "electron";

export type CloseChoice = "save" | "discard" | "cancel";

const CHOICES: readonly CloseChoice[] = ["save", "discard", "cancel"];

export function closePromptOptions(fileName: string): MessageBoxOptions {
  return {
    type: "warning",
    title: "Traceur",
    message: `Enregistrer les modifications de « ${fileName} » avant de fermer ?`,
    detail: "Si vous ne les enregistrez pas, elles seront perdues.",
    buttons: ["Enregistrer", "Ne pas enregistrer", "Annuler"],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
  };
}

/** The choice behind the index of the button `showMessageBox` answers with (Escape: cancel). */
export function closeChoice(response: number): CloseChoice {
  return CHOICES[response] ?? "cancel";
}
