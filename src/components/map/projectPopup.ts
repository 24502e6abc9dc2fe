/**
 * One project's popup: title linking to its page, plain-language status, progress.
 * Wraps maplibre-gl's Popup: https://maplibre.org/maplibre-gl-js/docs/API/classes/Popup/
 * Built as DOM nodes (setDOMContent) so no title can inject markup.
 */
import type { LngLatLike, Map as MapLibreMap, Popup } from 'maplibre-gl';
import type { MapCard } from '../../lib/mapCard.ts';
import type { MapLibre } from './loadMapLibre.ts';
import { fill, type MapLabels } from './mapLabels.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function popupContent(card: MapCard, labels: MapLabels): HTMLElement {
  const root = el('div', 'project-popup');
  const title = el('p', 'project-popup-title');
  const link = el('a', '', card.title);
  link.href = card.url;
  if (card.titleLocale !== document.documentElement.lang) link.lang = card.titleLocale;
  title.append(link);
  const badge = el('span', `map-badge status-${card.status}`, labels.status[card.status]);
  badge.style.background = `var(--status-${card.status})`;
  const progressText = fill(labels.progress, { value: card.progress });
  const bar = el('progress', '');
  bar.max = 100;
  bar.value = card.progress;
  bar.setAttribute('aria-label', progressText);
  const progress = el('p', 'project-popup-progress');
  progress.append(bar, ' ', progressText);
  root.append(title, badge, progress);
  return root;
}

/**
 * Opens the popup. `takeFocus` false opens it beside a focused list button without moving the
 * keyboard (issue #3: focusing a project opens its popup; Enter moves into it). Giving the focus
 * back on close is the caller's (ProjectMap), which knows whether the popup was replaced.
 */
export function openPopup(
  lib: MapLibre,
  map: MapLibreMap,
  at: LngLatLike,
  content: HTMLElement,
  takeFocus = true,
): Popup {
  const popup = new lib.Popup({ maxWidth: '18rem', focusAfterOpen: takeFocus, closeOnMove: false })
    .setLngLat(at)
    .setDOMContent(content)
    .addTo(map);
  // Escape closes it, as it would any dialog.
  popup.getElement().addEventListener('keydown', (event) => {
    if (event.key === 'Escape') popup.remove();
  });
  return popup;
}
