/**
 * `<small-map>`, with ProjectMap's props in a JSON script inside: the small map of a project or
 * area page, mounted with Svelte 5's `mount` once its box is on screen (whenNear.ts). It does
 * what `client:visible` did, without Astro's island machinery on the server: for one empty box
 * that machinery was ~20 % of an uncached project page's CPU (issue #9, point 5: its props
 * serialised twice and hashed, its runtime script, and the garbage of all that).
 * https://svelte.dev/docs/svelte/imperative-component-api#mount
 */
import { whenNear } from './whenNear.ts';

class SmallMap extends HTMLElement {
  connectedCallback() {
    // On screen, not near it: the component's own download waits as `client:visible` made it
    // wait (a margin started the map, MapLibre and all, at load on a phone's project page:
    // Lighthouse's blocking time 0 -> 820 ms). ProjectMap then starts MapLibre at once.
    whenNear(this, () => void this.start(), '0px');
  }

  private async start() {
    const [{ mount }, { default: ProjectMap }] = await Promise.all([import('svelte'), import('./ProjectMap.svelte')]);
    const props = JSON.parse(this.querySelector('script[type="application/json"]')?.textContent ?? '{}');
    // The server's box stands in until the component draws the same box.
    this.replaceChildren();
    mount(ProjectMap, { target: this, props });
  }
}

if (!customElements.get('small-map')) customElements.define('small-map', SmallMap);
