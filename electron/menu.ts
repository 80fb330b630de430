/** The application menu, in French. File and run commands are carried out by the renderer. */
import { app, BrowserWindow, dialog, Menu, type BaseWindow, type MenuItemConstructorOptions } from "electron";

import { IpcEvent, type MenuCommand } from "./ipc-contract.ts";

/** A menu item that hands its command to the focused window's renderer. */
function command(label: string, name: MenuCommand, accelerator?: string): MenuItemConstructorOptions {
  return {
    label,
    ...(accelerator ? { accelerator } : {}),
    click: (_item, window) => {
      if (window instanceof BrowserWindow) window.webContents.send(IpcEvent.menuCommand, name);
    },
  };
}

function showAbout(window: BaseWindow | undefined): void {
  const options = {
    type: "info" as const,
    title: "À propos de Traceur",
    message: `Traceur ${app.getVersion()}`,
    detail:
      "Apprendre JAX en le voyant : jaxprs, graphes, transformations.\n\n" +
      `Electron ${process.versions.electron} · Chromium ${process.versions.chrome} · Node ${process.versions.node}`,
    buttons: ["OK"],
  };
  void (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
}

export function buildAppMenu(): Menu {
  const isMac = process.platform === "darwin";
  const template: MenuItemConstructorOptions[] = [];

  if (isMac) {
    template.push({
      label: app.name,
      submenu: [
        { label: "À propos de Traceur", click: (_item, window) => showAbout(window) },
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
        command("Enregistrer", "save", "CmdOrCtrl+S"),
        command("Enregistrer sous…", "save-as", "CmdOrCtrl+Shift+S"),
        { type: "separator" },
        command("Copier le lien de partage", "share"),
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
      submenu: [{ label: "À propos de Traceur", click: (_item, window) => showAbout(window) }],
    },
  );

  return Menu.buildFromTemplate(template);
}
