// B4: async Fib(27) with a setImmediate-based yield (Task.Yield) every 5th level of the recursion.
const yieldNow = () => new Promise((resolve) => setImmediate(resolve));

async function fibAsync(n) {
  if (n < 2) {
    return n;
  }
  if (n % 5 === 0) {
    await yieldNow();
  }
  return (await fibAsync(n - 1)) + (await fibAsync(n - 2));
}

async function main() {
  const f = await fibAsync(27);
  console.log("B4 fib(27) = " + f);
}

main();
