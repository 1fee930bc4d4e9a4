/**
 * Loaded with `node --import` into every process `make dev` starts (scripts/dev.ts), so that no service
 * outlives the runner, however the runner dies (Ctrl-C, a crash, SIGKILL).
 *
 * The runner gives each child one end of a socket pair on an extra file descriptor (its number in
 * `ILENIA_RUNNER_FD`) and keeps the other end. The runner never writes to it; when the runner's process
 * ends, whatever the reason, the kernel closes its end, the child reads end-of-file, and stops itself
 * with SIGTERM: its ordinary graceful shutdown, bounded by its shutdown deadline. Plain Linux, no
 * package (`prctl(PR_SET_PDEATHSIG)` would need native code), and plain JavaScript so that the web app's
 * dev server (Vite, which does not load tsx) takes it too.
 */
import { Socket } from 'node:net';

const fd = Number(process.env.ILENIA_RUNNER_FD);
if (Number.isInteger(fd) && fd > 2) {
  // For this process only: what it starts in turn has no such descriptor.
  delete process.env.ILENIA_RUNNER_FD;
  const link = new Socket({ fd, readable: true, writable: false });
  // The link watches; it never keeps the process alive.
  link.unref();
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    process.kill(process.pid, 'SIGTERM');
  };
  link.on('end', stop);
  link.on('close', stop);
  link.on('error', stop);
  link.resume();
}
