/**
 * The staff form's own lat, lon and geometry fields, which the location editor reads and writes in
 * linked mode (issue #4, point 4): they work without JavaScript and stay the map's accessible twin.
 */
export type LinkedField = HTMLInputElement | HTMLTextAreaElement;

export interface LinkedFields {
  lat: LinkedField | null;
  lon: LinkedField | null;
  geometry: LinkedField | null;
}

/** @example linkedFields({ lat: 'f-lat', lon: 'f-lon', geometry: 'f-geometry' }).lat?.value // '45.49' */
export function linkedFields(ids: { lat: string; lon: string; geometry: string }): LinkedFields {
  const field = (id: string) => (id ? (document.getElementById(id) as LinkedField | null) : null);
  return { lat: field(ids.lat), lon: field(ids.lon), geometry: field(ids.geometry) };
}

/** A field's number, with a decimal comma too, or null. @example linkedNumber(field) // 45.49 for '45,49' */
export function linkedNumber(el: LinkedField | null): number | null {
  const n = el && el.value.trim() !== '' ? Number(el.value.replace(',', '.')) : Number.NaN;
  return Number.isFinite(n) ? n : null;
}

/** Writes a value into a linked form field and tells the form (its backup, its checks). */
export function writeLinked(el: LinkedField | null | undefined, value: string) {
  if (!el || el.value === value) return;
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

/**
 * Calls `coords` when the lat or lon field changes and `shape` when the geometry field does
 * (`change`: once the value is complete); returns the cleanup.
 */
export function followLinked(linked: LinkedFields, coords: () => void, shape: () => void): () => void {
  const fields = [linked.lat, linked.lon].filter((el) => el !== null);
  for (const el of fields) el.addEventListener('change', coords);
  linked.geometry?.addEventListener('change', shape);
  return () => {
    fields.forEach((el) => el.removeEventListener('change', coords));
    linked.geometry?.removeEventListener('change', shape);
  };
}
