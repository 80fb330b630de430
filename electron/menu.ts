/** The application menu (menu-template.ts), built with Electron; the About box. */
import { app, dialog, Menu, type BaseWindow } from "electron";

import type { RecentFile } from "./ipc-contract.ts";
import { appMenuTemplate, type MenuActions } from "./menu-template.ts";

export function showAbout(window: BaseWindow | undefined): void {
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

/** Builds the menu and sets it as the application's (again each time the recent files change). */
export function setAppMenu(recentFiles: readonly RecentFile[], actions: Omit<MenuActions, "about">): void {
  const template = appMenuTemplate({
    platform: process.platform,
    appName: app.name,
    recentFiles,
    actions: { ...actions, about: showAbout },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
