/** The application menu, in French. Small on purpose: the real commands come with the real UI. */
import { app, dialog, Menu, type BaseWindow, type MenuItemConstructorOptions } from "electron";

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
