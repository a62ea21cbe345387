/** One CSV record and the physical line it starts on (1-based), for error messages. */
export interface CsvRecord { line: number; fields: string[] }

/**
 * A small RFC 4180 reader: quoted fields with "" escapes and line breaks, CRLF or LF, a UTF-8 BOM,
 * and blank lines skipped. The delimiter is "," unless the header holds ";" and no "," (French
 * spreadsheet exports). Written here to keep the dependency list short: the import needs no more.
 */
export function parseCsv(text: string): CsvRecord[] {
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const headerEnd = src.search(/\r?\n/);
  const header = headerEnd === -1 ? src : src.slice(0, headerEnd);
  const delimiter = header.includes(';') && !header.includes(',') ? ';' : ',';
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  const endRecord = (): void => {
    fields.push(field);
    if (fields.length > 1 || fields[0].trim() !== '') records.push({ line: start, fields });
    fields = [];
    field = '';
  };
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else { if (c === '\n') line++; field += c; }
    } else if (c === '"' && field.trim() === '') { quoted = true; field = ''; }
    else if (c === delimiter) { fields.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      endRecord();
      line++;
      start = line;
    } else field += c;
  }
  if (field !== '' || fields.length > 0) endRecord();
  return records;
}
