/** A function the calculator knows, with how many arguments it takes. */
interface MathFunction {
  minArgs: number;
  maxArgs: number;
  apply: (args: number[]) => number;
}

const one = (apply: (x: number) => number): MathFunction => ({
  minArgs: 1,
  maxArgs: 1,
  apply: ([x = Number.NaN]) => apply(x),
});

/** The calculator's functions. `log` is base 10 (or `log(x, base)`), `ln` natural; angles are radians. */
export const MATH_FUNCTIONS: Record<string, MathFunction> = {
  sqrt: one(Math.sqrt),
  cbrt: one(Math.cbrt),
  abs: one(Math.abs),
  floor: one(Math.floor),
  ceil: one(Math.ceil),
  trunc: one(Math.trunc),
  sign: one(Math.sign),
  exp: one(Math.exp),
  ln: one(Math.log),
  log2: one(Math.log2),
  log10: one(Math.log10),
  sin: one(Math.sin),
  cos: one(Math.cos),
  tan: one(Math.tan),
  asin: one(Math.asin),
  acos: one(Math.acos),
  atan: one(Math.atan),
  sinh: one(Math.sinh),
  cosh: one(Math.cosh),
  tanh: one(Math.tanh),
  log: {
    minArgs: 1,
    maxArgs: 2,
    apply: ([x = Number.NaN, base]) => (base === undefined ? Math.log10(x) : Math.log(x) / Math.log(base)),
  },
  round: {
    minArgs: 1,
    maxArgs: 2,
    apply: ([x = Number.NaN, digits = 0]) => {
      if (!Number.isInteger(digits) || digits < 0 || digits > 15) return Number.NaN;
      const factor = 10 ** digits;
      return Math.round(x * factor) / factor;
    },
  },
  pow: { minArgs: 2, maxArgs: 2, apply: ([x = Number.NaN, y = Number.NaN]) => x ** y },
  atan2: { minArgs: 2, maxArgs: 2, apply: ([y = Number.NaN, x = Number.NaN]) => Math.atan2(y, x) },
  min: { minArgs: 1, maxArgs: 100, apply: (args) => Math.min(...args) },
  max: { minArgs: 1, maxArgs: 100, apply: (args) => Math.max(...args) },
  hypot: { minArgs: 1, maxArgs: 100, apply: (args) => Math.hypot(...args) },
};

/** The calculator's constants. */
export const MATH_CONSTANTS: Record<string, number> = { pi: Math.PI, e: Math.E, tau: 2 * Math.PI };
