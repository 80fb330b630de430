/**
 * The application menu's template, in French: what each item is called and what it triggers. Pure,
 * so that the labels and the recent files submenu are tested without Electron; menu.ts builds it.
 */
import type { BaseWindow, MenuItemConstructorOptions } from "electron";

import type { MenuCommand, RecentFile } from "./ipc-contract.ts";

export interface MenuActions {
  /** Hands a command to the window's renderer. */
  command(name: MenuCommand, window: BaseWindow | undefined): void;
  openRecent(file: string, window: BaseWindow | undefined): void;
  clearRecentFiles(): void;
  about(window: BaseWindow | undefined): void;
}

export interface MenuTemplateOptions {
  readonly platform: NodeJS.Platform | string;
  readonly appName: string;
  readonly recentFiles: readonly RecentFile[];
  readonly actions: MenuActions;
}

export const RECENT_FILES_LABEL = "Ouvrir un fichier récent";

function recentFilesSubmenu(
  files: readonly RecentFile[],
  actions: MenuActions,
): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] =
    files.length === 0
      ? [{ label: "Aucun fichier récent", enabled: false }]
      : files.map((file) => ({
          // Menus treat "&" as a mnemonic marker: a name with one must show it as it is.
          label: file.name.replaceAll("&", "&&"),
          sublabel: file.path,
          toolTip: file.path,
          click: (_item, window) => actions.openRecent(file.path, window),
        }));
  return [
    ...items,
    { type: "separator" },
    { label: "Effacer la liste", enabled: files.length > 0, click: () => actions.clearRecentFiles() },
  ];
}

export function appMenuTemplate({
  platform,
  appName,
  recentFiles,
  actions,
}: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const isMac = platform === "darwin";
  const command = (label: string, name: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: (_item, window) => actions.command(name, window),
  });
  const settings = command("Réglages…", "settings", "CmdOrCtrl+,");
  const template: MenuItemConstructorOptions[] = [];

  if (isMac) {
    template.push({
      label: appName,
      submenu: [
        { label: "À propos de Traceur", click: (_item, window) => actions.about(window) },
        { type: "separator" },
        settings,
        { type: "separator" },
        { role: "hide", label: "Masquer Traceur" },
        { role: "hideOthers", label: "Masquer les autres" },
        { role: "unhide", label: "Tout afficher" },
        { type: "separator" },
        { role: "quit", label: "Quitter Traceur" },
      ],
    });
  }

  template.push(
    {
      label: "Fichier",
      submenu: [
        command("Ouvrir…", "open", "CmdOrCtrl+O"),
        { label: RECENT_FILES_LABEL, submenu: recentFilesSubmenu(recentFiles, actions) },
        { type: "separator" },
        command("Enregistrer", "save", "CmdOrCtrl+S"),
        command("Enregistrer sous…", "save-as", "CmdOrCtrl+Shift+S"),
        { type: "separator" },
        command("Copier le lien de partage", "share"),
        ...(isMac ? [] : [{ type: "separator" as const }, settings]),
        { type: "separator" },
        { role: "close", label: "Fermer la fenêtre" },
        ...(isMac ? [] : [{ type: "separator" as const }, { role: "quit" as const, label: "Quitter" }]),
      ],
    },
    {
      label: "Édition",
      submenu: [
        { role: "undo", label: "Annuler" },
        { role: "redo", label: "Rétablir" },
        { type: "separator" },
        { role: "cut", label: "Couper" },
        { role: "copy", label: "Copier" },
        { role: "paste", label: "Coller" },
        { role: "selectAll", label: "Tout sélectionner" },
      ],
    },
    {
      label: "Exécution",
      submenu: [command("Exécuter", "run", "CmdOrCtrl+Enter"), command("Arrêter", "stop", "CmdOrCtrl+.")],
    },
    {
      label: "Affichage",
      submenu: [
        { role: "reload", label: "Recharger" },
        { role: "toggleDevTools", label: "Outils de développement" },
        { type: "separator" },
        { role: "resetZoom", label: "Taille réelle" },
        { role: "zoomIn", label: "Zoom avant" },
        { role: "zoomOut", label: "Zoom arrière" },
        { type: "separator" },
        { role: "togglefullscreen", label: "Plein écran" },
      ],
    },
    {
      label: "Aide",
      role: "help",
      submenu: [{ label: "À propos de Traceur", click: (_item, window) => actions.about(window) }],
    },
  );

  return template;
}
