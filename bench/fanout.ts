// npm run bench:fanout: notices fanned out to many members through the real relay, BullMQ workers
// and a platform sender, against a local platform API.
//   BENCH_MODE=steady (default): a reschedule to up to 1,000 members on a fake Telegram enforcing
//     its limits; the accepted rate against the allowed one (bench/fanout-steady.ts).
//   BENCH_MODE=flood: 500 DMs on a fake Discord that refuses a share of them and, for 3 s, every
//     request bot-wide; the ideal time against the actual one (bench/fanout-flood.ts).
const mode = process.env.BENCH_MODE ?? "steady";
if (mode === "flood") await import("./fanout-flood.ts");
else if (mode === "steady") await import("./fanout-steady.ts");
else {
  console.error(`BENCH_MODE must be steady or flood, not ${mode}`);
  process.exit(2);
}
