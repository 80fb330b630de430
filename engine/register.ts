// Loads every module that defines primitives or Python-visible functions, for their side effects.
import "./lax/primitives/elementwise.ts";
import "./lax/primitives/broadcast.ts";
import "./transforms/jit.ts";
import "./numpy/ufuncs.ts";
