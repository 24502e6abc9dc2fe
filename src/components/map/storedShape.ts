/**
 * The location editor's reading of a geometry field's GeoJSON text: one polygon or line Terra
 * Draw can edit, or an area in several parts it can only show. Anything else is neither, and is
 * left to the form's own check.
 */
import type { Parts, Shape } from './editorLabels.ts';

export function storedShape(text: string | null): { shape: Shape | null; parts: Parts | null } {
  try {
    const g = text ? JSON.parse(text) : null;
    if (g && (g.type === 'Polygon' || g.type === 'LineString') && Array.isArray(g.coordinates)) return { shape: g, parts: null };
    if (g && g.type === 'MultiPolygon' && Array.isArray(g.coordinates) && g.coordinates.length > 0) return { shape: null, parts: g };
  } catch {
    // Not JSON yet (still being typed): neither.
  }
  return { shape: null, parts: null };
}
