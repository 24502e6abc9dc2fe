import { describe, expect, it } from 'vitest';
import { bufferUpTo } from '../../src/server/cache/bufferUpTo.ts';

const streamOf = (chunks: string[]) => {
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled === chunks.length) return controller.close();
      controller.enqueue(new TextEncoder().encode(chunks[pulled++]));
    },
  });
  return { stream, pulled: () => pulled };
};

describe('bufferUpTo', () => {
  it('keeps a body within the limit whole', async () => {
    const read = await bufferUpTo(streamOf(['ab', 'cd']).stream, 10);
    expect('kept' in read && read.kept.toString()).toBe('abcd');
  });

  it('streams a larger body on, every byte in order, without reading it all first', async () => {
    const chunks = Array.from({ length: 100 }, (_, i) => `chunk-${i};`);
    const source = streamOf(chunks);
    const read = await bufferUpTo(source.stream, 20);
    expect('stream' in read).toBe(true);
    expect(source.pulled()).toBeLessThan(10);
    if (!('stream' in read)) return;
    expect(await new Response(read.stream).text()).toBe(chunks.join(''));
  });

  it('treats no body as an empty one', async () => {
    const read = await bufferUpTo(null, 10);
    expect('kept' in read && read.kept.length).toBe(0);
  });
});
