import * as sync from "go/sync";

export async function main() {
  const owners = new sync.Map<string, string>(); // username -> who has it

  // Five people sign up at the same time; some want the same name.
  const signups: [who: string, name: string][] = [
    ["ana", "gopher"],
    ["ben", "rustacean"],
    ["cat", "gopher"],
    ["dan", "pythonista"],
    ["eve", "gopher"],
  ];
  const wg = new sync.WaitGroup();
  for (const [who, name] of signups) {
    wg.go(() => {
      // Look up and store in one step: nobody can get in between.
      const [owner, taken] = owners.loadOrStore(name, who);
      if (taken) console.log(`${who}: "${name}" is taken by ${owner}`);
      else console.log(`${who}: "${name}" is yours`);
    });
  }
  await wg.wait();

  const [owner, ok] = owners.load("gopher");
  console.log("gopher belongs to", owner, ok);
  owners.delete("rustacean");
  owners.range((name, who) => {
    console.log(`  ${name}: ${who}`);
    return true; // go on to the next entry
  });
}
