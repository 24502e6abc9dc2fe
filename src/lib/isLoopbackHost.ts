/** A URL hostname on this machine (local runs and tests). @example isLoopbackHost('127.0.0.1') // true */
export function isLoopbackHost(hostname: string): boolean {
  return /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/.test(hostname);
}
