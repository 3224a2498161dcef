// B1: 10M calls of an async function whose await completes synchronously (`await undefined`).
async function valueAsync(i) {
  await undefined;
  return i % 1000;
}

async function main() {
  let sum = 0;
  for (let i = 0; i < 10000000; i++) {
    sum += await valueAsync(i);
  }
  console.log("B1 sum = " + sum);
}

main();
