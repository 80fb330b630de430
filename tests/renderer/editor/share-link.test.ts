import { describe, expect, it } from "vitest";

import { decodeShareFragment, encodeShareFragment } from "../../../renderer/editor/share-link.ts";

describe("share links", () => {
  it("carry the source as base64url of its UTF-8 bytes", () => {
    const source = "print('déjà vu')  # ∂f/∂x\n";
    const fragment = encodeShareFragment(source);
    expect(fragment).toBe(`#code=${Buffer.from(source, "utf8").toString("base64url")}`);
    expect(fragment.slice("#code=".length)).not.toMatch(/[+/=]/);
    expect(decodeShareFragment(fragment)).toBe(source);
  });

  it("read fragments made elsewhere, with or without the #", () => {
    const encoded = Buffer.from("import jax\n", "utf8").toString("base64url");
    expect(decodeShareFragment(`code=${encoded}`)).toBe("import jax\n");
  });

  it("refuse fragments that carry no code or no UTF-8", () => {
    expect(decodeShareFragment("")).toBeNull();
    expect(decodeShareFragment("#lesson=2")).toBeNull();
    expect(decodeShareFragment(`#code=${Buffer.from([0xff, 0xfe, 0x00]).toString("base64url")}`)).toBeNull();
    expect(decodeShareFragment("#code=!!!")).toBeNull();
  });
});
