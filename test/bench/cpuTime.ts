/**
 * CPU time of one Chromium and its child processes (renderer, GPU, utilities), read from
 * /proc. On a shared machine the wall time of a print pass grows with every other job;
 * the CPU seconds it costs hardly do, so the benches print both. Linux only (0 elsewhere).
 */
import { readdirSync, readFileSync } from 'node:fs';
/** CPU seconds used so far by the Chromium whose command line names `marker` (its profile folder) and its descendants. */
export function chromiumCpuSeconds(marker: string): number {
  const procs = new Map<number, { ppid: number; ticks: number; cmd: string }>();
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return 0;
  }
  for (const d of entries.filter((x) => /^\d+$/.test(x))) {
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'latin1');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // utime, stime, and the waited-for children's cutime, cstime (clock ticks, 100 per second)
      procs.set(Number(d), {
        ppid: Number(f[1]),
        ticks: Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]),
        cmd: readFileSync(`/proc/${d}/cmdline`, 'latin1'),
      });
    } catch {
      /* gone */
    }
  }
  const root = [...procs].find(([, p]) => p.cmd.includes(marker) && !p.cmd.includes('--type='))?.[0];
  if (root === undefined) return 0;
  const inTree = (pid: number): boolean => {
    for (let p = pid, n = 0; p > 1 && n < 20; p = procs.get(p)?.ppid ?? 0, n++) if (p === root) return true;
    return false;
  };
  let ticks = 0;
  for (const [pid, p] of procs) if (inTree(pid)) ticks += p.ticks;
  return ticks / 100;
}
