// B2: 1M calls that each suspend once, through a setImmediate-based yield (Task.Yield).
const yieldNow = () => new Promise((resolve) => setImmediate(resolve));

async function stepAsync(i) {
  await yieldNow();
  return i % 1000;
}

async function main() {
  let sum = 0;
  for (let i = 0; i < 1000000; i++) {
    sum += await stepAsync(i);
  }
  console.log("B2 sum = " + sum);
}

main();
