import * as fs from 'fs';

/**
 * Resident memory of a whole process tree, read from Linux's /proc: the root process and
 * every descendant (jscodeshift forks worker processes; our workers are threads, counted in
 * their process). `/usr/bin/time -v` would only give the largest single process.
 */

const PAGE_SIZE = 4096;

interface ProcStat {
  pid: number;
  parent: number;
  rssBytes: number;
}

/** Fields of /proc/PID/stat after the command name, which may itself hold spaces or ')'. */
function readProcStat(pid: number): ProcStat | null {
  let text: string;
  try {
    text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null; // exited meanwhile
  }
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  // fields[0] is field 3 (state): ppid is field 4, rss (in pages) field 24.
  return { pid, parent: Number(fields[1]), rssBytes: Number(fields[21]) * PAGE_SIZE };
}

/** Sum of the RSS of `rootPid` and all its descendants right now, in bytes (0 once it is gone). */
export function readProcessTreeRss(rootPid: number): number {
  let pids: number[];
  try {
    pids = fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name)).map(Number);
  } catch {
    return 0;
  }
  const children = new Map<number, ProcStat[]>();
  let root: ProcStat | null = null;
  for (const pid of pids) {
    const stat = readProcStat(pid);
    if (!stat) continue;
    if (pid === rootPid) root = stat;
    const siblings = children.get(stat.parent) ?? [];
    siblings.push(stat);
    children.set(stat.parent, siblings);
  }
  if (!root) return 0;
  let total = 0;
  const pending = [root];
  while (pending.length > 0) {
    const stat = pending.pop() as ProcStat;
    total += stat.rssBytes;
    pending.push(...(children.get(stat.pid) ?? []));
  }
  return total;
}

export function canReadProcessTree(): boolean {
  return fs.existsSync('/proc/self/stat');
}
