// The UI: styles, fonts, settings, translations, then the React app.
import "@fontsource/inter/400.css";
import "@fontsource/inter/500.css";
import "@fontsource/inter/600.css";
import "@fontsource/jetbrains-mono/400.css";
import "@fontsource/jetbrains-mono/600.css";
import "./styles.css";

import { StrictMode } from "react";
import { createRoot } from "react-dom/client";

import { App } from "./App.tsx";
import { getHost } from "./host.ts";
import { initI18n } from "./i18n/index.ts";

const container = document.getElementById("root");
if (!container) throw new Error("Traceur : l'élément #root est introuvable.");

const host = getHost();
const [settings, autosaved] = await Promise.all([host.loadSettings(), host.loadAutosave()]);
document.documentElement.dataset.theme = settings.theme;

await initI18n(settings.language);

createRoot(container).render(
  <StrictMode>
    <App host={host} initialSettings={settings} autosaved={autosaved} />
  </StrictMode>,
);
