/**
 * The soak's window into the server's heap: the server runs with `--inspect=127.0.0.1:0` (only
 * in the soak), and this client speaks the Chrome DevTools Protocol to it over the WebSocket the
 * server prints on start, to force a full GC before a memory reading, read `process.memoryUsage()`
 * and, when asked, write a heap snapshot for Chrome DevTools' Memory tab.
 * https://chromedevtools.github.io/devtools-protocol/v8/HeapProfiler/
 */
import { createWriteStream } from 'node:fs';

export interface ServerMemory {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
}

export class ServerInspector {
  private readonly socket: WebSocket;
  private next = 1;
  private readonly pending = new Map<number, { done: (v: unknown) => void; fail: (e: Error) => void }>();
  private onChunk: ((chunk: string) => void) | undefined;

  private constructor(socket: WebSocket) {
    this.socket = socket;
    socket.addEventListener('message', (event) => {
      const message = JSON.parse(String(event.data));
      if (message.method === 'HeapProfiler.addHeapSnapshotChunk') this.onChunk?.(message.params.chunk);
      const waiting = message.id === undefined ? undefined : this.pending.get(message.id);
      if (!waiting) return;
      this.pending.delete(message.id);
      if (message.error) waiting.fail(new Error(message.error.message));
      else waiting.done(message.result);
    });
  }

  /** Finds the `ws://…` address in the server's output (Node prints it on stderr on start). */
  static async connect(output: () => string): Promise<ServerInspector> {
    const address = /Debugger listening on (ws:\/\/\S+)/.exec(output())?.[1];
    if (!address) throw new Error('the server was not started with --inspect');
    const socket = new WebSocket(address);
    await new Promise((done, fail) => {
      socket.addEventListener('open', done, { once: true });
      socket.addEventListener('error', () => fail(new Error(`cannot reach ${address}`)), { once: true });
    });
    return new ServerInspector(socket);
  }

  private send(method: string, params: object = {}): Promise<unknown> {
    const id = this.next++;
    return new Promise((done, fail) => {
      this.pending.set(id, { done, fail });
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  /** A full, compacting GC twice (the second one collects what the first one's finalizers freed). */
  async collectGarbage(): Promise<void> {
    await this.send('HeapProfiler.collectGarbage');
    await this.send('HeapProfiler.collectGarbage');
  }

  async memory(): Promise<ServerMemory> {
    const result = (await this.send('Runtime.evaluate', { expression: 'JSON.stringify(process.memoryUsage())', returnByValue: true })) as {
      result: { value: string };
    };
    return JSON.parse(result.result.value);
  }

  /** Writes a `.heapsnapshot` file (it also forces a GC first, as V8 always does for one). */
  async heapSnapshot(path: string): Promise<void> {
    await this.send('HeapProfiler.enable');
    const file = createWriteStream(path);
    this.onChunk = (chunk) => file.write(chunk);
    await this.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    this.onChunk = undefined;
    await new Promise((done) => file.end(done));
  }

  close(): void {
    this.socket.close();
  }
}
