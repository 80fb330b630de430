// jnp.einsum (jax/_src/numpy/einsum.py): opt_einsum's parsing and contraction path (its `optimal` search,
// which JAX's default 'auto' uses for up to four operands), then JAX's `_einsum`, which turns each pairwise
// contraction into reduce_sum / dot_general / transpose exactly as JAX does.
import type { Shape } from "../core/aval.ts";
import { type DType, resultType } from "../core/dtypes.ts";
import { EngineError, notSupported, valueError } from "../core/errors.ts";
import type { Value } from "../core/values.ts";
import * as lax from "../lax/lax.ts";
import { broadcastedIota } from "../lax/primitives/creation.ts";
import type { DotDimensionNumbers } from "../lax/primitives/dot.ts";
import { squeeze, transpose } from "../lax/primitives/shape.ts";
import { broadcastInDim } from "../lax/shapes.ts";
import { checkArraylike } from "./array-args.ts";
import { resultTypeOf } from "./promotion.ts";
import { reduceMonoid } from "../lax/primitives/reduce.ts";
import { isNone, type Plain } from "./reductions.ts";
import { fullLike } from "./where.ts";

export type DotFn = (lhs: Value, rhs: Value, dn: DotDimensionNumbers, preferred: DType) => Value;

/** One step of the path: which operands (popped in this order), the indices summed away, "ab,bc->ac". */
export interface Contraction {
  readonly operands: readonly number[];
  readonly removed: ReadonlySet<string>;
  readonly einsumStr: string;
}

// ---- opt_einsum's parser ----

const SYMBOLS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

function getSymbol(i: number): string {
  if (i < 52) return SYMBOLS[i];
  return String.fromCodePoint(i >= 55296 ? i + 2048 : i + 140);
}

function unusedSymbols(used: string, n: number): string {
  let out = "";
  for (let i = 0; out.length < n; i++) {
    const s = getSymbol(i);
    if (!used.includes(s)) out += s;
  }
  return out;
}

const sortedChars = (chars: Iterable<string>): string[] =>
  [...chars].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const count = (s: string, sub: string): number => s.split(sub).length - 1;

/** `find_output_str`: the indices that appear once, sorted. */
function findOutputStr(subscripts: string): string {
  const tmp = subscripts.replaceAll(",", "");
  return sortedChars(new Set(tmp))
    .filter((c) => count(tmp, c) === 1)
    .join("");
}

/** `parse_einsum_input` for the string form: input terms and the output term, ellipses expanded. */
function parseEinsumInput(subscriptsIn: string, shapes: readonly Shape[]): [string[], string] {
  let subscripts = subscriptsIn.replaceAll(" ", "");
  if (subscripts.includes("-") || subscripts.includes(">")) {
    const invalid = count(subscripts, "-") > 1 || count(subscripts, ">") > 1;
    if (invalid || count(subscripts, "->") !== 1) throw valueError("Subscripts can only contain one '->'.");
  }
  if (subscripts.includes(".")) {
    const used = subscripts.replaceAll(".", "").replaceAll(",", "").replaceAll("->", "");
    const ellipseInds = unusedSymbols(used, Math.max(0, ...shapes.map((s) => s.length)));
    let longest = 0;
    const hasOut = subscripts.includes("->");
    const [inputTmp, outputSub] = hasOut ? subscripts.split("->") : [subscripts, ""];
    const split = inputTmp.split(",");
    split.forEach((sub, num) => {
      if (!sub.includes(".")) return;
      if (count(sub, ".") !== 3 || count(sub, "...") !== 1) throw valueError("Invalid Ellipses.");
      const shape = shapes[num] ?? [];
      const ellipseCount = shape.length === 0 ? 0 : Math.max(shape.length, 1) - (sub.length - 3);
      longest = Math.max(longest, ellipseCount);
      if (ellipseCount < 0) throw valueError("Ellipses lengths do not match.");
      split[num] = sub.replace("...", ellipseCount === 0 ? "" : ellipseInds.slice(-ellipseCount));
    });
    subscripts = split.join(",");
    const outEllipse = longest === 0 ? "" : ellipseInds.slice(-longest);
    if (hasOut) subscripts += "->" + outputSub.replace("...", outEllipse);
    else {
      const outputSubscript = findOutputStr(subscripts);
      const normal = sortedChars(new Set(outputSubscript)).filter((c) => !outEllipse.includes(c));
      subscripts += "->" + outEllipse + normal.join("");
    }
  }
  let inputSubscripts: string;
  let outputSubscript: string;
  if (subscripts.includes("->")) [inputSubscripts, outputSubscript] = subscripts.split("->");
  else [inputSubscripts, outputSubscript] = [subscripts, findOutputStr(subscripts)];
  for (const c of outputSubscript) {
    if (count(outputSubscript, c) !== 1)
      throw valueError(`Output character '${c}' appeared more than once in the output.`);
    if (!inputSubscripts.includes(c)) throw valueError(`Output character '${c}' did not appear in the input`);
  }
  const inputs = inputSubscripts.split(",");
  if (inputs.length !== shapes.length) {
    throw valueError(
      `Number of einsum subscripts, ${inputs.length}, must be equal to the number of operands, ${shapes.length}.`,
    );
  }
  return [inputs, outputSubscript];
}

