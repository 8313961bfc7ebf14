/** Runs `job` every `seconds` (0: never), one run at a time; `run` starts one now. */
export function every(seconds: number, job: () => Promise<void>) {
  let running: Promise<void> | null = null;
  const run = () => {
    if (running) return;
    running = job().finally(() => {
      running = null;
    });
  };
  const timer = seconds > 0 ? setInterval(run, seconds * 1000) : null;
  timer?.unref();
  return {
    run,
    async stop() {
      if (timer) clearInterval(timer);
      await running;
    },
  };
}
