/**
 * `<small-map>` with its props in a JSON script inside: the small map of a project or area page, mounted with Svelte 5's
 * `mount` once its box nears the screen (whenNear.ts). It does what `client:visible` did, without
 * Astro's island machinery on the server: for one empty box that machinery was ~20 % of an
 * uncached project page's CPU (issue #9, point 5: its props serialised twice and hashed, its
 * runtime script, and the garbage of all that). The props are ProjectMap's own, from the server.
 * https://svelte.dev/docs/svelte/imperative-component-api#mount
 */
import { whenNear } from './whenNear.ts';

class SmallMap extends HTMLElement {
  connectedCallback() {
    whenNear(this, () => void this.start());
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
