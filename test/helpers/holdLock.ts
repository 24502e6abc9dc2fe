/**
 * Another process takes SQLite's write lock on `url` and holds it for `ms`, as an import CLI or
 * a backup would. Resolves once it holds it; `released` resolves with the moment it let go.
 * (It must be another process: libSQL's file client waits for locks on the main thread.)
 */
import { spawn } from 'node:child_process';

export async function holdLock(url: string, ms: number): Promise<{ released: Promise<number> }> {
  const script = `import { createClient } from '@libsql/client';
const c = createClient({ url: ${JSON.stringify(url)} });
const tx = await c.transaction('write');
console.log('locked');
setTimeout(async () => { console.log('release ' + Date.now()); await tx.commit(); c.close(); }, ${ms});`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  await new Promise<void>((ok) => child.stdout.on('data', (d) => ((out += d), out.includes('locked') && ok())));
  return { released: new Promise((ok) => child.on('exit', () => ok(Number(/release (\d+)/.exec(out)?.[1])))) };
}
