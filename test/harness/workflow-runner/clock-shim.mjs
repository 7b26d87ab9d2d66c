// Preloaded into the Node processes a workflow step starts (NODE_OPTIONS=--import=…), so that they
// see the scenario's clock: SPECPIPE_TEST_CLOCK is "<virtual ms>:<real ms>" taken at the same
// moment, and Date is shifted by the difference. Timers are untouched (they use a monotonic clock).
const spec = process.env.SPECPIPE_TEST_CLOCK;
if (spec) {
  const [virtualMs, realMs] = spec.split(":").map(Number);
  const offset = virtualMs - realMs;
  if (Number.isFinite(offset) && offset !== 0) {
    const RealDate = Date;
    const now = () => RealDate.now() + offset;
    globalThis.Date = new Proxy(RealDate, {
      construct(target, args) {
        return args.length === 0 ? new target(now()) : new target(...args);
      },
      apply() {
        return new RealDate(now()).toString();
      },
      get(target, property, receiver) {
        if (property === "now") return now;
        return Reflect.get(target, property, receiver);
      },
    });
  }
}
