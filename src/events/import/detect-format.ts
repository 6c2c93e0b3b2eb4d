/**
 * Which reader to use. The content decides when it is recognisable (a renamed file or a
 * browser that lost the extension must still import); the extension only breaks ties.
 */
export type FileFormat = 'csv' | 'xlsx' | 'xls' | 'ods';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

export function detectFormat(name: string, content: Buffer): FileFormat {
  const extension = name.toLowerCase().split('.').pop() ?? '';
  if (startsWith(content, OLE)) return 'xls';
  if (startsWith(content, ZIP)) {
    // An OpenDocument zip names its type in clear near the start; everything else zipped is taken for XLSX.
    const head = content.subarray(0, 200).toString('latin1');
    return head.includes('application/vnd.oasis.opendocument') || extension === 'ods' ? 'ods' : 'xlsx';
  }
  if (extension === 'xls') return 'xls';
  return 'csv';
}

function startsWith(content: Buffer, magic: number[]): boolean {
  return content.length >= magic.length && magic.every((byte, i) => content[i] === byte);
}
