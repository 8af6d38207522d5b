/** Small helpers shared by the benchmark's parts. */

/** Polls `probe` every 20 ms until it returns something other than null/undefined/false. */
export async function poll(what, probe, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  for (;;) {
    try {
      const value = await probe();
      if (value !== null && value !== undefined && value !== false) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? ` (${lastError.message ?? lastError})` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Rejects with a labelled error when `promise` takes longer than `ms`. */
export function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error(`${what} took longer than ${ms} ms`), { timeout: true })), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
