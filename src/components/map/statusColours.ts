/**
 * The status colours of src/styles/global.css (`--status-*`), read from the page so that the map
 * and the badges can never disagree, as a MapLibre `match` expression on the `status` property.
 * https://maplibre.org/maplibre-style-spec/expressions/#match
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { residentStatuses } from '../../lib/vocabulary.ts';

const fallback = '#5c6f82';

export function statusColours(): ExpressionSpecification {
  const style = getComputedStyle(document.documentElement);
  const pairs = residentStatuses.flatMap((s) => [s, style.getPropertyValue(`--status-${s}`).trim() || fallback]);
  return ['match', ['get', 'status'], ...pairs, fallback] as unknown as ExpressionSpecification;
}

export function primaryColour(): string {
  return getComputedStyle(document.documentElement).getPropertyValue('--color-primary-dark').trim() || '#004d99';
}
