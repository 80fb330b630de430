import { useEffect, useState } from "react";

import type { AppInfo } from "../electron/ipc-contract.ts";
import type { Host } from "./host.ts";

interface PanelProps {
  readonly id: string;
  readonly title: string;
  readonly comingSoon: string;
}

function Panel({ id, title, comingSoon }: PanelProps) {
  return (
    <section className="panel" id={id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p className="placeholder">{comingSoon}</p>
    </section>
  );
}

function StatusBar({ host }: { readonly host: Host }) {
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    let live = true;
    host.getAppInfo().then(
      (next) => {
        if (live) setInfo(next);
      },
      (error: unknown) => console.error("Traceur : informations de l'application indisponibles", error),
    );
    return () => {
      live = false;
    };
  }, [host]);

  const isolated = globalThis.crossOriginIsolated;
  return (
    <footer className="status" aria-label="État">
      <span>{info ? `Traceur ${info.version}` : "Traceur"}</span>
      <span>
        {host.kind === "desktop" ? `Application de bureau (${info?.platform ?? "…"})` : "Navigateur"}
      </span>
      <span data-testid="isolation">
        {isolated ? "Isolation cross-origin : active" : "Isolation cross-origin : inactive"}
      </span>
    </footer>
  );
}

export function App({ host }: { readonly host: Host }) {
  return (
    <div className="app">
      <header className="app-header">
        <h1>Traceur</h1>
        <p className="subtitle">
          Apprendre JAX en le voyant : écrivez du Python, regardez le jaxpr, son graphe et ce qu'en font vmap,
          grad et jit.
        </p>
      </header>
      <main className="panels">
        <Panel id="editor" title="Éditeur" comingSoon="L'éditeur de code Python arrive bientôt." />
        <Panel id="graph" title="Graphe" comingSoon="Le graphe du jaxpr arrive bientôt." />
        <Panel id="jaxpr" title="Jaxpr" comingSoon="Le jaxpr, tel que JAX l'imprime, arrive bientôt." />
      </main>
      <StatusBar host={host} />
    </div>
  );
}
