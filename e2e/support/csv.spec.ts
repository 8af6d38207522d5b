import { expect, test } from '@playwright/test';
import { parseCsv } from './csv.ts';

test('reads quoted fields with commas, doubled quotes and line breaks', () => {
  const text = 'kind,text\r\nquote,"He said, ""no""."\r\nclaim,"two\nlines"\r\n';
  expect(parseCsv(text)).toEqual([
    ['kind', 'text'],
    ['quote', 'He said, "no".'],
    ['claim', 'two\nlines'],
  ]);
});

test('accepts LF endings, a BOM, empty fields and a last record without a line break', () => {
  expect(parseCsv('\uFEFFa,b\n,x\n"",y')).toEqual([
    ['a', 'b'],
    ['', 'x'],
    ['', 'y'],
  ]);
});

test('rejects broken quoting', () => {
  expect(() => parseCsv('a,"open\n')).toThrow(/unterminated/);
  expect(() => parseCsv('a,"x"y\n')).toThrow(/after a quoted field/);
  expect(() => parseCsv('a,b"c\n')).toThrow(/inside an unquoted field/);
});
