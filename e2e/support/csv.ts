/**
 * A small RFC 4180 reader for checking the CSV export: fields separated by commas, optionally
 * enclosed in double quotes (a quote inside is doubled), records ended by CRLF or LF. Line breaks
 * inside quoted fields stay part of the field. Throws on malformed quoting.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < input.length) {
    const char = input[i];
    if (char === '"' && field === '') {
      // Quoted field: runs to the next quote that is not doubled.
      i++;
      for (;;) {
        if (i >= input.length) throw new Error('CSV: unterminated quoted field');
        if (input[i] === '"') {
          if (input[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += input[i++];
      }
      const next = input[i];
      if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') {
        throw new Error(`CSV: unexpected ${JSON.stringify(next)} after a quoted field at offset ${i}`);
      }
      continue;
    }
    if (char === ',') {
      endField();
      i++;
    } else if (char === '\r' && input[i + 1] === '\n') {
      endRow();
      i += 2;
    } else if (char === '\n') {
      endRow();
      i++;
    } else if (char === '"') {
      throw new Error(`CSV: quote inside an unquoted field at offset ${i}`);
    } else {
      field += char;
      i++;
    }
  }
  // A final record without a line break still counts; a trailing line break adds no empty record.
  if (field !== '' || row.length > 0) endRow();
  return rows;
}
