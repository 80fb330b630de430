import { StrictMode } from "react";
import { createRoot } from "react-dom/client";

import { App } from "./App.tsx";
import { getHost } from "./host.ts";
import "./styles.css";

const container = document.getElementById("root");
if (!container) throw new Error("Traceur : l'élément #root est introuvable.");

createRoot(container).render(
  <StrictMode>
    <App host={getHost()} />
  </StrictMode>,
);
