import * as sync from "go/sync";

export async function main() {
  const owners = new sync.Map<string, string>(); // name -> who

  // Five people sign up at once; some want the same name.
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
      const answer = taken ? `is taken by ${owner}` : "is yours";
      console.log(`${who}: "${name}" ${answer}`);
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
