/**
 * Reads a body into memory up to `limit` bytes. A larger one is not worth holding (the page
 * cache would refuse it anyway), so it streams on as it came: a 34 MB open-data export was read
 * whole into memory and then compressed, only to be dropped (issue #9, server memory).
 */
export async function bufferUpTo(body: ReadableStream<Uint8Array> | null, limit: number): Promise<{ kept: Buffer } | { stream: ReadableStream<Uint8Array> }> {
  if (!body) return { kept: Buffer.alloc(0) };
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { kept: Buffer.concat(chunks) };
    chunks.push(value);
    size += value.byteLength;
    if (size > limit) break;
  }
  return {
    stream: new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of chunks.splice(0)) controller.enqueue(chunk);
      },
      async pull(controller) {
        const { done, value } = await reader.read();
        if (done) controller.close();
        else controller.enqueue(value);
      },
      cancel: (reason) => reader.cancel(reason),
    }),
  };
}
