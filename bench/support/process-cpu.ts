/**
 * CPU time a process has used (user + system), read from /proc (Linux). On a shared machine the
 * throughput of a case depends on what else runs, but the CPU time a server spends per request
 * hardly does: the benches report both, and compare cases by CPU per request as well.
 */
import { readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ, 100 on Linux). */
const ticksPerSecond = 100;

/** Seconds of CPU used so far by process `pid` (its threads included); undefined off Linux. */
export function cpuSecondsOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
  } catch {
    return undefined;
  }
}
