import { chan, go, type RecvChan, type SendChan } from "go";
import * as sync from "go/sync";

interface Request {
  city: string;
  reply: SendChan<string>; // where the answer goes
}

// One goroutine answers everyone, each on the channel
// that came with the question.
async function weatherDesk(requests: RecvChan<Request>) {
  const forecast = new Map([
    ["Oslo", "snow"],
    ["Lima", "fog"],
    ["Cairo", "sun"],
  ]);
  for await (const { city, reply } of requests) {
    await reply.send(forecast.get(city) ?? "no idea");
  }
}

async function ask(desk: SendChan<Request>, city: string) {
  const reply = chan<string>(1); // for this question alone
  await desk.send({ city, reply });
  return reply.recv();
}

export async function main() {
  const desk = chan<Request>();
  go(weatherDesk, desk);

  const wg = new sync.WaitGroup();
  for (const city of ["Oslo", "Lima", "Cairo", "Rome"]) {
    wg.add(1);
    go(async () => {
      try {
        console.log(`${city}: ${await ask(desk, city)}`);
      } finally {
        wg.done();
      }
    });
  }
  await wg.wait();
  desk.close(); // no more questions: the desk's loop ends
}
