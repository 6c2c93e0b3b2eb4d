import QRCode from 'qrcode';

/** The QR code of a personal link, as inline SVG for the printed sheets. */
export function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}
