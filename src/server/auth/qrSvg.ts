/**
 * The enrolment QR code as inline SVG, rendered on the server so the page needs no script and
 * the secret never goes to a third-party service. Wraps `qrcode`'s toString:
 * https://github.com/soldair/node-qrcode#tostringtext-options-cberror-string
 */
import QRCode from 'qrcode';

/** An `<svg>` with an accessible name; the same URI is given as text beside it. */
export async function qrSvg(text: string, label: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  const safeLabel = label.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return svg.replace('<svg ', `<svg role="img" aria-label="${safeLabel}" focusable="false" `);
}
