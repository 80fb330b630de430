import { describe, expect, it } from "vitest";

import {
  APP_RESPONSE_HEADERS,
  CONTENT_SECURITY_POLICY,
  contentTypeOf,
  DEV_CONTENT_SECURITY_POLICY,
} from "../../electron/security.ts";

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((part) => {
      const [name = "", ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

describe("app response headers", () => {
  it("make the app cross-origin isolated (SharedArrayBuffer)", () => {
    expect(APP_RESPONSE_HEADERS["Cross-Origin-Opener-Policy"]).toBe("same-origin");
    expect(APP_RESPONSE_HEADERS["Cross-Origin-Embedder-Policy"]).toBe("require-corp");
    expect(APP_RESPONSE_HEADERS["Content-Security-Policy"]).toBe(CONTENT_SECURITY_POLICY);
  });

  it("allow scripts from the app only, with WebAssembly but without eval", () => {
    const csp = directives(CONTENT_SECURITY_POLICY);
    expect(csp.get("script-src")).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toContain("'unsafe-eval'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:/);
  });

  it("relax the policy only for the dev server, never with eval", () => {
    const dev = directives(DEV_CONTENT_SECURITY_POLICY);
    expect(dev.get("script-src")).toContain("'unsafe-inline'");
    expect(DEV_CONTENT_SECURITY_POLICY).not.toContain("'unsafe-eval'");
    expect(directives(CONTENT_SECURITY_POLICY).get("script-src")).not.toContain("'unsafe-inline'");
  });
});

describe("contentTypeOf", () => {
  it("serves wasm as application/wasm (streaming compilation needs it)", () => {
    expect(contentTypeOf("pyodide.asm.wasm")).toBe("application/wasm");
  });

  it("knows scripts, pages and styles", () => {
    expect(contentTypeOf("index.html")).toMatch(/^text\/html/);
    expect(contentTypeOf("a/b/pyodide.mjs")).toMatch(/^text\/javascript/);
    expect(contentTypeOf("x.JS")).toMatch(/^text\/javascript/);
    expect(contentTypeOf("style.css")).toMatch(/^text\/css/);
  });

  it("falls back to octet-stream", () => {
    expect(contentTypeOf("README")).toBe("application/octet-stream");
    expect(contentTypeOf("data.bin")).toBe("application/octet-stream");
  });
});
