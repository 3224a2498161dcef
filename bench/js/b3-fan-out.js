// B3: 10 rounds of 100k tasks that each yield once (setImmediate), then Promise.all (WhenAll).
const yieldNow = () => new Promise((resolve) => setImmediate(resolve));

async function workAsync(i) {
  await yieldNow();
  return i % 1000;
}

async function main() {
  let sum = 0;
  for (let round = 0; round < 10; round++) {
    const tasks = [];
    for (let i = 0; i < 100000; i++) {
      tasks.push(workAsync(round * 100000 + i));
    }
    const results = await Promise.all(tasks);
    for (const r of results) {
      sum += r;
    }
  }
  console.log("B3 sum = " + sum);
}

main();
