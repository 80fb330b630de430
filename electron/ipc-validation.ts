/**
 * The main process's check of every IPC call's arguments: a compromised or buggy renderer must not be
 * able to make it write, read or remember anything else than what the contract allows. Each check
 * returns the typed arguments or throws an {@link IpcArgumentError}.
 */
import { IpcChannel, type IpcArgs, type IpcChannelName } from "./ipc-contract.ts";
import { fitsSourceLimit, MAX_SOURCE_BYTES } from "./source-text.ts";
import { isSettings } from "./settings-schema.ts";

/** Longer than any path a file dialog hands out on the three systems. */
export const MAX_PATH_LENGTH = 4096;

export class IpcArgumentError extends Error {
  constructor(channel: string, problem: string) {
    super(`IPC refusé (${channel}) : ${problem}`);
    this.name = "IpcArgumentError";
  }
}

type Check<C extends IpcChannelName> = (args: readonly unknown[]) => IpcArgs[C];

function exactly(channel: string, args: readonly unknown[], count: number): void {
  if (args.length !== count)
    throw new IpcArgumentError(channel, `${count} argument(s) attendu(s), ${args.length} reçu(s)`);
}

const noArgs =
  <C extends IpcChannelName>(channel: C): Check<C> =>
  (args) => {
    exactly(channel, args, 0);
    return [] as unknown as IpcArgs[C];
  };

const sourceText =
  <C extends IpcChannelName>(channel: C): Check<C> =>
  (args) => {
    exactly(channel, args, 1);
    const [text] = args;
    if (typeof text !== "string") throw new IpcArgumentError(channel, "le texte doit être une chaîne");
    if (!fitsSourceLimit(text)) {
      throw new IpcArgumentError(channel, `texte de plus de ${MAX_SOURCE_BYTES} octets`);
    }
    return [text] as unknown as IpcArgs[C];
  };

const CHECKS: { readonly [C in IpcChannelName]: Check<C> } = {
  [IpcChannel.getAppInfo]: noArgs(IpcChannel.getAppInfo),
  [IpcChannel.openFile]: noArgs(IpcChannel.openFile),
  [IpcChannel.openRecent]: (args) => {
    exactly(IpcChannel.openRecent, args, 1);
    const [path] = args;
    if (
      typeof path !== "string" ||
      path.length === 0 ||
      path.length > MAX_PATH_LENGTH ||
      path.includes("\0")
    ) {
      throw new IpcArgumentError(IpcChannel.openRecent, "chemin invalide");
    }
    return [path];
  },
  [IpcChannel.saveFile]: sourceText(IpcChannel.saveFile),
  [IpcChannel.saveFileAs]: sourceText(IpcChannel.saveFileAs),
  [IpcChannel.getRecentFiles]: noArgs(IpcChannel.getRecentFiles),
  [IpcChannel.autosave]: sourceText(IpcChannel.autosave),
  [IpcChannel.loadAutosave]: noArgs(IpcChannel.loadAutosave),
  [IpcChannel.getSettings]: noArgs(IpcChannel.getSettings),
  [IpcChannel.setSettings]: (args) => {
    exactly(IpcChannel.setSettings, args, 1);
    const [settings] = args;
    if (!isSettings(settings)) throw new IpcArgumentError(IpcChannel.setSettings, "réglages invalides");
    return [{ theme: settings.theme, language: settings.language, backend: settings.backend }];
  },
  [IpcChannel.setDocumentState]: (args) => {
    exactly(IpcChannel.setDocumentState, args, 1);
    const [state] = args;
    const valid =
      typeof state === "object" &&
      state !== null &&
      Object.keys(state).length === 1 &&
      typeof (state as { modified?: unknown }).modified === "boolean";
    if (!valid) throw new IpcArgumentError(IpcChannel.setDocumentState, "état du document invalide");
    return [{ modified: (state as { modified: boolean }).modified }];
  },
  [IpcChannel.closeWindow]: noArgs(IpcChannel.closeWindow),
};

/** The arguments of a call on `channel`, checked; throws {@link IpcArgumentError} if they are not as the contract says. */
export function checkIpcArgs<C extends IpcChannelName>(channel: C, args: readonly unknown[]): IpcArgs[C] {
  return CHECKS[channel](args);
}
