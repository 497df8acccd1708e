import { chan, go, type RecvChan, type SendChan } from "go";

// The thermometer may only send readings, and close when done.
async function thermometer(readings: SendChan<number>) {
  for (const celsius of [19.5, 20.25, 21]) {
    await readings.send(celsius);
  }
  readings.close();
}

// The display may only receive them.
async function display(readings: RecvChan<number>) {
  for await (const celsius of readings) {
    console.log(`now ${celsius}°C`);
  }
  // readings.close();
}

export async function main() {
  const readings = chan<number>(); // both directions here...
  go(thermometer, readings); // ...send-only in the thermometer,
  await display(readings); // receive-only in the display.
}
