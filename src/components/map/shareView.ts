/**
 * Keeps the map's view wherever the page links to itself (issue #3, point 2): the address bar
 * (history.replaceState, so Back still leaves the page), the filter form's `at` field, and the
 * links to this page in other languages, so that switching language keeps the place too.
 */
export function shareView(at: string, formInputId?: string) {
  const url = new URL(location.href);
  url.searchParams.set('at', at);
  history.replaceState(history.state, '', url);
  const input = formInputId ? document.getElementById(formInputId) : null;
  if (input instanceof HTMLInputElement) input.value = at;
  const samePage = (path: string) => path.split('/').slice(2).join('/') === location.pathname.split('/').slice(2).join('/');
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[hreflang]')) {
    const target = new URL(link.href);
    if (target.origin !== location.origin || !samePage(target.pathname)) continue;
    target.searchParams.set('at', at);
    link.href = target.pathname + target.search;
  }
}
