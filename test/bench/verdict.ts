/** One wording for every benchmark: how a figure compares to its target (issue 6). */
export function verdict(what: string, value: number, target: number, unit = 'ms'): string {
  const shown = (x: number) => `${x.toLocaleString('de-DE', { maximumFractionDigits: 1 })} ${unit}`;
  return value < target
    ? `Ziel ${what} < ${shown(target)}: erfüllt (${shown(target - value)} Luft)`
    : `Ziel ${what} < ${shown(target)}: VERFEHLT um ${shown(value - target)}`;
}

/** For figures that must reach at least a target (a ratio, a throughput). */
export function verdictAtLeast(what: string, value: number, target: number): string {
  const shown = (x: number) => x.toLocaleString('de-DE', { maximumFractionDigits: 2 });
  return value >= target ? `Ziel ${what} ≥ ${shown(target)}: erfüllt` : `Ziel ${what} ≥ ${shown(target)}: VERFEHLT (${shown(value)})`;
}