// ---- opt_einsum's contraction path ----

type Path = number[][];

const union = (...sets: ReadonlySet<string>[]): Set<string> => new Set(sets.flatMap((s) => [...s]));
const intersect = (a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> =>
  new Set([...a].filter((c) => b.has(c)));
const minus = (a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> =>
  new Set([...a].filter((c) => !b.has(c)));
const setKey = (s: ReadonlySet<string>): string => sortedChars(s).join("");

function sizeOf(indices: Iterable<string>, sizes: ReadonlyMap<string, number>): number {
  let n = 1;
  for (const c of indices) n *= sizes.get(c) as number;
  return n;
}

function flopCount(
  indices: ReadonlySet<string>,
  inner: boolean,
  numTerms: number,
  sizes: ReadonlyMap<string, number>,
): number {
  return sizeOf(indices, sizes) * (Math.max(1, numTerms - 1) + (inner ? 1 : 0));
}

function ssaToLinear(ssaPath: Path): Path {
  const n = ssaPath.reduce((a, s) => a + s.length, 0) - ssaPath.length + 1;
  const ids = Array.from({ length: n }, (_, i) => i);
  const path: Path = [];
  let ssa = n;
  for (const scon of ssaPath) {
    const con = scon.map((s) => ids.indexOf(s)).sort((a, b) => a - b);
    for (const j of [...con].reverse()) ids.splice(j, 1);
    ids.push(ssa);
    path.push(con);
    ssa++;
  }
  return path;
}

/** opt_einsum's `optimal`: a depth-first search over all pairwise orders, pruned by the best flop count. */
function optimalPath(
  inputs: ReadonlySet<string>[],
  output: ReadonlySet<string>,
  sizes: ReadonlyMap<string, number>,
): Path {
  let bestFlops = Infinity;
  let bestSsa: Path = [inputs.map((_, i) => i)];
  const cache = new Map<string, [Set<string>, number]>();
  const iterate = (path: Path, remaining: number[], ins: ReadonlySet<string>[], flops: number): void => {
    if (remaining.length === 1) {
      bestFlops = flops;
      bestSsa = path;
      return;
    }
    for (let a = 0; a < remaining.length; a++) {
      for (let b = a + 1; b < remaining.length; b++) {
        const [i, j] = [remaining[a], remaining[b]];
        const key = `${setKey(ins[i])}|${setKey(ins[j])}`;
        let hit = cache.get(key);
        if (!hit) {
          const either = union(ins[i], ins[j]);
          const shared = intersect(ins[i], ins[j]);
          const keep = union(output, ...remaining.filter((r) => r !== i && r !== j).map((r) => ins[r]));
          hit = [intersect(either, keep), flopCount(either, minus(shared, keep).size > 0, 2, sizes)];
          cache.set(key, hit);
        }
        const newFlops = flops + hit[1];
        if (newFlops >= bestFlops) continue;
        const rest = [...remaining.filter((r) => r !== i && r !== j), ins.length].sort((p, q) => p - q);
        iterate([...path, [i, j]], rest, [...ins, hit[0]], newFlops);
      }
    }
  };
  iterate(
    [],
    inputs.map((_, i) => i),
    inputs,
    0,
  );
  return ssaToLinear(bestSsa);
}

/** opt_einsum's `BranchBound` (`branch_all`, `branch_2`, `branch_1`): the cheapest few candidates at each step. */
function branchPath(
  inputs: ReadonlySet<string>[],
  output: ReadonlySet<string>,
  sizes: ReadonlyMap<string, number>,
  nbranch: number | null,
): Path {
  const cutoffFlopsFactor = 4;
  let best = { flops: Infinity, size: Infinity, ssa: [] as Path };
  const bestProgress = new Map<number, number>();
  const sizeCache = new Map<string, number>();
  const resultCache = new Map<string, [Set<string>, number]>();
  const sizeOfSet = (k: ReadonlySet<string>): number => {
    const key = setKey(k);
    let n = sizeCache.get(key);
    if (n === undefined) sizeCache.set(key, (n = sizeOf(k, sizes)));
    return n;
  };
  type Candidate = [
    cost: number,
    flops12: number,
    newFlops: number,
    newSize: number,
    i: number,
    j: number,
    k12: Set<string>,
  ];
  const before = (a: Candidate, b: Candidate): boolean => {
    for (let t = 0; t < 6; t++) if (a[t] !== b[t]) return a[t] < b[t];
    return false;
  };
  const iterate = (
    path: Path,
    ins: ReadonlySet<string>[],
    remaining: number[],
    flops: number,
    size: number,
  ): void => {
    if (remaining.length === 1) {
      best = { flops, size, ssa: path };
      return;
    }
    const assess = (i: number, j: number): Candidate | null => {
      const key = `${setKey(ins[i])}|${setKey(ins[j])}`;
      let hit = resultCache.get(key);
      if (!hit) {
        const either = union(ins[i], ins[j]);
        const shared = intersect(ins[i], ins[j]);
        const keep = union(output, ...remaining.filter((r) => r !== i && r !== j).map((r) => ins[r]));
        hit = [intersect(either, keep), flopCount(either, minus(shared, keep).size > 0, 2, sizes)];
        resultCache.set(key, hit);
      }
      const [k12, flops12] = hit;
      const size12 = sizeOfSet(k12);
      const newFlops = flops + flops12;
      const newSize = Math.max(size, size12);
      if (!(newFlops < best.flops || (newFlops === best.flops && newSize < best.size))) return null;
      const progress = bestProgress.get(ins.length) ?? Infinity;
      if (newFlops < progress) bestProgress.set(ins.length, newFlops);
      else if (newFlops > cutoffFlopsFactor * progress) return null;
      const cost = size12 - sizeOfSet(ins[i]) - sizeOfSet(ins[j]);
      return [cost, flops12, newFlops, newSize, i, j, k12];
    };
    const pairs: Array<[number, number]> = [];
    for (let a = 0; a < remaining.length; a++) {
      for (let b = a + 1; b < remaining.length; b++) pairs.push([remaining[a], remaining[b]]);
    }
    let candidates: Candidate[] = [];
    for (const [i, j] of pairs) {
      if (intersect(ins[i], ins[j]).size === 0) continue; // outer products only when nothing else is left
      const c = assess(i, j);
      if (c) candidates.push(c);
    }
    if (!candidates.length) {
      for (const [i, j] of pairs) {
        const c = assess(i, j);
        if (c) candidates.push(c);
      }
    }
    candidates = candidates.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
    for (let bi = 0; (nbranch === null || bi < nbranch) && bi < candidates.length; bi++) {
      const [, , newFlops, newSize, i, j, k12] = candidates[bi];
      const rest = [...remaining.filter((r) => r !== i && r !== j), ins.length].sort((p, q) => p - q);
      iterate([...path, [i, j]], [...ins, k12], rest, newFlops, newSize);
    }
  };
  iterate(
    [],
    inputs,
    inputs.map((_, i) => i),
    0,
    0,
  );
  return ssaToLinear(best.ssa);
}

function choosePath(
  optimize: Plain,
  inputs: ReadonlySet<string>[],
  output: ReadonlySet<string>,
  sizes: ReadonlyMap<string, number>,
): Path {
  const n = inputs.length;
  const pairwise = (): Path => Array.from({ length: n - 1 }, () => [0, 1]);
  if (Array.isArray(optimize)) {
    // An explicit path; opt_einsum accepts a leading 'einsum_path' marker.
    return (optimize as Plain[]).filter((p) => p !== "einsum_path").map((p) => [...(p as number[])]);
  }
  if (n <= 2) return [Array.from({ length: n }, (_, i) => i)];
  if (optimize === false) return pairwise();
  const kind = optimize === true || isNone(optimize) ? "optimal" : String(optimize).toLowerCase();
  if (kind === "optimal" || (kind === "auto" && n <= 4)) return optimalPath(inputs, output, sizes);
  // 'auto' picks branch_all for 5-6 operands, branch_2 for 7-8 and branch_1 up to 14.
  const autoBranch = n <= 6 ? null : n <= 8 ? 2 : n <= 14 ? 1 : undefined;
  if (kind === "auto" && autoBranch !== undefined) return branchPath(inputs, output, sizes, autoBranch);
  const named: Record<string, number | null> = { "branch-all": null, "branch-2": 2, "branch-1": 1 };
  if (kind in named) return branchPath(inputs, output, sizes, named[kind]);
  throw notSupported(`jnp.einsum with optimize='${kind}' for ${n} operands`);
}

/** `contract_path(..., einsum_call=True)`: each step's operand positions, removed indices and einsum string. */
function contractPath(
  inputList: string[],
  output: string,
  shapes: readonly Shape[],
  optimize: Plain,
): Contraction[] {
  const sizes = new Map<string, number>();
  inputList.forEach((term, t) => {
    const sh = shapes[t];
    if (sh.length !== term.length) {
      throw valueError(
        `Einstein sum subscript '${term}' does not contain the correct number of indices for operand ${t}.`,
      );
    }
    [...term].forEach((c, k) => {
      const dim = sh[k];
      const prev = sizes.get(c);
      if (prev === undefined || prev === 1) sizes.set(c, dim);
      else if (dim !== 1 && dim !== prev) {
        throw valueError(
          `Size of label '${c}' for operand ${t} (${prev}) does not match previous terms (${dim}).`,
        );
      }
    });
  });
  let inputSets: Set<string>[] = inputList.map((t) => new Set(t));
  const outputSet = new Set(output);
  const path = choosePath(optimize, inputSets, outputSet, sizes);
  const list = [...inputList];
  const contractions: Contraction[] = [];
  path.forEach((indsIn, cnum) => {
    const inds = [...indsIn].sort((a, b) => b - a);
    const remaining = [...inputSets];
    const taken = inds.map((i) => remaining.splice(i, 1)[0]);
    const idxContract = union(...taken);
    const newResult = intersect(union(outputSet, ...remaining), idxContract);
    const removed = minus(idxContract, newResult);
    inputSets = [...remaining, newResult];
    const tmpInputs = inds.map((i) => list.splice(i, 1)[0]);
    let idxResult: string;
    if (cnum === path.length - 1) idxResult = output;
    else {
      const all = tmpInputs.join("");
      idxResult = [...newResult].sort((a, b) => all.indexOf(a) - all.indexOf(b)).join("");
    }
    list.push(idxResult);
    contractions.push({ operands: inds, removed, einsumStr: `${tmpInputs.join(",")}->${idxResult}` });
  });
  return contractions;
}

// ---- JAX's _einsum ----

const removeChars = (s: string, chars: string): string => [...s].filter((c) => !chars.includes(c)).join("");

function counter(names: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const c of names) m.set(c, (m.get(c) ?? 0) + 1);
  return m;
}

/** `lax._delta(bool, shape, axes)`: True where the indices along `axes` are all equal. */
function delta(shape: Shape, axes: readonly number[]): Value {
  const base = axes.map((a) => shape[a]);
  const iotas = base.map((_, i) => broadcastedIota("uint32", base, i));
  const eyes = iotas.slice(1).map((next, k) => lax.eq(iotas[k], next));
  const result = eyes.reduce((acc, e) => lax.bitwiseAnd(acc, e));
  return broadcastInDim(result, shape, axes);
}

/** What `opt_einsum.contract_path(..., einsum_call=True)` returns for jnp.einsum: the contraction steps. */
export function planEinsum(subscripts: string, shapes: readonly Shape[], optimize: Plain): Contraction[] {
  const [inputs, output] = parseEinsumInput(subscripts, shapes);
  return contractPath(inputs, output, shapes, optimize);
}

export function einsum(
  subscripts: Plain,
  operandsIn: readonly Value[],
  optimize: Plain,
  dotGeneral: DotFn,
  preferredIn: DType | null,
): Value {
  if (typeof subscripts !== "string")
    throw notSupported("jnp.einsum with interleaved operands and subscripts");
  const contractions = planEinsum(
    subscripts,
    operandsIn.map((o) => o.aval.shape),
    optimize,
  );
  checkArraylike("einsum", operandsIn);

  let preferred: DType;
  let outputWeak: boolean;
  if (preferredIn === null) ({ dtype: preferred, weak: outputWeak } = resultTypeOf(operandsIn));
  else [preferred, outputWeak] = [preferredIn, false];

  const sum = (x: Value, axes: readonly number[]): Value => {
    let y = x;
    if (
      resultType([
        { dtype: y.aval.dtype, weak: y.aval.weakType },
        { dtype: preferred, weak: false },
      ]).dtype !== y.aval.dtype
    ) {
      y = lax.convertElementType(y, preferred);
    }
    const out = reduceMonoid(y, y.aval.dtype === "bool" ? "or" : "sum", axes);
    return lax.convertElementType(out, out.aval.dtype, false);
  };
  const sumUniques = (operand: Value, names: string, uniques: string[]): [Value, string] => {
    if (!uniques.length) return [operand, names];
    const axes = uniques.map((n) => names.indexOf(n));
    return [sum(operand, axes), removeChars(names, uniques.join(""))];
  };
  const sumRepeats = (
    operand: Value,
    names: string,
    counts: Map<string, number>,
    keep: string,
  ): [Value, string] => {
    for (const [name, c] of counts) {
      if (c <= 1) continue;
      const axes = [...names].flatMap((n, i) => (n === name ? [i] : []));
      const eye = delta(operand.aval.shape, axes);
      operand = lax.select(eye, operand, fullLike(operand, 0));
      if (!keep.includes(name)) {
        operand = sum(operand, axes);
        names = names.replaceAll(name, "");
      } else {
        operand = sum(operand, axes.slice(0, -1));
        let dropped = 0;
        names = [...names].filter((n) => !(n === name && dropped++ < c - 1)).join("");
      }
    }
    return [operand, names];
  };
  const filterSingletonDims = (
    operand: Value,
    names: string,
    otherShape: Shape,
    otherNames: string,
  ): [Value, string] => {
    const keep = [...names].map((n, i) => {
      const j = otherNames.indexOf(n);
      return operand.aval.shape[i] !== 1 || j === -1 || otherShape[j] === 1;
    });
    const squeezed = keep.flatMap((k, i) => (k ? [] : [i]));
    return [squeeze(operand, squeezed), [...names].filter((_, i) => keep[i]).join("")];
  };

  const operands = [...operandsIn];
  for (const { operands: indices, removed, einsumStr } of contractions) {
    let contracted = sortedChars(removed);
    const [inputStr, resultNames] = einsumStr.split("->");
    const inputNames = inputStr.split(",");
    let operand: Value;
    let names: string;
    if (indices.length === 1) {
      operand = operands.splice(indices[0], 1)[0];
      names = inputNames[0];
      const counts = counter(names);
      [operand, names] = sumUniques(
        operand,
        names,
        contracted.filter((n) => counts.get(n) === 1),
      );
      [operand, names] = sumRepeats(operand, names, counts, resultNames);
    } else if (indices.length === 2) {
      let lhs = operands.splice(indices[0], 1)[0];
      let rhs = operands.splice(indices[1], 1)[0];
      let [lhsNames, rhsNames] = inputNames;
      [lhs, lhsNames] = filterSingletonDims(lhs, lhsNames, rhs.aval.shape, rhsNames);
      [rhs, rhsNames] = filterSingletonDims(rhs, rhsNames, lhs.aval.shape, lhsNames);
      const lc = counter(lhsNames);
      const rc = counter(rhsNames);
      [lhs, lhsNames] = sumUniques(
        lhs,
        lhsNames,
        contracted.filter((n) => lc.get(n) === 1 && !rc.get(n)),
      );
      [rhs, rhsNames] = sumUniques(
        rhs,
        rhsNames,
        contracted.filter((n) => rc.get(n) === 1 && !lc.get(n)),
      );
      [lhs, lhsNames] = sumRepeats(lhs, lhsNames, lc, resultNames + rhsNames);
      [rhs, rhsNames] = sumRepeats(rhs, rhsNames, rc, resultNames + lhsNames);
      const either = new Set([...lhsNames, ...rhsNames]);
      contracted = contracted.filter((x) => either.has(x));
      const both = new Set([...lhsNames].filter((c) => rhsNames.includes(c)));
      const batchNames = [...resultNames].filter((x) => both.has(x));
      const lhsBatch = batchNames.map((n) => lhsNames.indexOf(n));
      const rhsBatch = batchNames.map((n) => rhsNames.indexOf(n));
      const batchStr = batchNames.join("");
      const lhsCont = contracted.map((n) => lhsNames.indexOf(n));
      const rhsCont = contracted.map((n) => rhsNames.indexOf(n));
      const deleted = batchStr + contracted.join("");
      const remLhs = removeChars(lhsNames, deleted);
      const remRhs = removeChars(rhsNames, deleted);
      names = batchStr + remRhs + remLhs;
      if (names === resultNames) {
        operand = dotGeneral(
          rhs,
          lhs,
          [
            [rhsCont, lhsCont],
            [rhsBatch, lhsBatch],
          ],
          preferred,
        );
      } else {
        names = batchStr + remLhs + remRhs;
        operand = dotGeneral(
          lhs,
          rhs,
          [
            [lhsCont, rhsCont],
            [lhsBatch, rhsBatch],
          ],
          preferred,
        );
      }
    } else {
      throw new EngineError(
        "NotImplementedError",
        "jax.numpy.einsum does not support simultaneous contraction of 3 or more operands. Typically this means " +
          "you've passed an unsupported path to the einsum optimize parameter.",
      );
    }
    if (names !== resultNames)
      operand = transpose(
        operand,
        [...resultNames].map((n) => names.indexOf(n)),
      );
    operands.push(operand);
  }
  return lax.convertElementType(operands[0], preferred, outputWeak);
}
