// B5: 10 rounds of 100k async arrow functions made by map over an array (each a closure over
// `round`), each yielding once (setImmediate), joined with Promise.all; then an arrow function
// capturing a local, called 10M times.
const yieldNow = () => new Promise((resolve) => setImmediate(resolve));

async function main() {
  const items = [];
  for (let i = 0; i < 100000; i++) items.push(i);
  let sum = 0;
  for (let round = 0; round < 10; round++) {
    const results = await Promise.all(items.map(async (i) => {
      await yieldNow();
      return (i + round) % 1000;
    }));
    for (const r of results) sum += r;
  }
  const bias = 3;
  const f = (x) => (x ^ bias) & 1023;
  for (let i = 0; i < 10000000; i++) sum += f(i);
  console.log("B5 sum = " + sum);
}

main();
