/**
 * Whether a process of this machine with that id still runs: signal 0 is delivered to nobody and
 * only asks. EPERM means it runs as another user. Used to tell the leftovers of a killed run (its
 * temp files, its lock) from those of a run still at work.
 */
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}
