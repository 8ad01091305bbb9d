// Summary statistics shared by the browser and the engine measurements.

const sorted = (samples) => [...samples].sort((a, b) => a - b);

export function median(samples) {
  const values = sorted(samples);
  const middle = values.length >> 1;
  return values.length % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

/** Nearest-rank percentile: a value that was actually measured, never an interpolation. */
export function percentile(samples, p) {
  const values = sorted(samples);
  return values[Math.max(0, Math.ceil((p / 100) * values.length) - 1)];
}

const round = (value) => Math.round(value * 100) / 100;

/** Median and p95, rounded to 0.01 (of ms or µs): finer digits are noise. */
export function summary(samples) {
  return { median: round(median(samples)), p95: round(percentile(samples, 95)), samples: samples.length };
}

/** Median and spread of a few repeats: min, max and the interquartile range (p25-p75, nearest rank). */
export function spread(samples) {
  return {
    median: round(median(samples)),
    min: round(Math.min(...samples)),
    max: round(Math.max(...samples)),
    p25: round(percentile(samples, 25)),
    p75: round(percentile(samples, 75)),
    samples: samples.length,
  };
}

/** mulberry32: a tiny seeded generator, so every run measures the same inputs. Returns [0, 1). */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
