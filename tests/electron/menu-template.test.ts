import type { MenuItemConstructorOptions } from "electron";
import { describe, expect, it, vi } from "vitest";

import type { RecentFile } from "../../electron/ipc-contract.ts";
import { appMenuTemplate, RECENT_FILES_LABEL, type MenuActions } from "../../electron/menu-template.ts";

function fakeActions(): MenuActions & { calls: unknown[][] } {
  const calls: unknown[][] = [];
  return {
    calls,
    command: vi.fn((name) => calls.push(["command", name])),
    openRecent: vi.fn((file) => calls.push(["openRecent", file])),
    clearRecentFiles: vi.fn(() => calls.push(["clear"])),
    about: vi.fn(() => calls.push(["about"])),
  };
}

const submenu = (item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] =>
  (item?.submenu ?? []) as MenuItemConstructorOptions[];
const byLabel = (items: MenuItemConstructorOptions[], label: string) =>
  items.find((item) => item.label === label);
const labels = (items: MenuItemConstructorOptions[]) => items.map((item) => item.label ?? `(${item.type})`);
/** Calls an item's click handler as Electron would (no window: the tests have none). */
const click = (item: MenuItemConstructorOptions | undefined) =>
  item?.click?.({} as never, undefined, {} as never);

const RECENT: RecentFile[] = [
  { path: "/home/ada/cours/vmap.py", name: "vmap.py" },
  { path: "/home/ada/R&D.py", name: "R&D.py" },
];

describe("the application menu", () => {
  it("is in French, with the file commands and the recent files under Fichier", () => {
    const actions = fakeActions();
    const template = appMenuTemplate({ platform: "linux", appName: "Traceur", recentFiles: RECENT, actions });
    expect(labels(template)).toEqual(["Fichier", "Édition", "Exécution", "Affichage", "Aide"]);
    const file = submenu(byLabel(template, "Fichier"));
    expect(labels(file)).toEqual([
      "Ouvrir…",
      RECENT_FILES_LABEL,
      "(separator)",
      "Enregistrer",
      "Enregistrer sous…",
      "(separator)",
      "Copier le lien de partage",
      "(separator)",
      "Réglages…",
      "(separator)",
      "Fermer la fenêtre",
      "(separator)",
      "Quitter",
    ]);
    expect(RECENT_FILES_LABEL).toBe("Ouvrir un fichier récent");
    expect(byLabel(file, "Enregistrer")?.accelerator).toBe("CmdOrCtrl+S");
  });

  it("hands each command to the renderer", () => {
    const actions = fakeActions();
    const template = appMenuTemplate({ platform: "linux", appName: "Traceur", recentFiles: [], actions });
    const file = submenu(byLabel(template, "Fichier"));
    click(byLabel(file, "Ouvrir…"));
    click(byLabel(file, "Enregistrer sous…"));
    click(byLabel(file, "Réglages…"));
    click(byLabel(submenu(byLabel(template, "Exécution")), "Exécuter"));
    expect(actions.calls).toEqual([
      ["command", "open"],
      ["command", "save-as"],
      ["command", "settings"],
      ["command", "run"],
    ]);
  });

  it("lists the recent files, most recent first, with a way to clear them", () => {
    const actions = fakeActions();
    const template = appMenuTemplate({ platform: "linux", appName: "Traceur", recentFiles: RECENT, actions });
    const recent = submenu(byLabel(submenu(byLabel(template, "Fichier")), RECENT_FILES_LABEL));
    // "&" would underline the next letter: it is doubled to show as itself.
    expect(labels(recent)).toEqual(["vmap.py", "R&&D.py", "(separator)", "Effacer la liste"]);
    expect(recent[0]?.sublabel).toBe("/home/ada/cours/vmap.py");
    click(recent[1]);
    click(byLabel(recent, "Effacer la liste"));
    expect(actions.calls).toEqual([["openRecent", "/home/ada/R&D.py"], ["clear"]]);
    expect(byLabel(recent, "Effacer la liste")?.enabled).toBe(true);
  });

  it("says when there is no recent file", () => {
    const template = appMenuTemplate({
      platform: "win32",
      appName: "Traceur",
      recentFiles: [],
      actions: fakeActions(),
    });
    const recent = submenu(byLabel(submenu(byLabel(template, "Fichier")), RECENT_FILES_LABEL));
    expect(labels(recent)).toEqual(["Aucun fichier récent", "(separator)", "Effacer la liste"]);
    expect(recent[0]?.enabled).toBe(false);
    expect(byLabel(recent, "Effacer la liste")?.enabled).toBe(false);
  });

  it("has the application menu on macOS, with the settings and quitting there", () => {
    const template = appMenuTemplate({
      platform: "darwin",
      appName: "Traceur",
      recentFiles: [],
      actions: fakeActions(),
    });
    expect(labels(template)).toEqual(["Traceur", "Fichier", "Édition", "Exécution", "Affichage", "Aide"]);
    const appMenu = submenu(template[0]);
    expect(byLabel(appMenu, "Réglages…")?.accelerator).toBe("CmdOrCtrl+,");
    expect(byLabel(appMenu, "Quitter Traceur")?.role).toBe("quit");
    const file = submenu(byLabel(template, "Fichier"));
    expect(byLabel(file, "Quitter")).toBeUndefined();
    expect(byLabel(file, "Réglages…")).toBeUndefined();
  });
});
