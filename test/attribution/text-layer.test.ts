import { describe, expect, it } from 'vitest';
import { findHouseQuotes, findQuotes } from '../../src/core/attribution/quotes';
import { splitParagraphs } from '../../src/core/attribution/paragraphs';
import { analyse, quotesOf, sentencesOf } from './helpers';

describe('sentence splitting', () => {
  it('does not break after titles, initials and dotted abbreviations', () => {
    expect(sentencesOf('Sen. Chuck Schumer met Dr. Jane Roe and George W. Bush in the U.S. Capitol at 9 a.m. Eastern. Then they left.')).toEqual([
      'Sen. Chuck Schumer met Dr. Jane Roe and George W. Bush in the U.S. Capitol at 9 a.m. Eastern.',
      'Then they left.',
    ]);
  });

  it('breaks after "U.S." when a new sentence plainly starts', () => {
    expect(sentencesOf('The talks moved to the U.S. The delegates followed.')).toHaveLength(2);
  });

  it('keeps a quoted statement of several sentences with its "he said"', () => {
    expect(sentencesOf('“We came. We saw. We left,” he said. Nobody stayed.')).toEqual(['“We came. We saw. We left,” he said.', 'Nobody stayed.']);
  });

  it('keeps “…?” together with the speaker that follows it', () => {
    expect(sentencesOf('“Why not?” Maria asked. The room fell silent.')).toEqual(['“Why not?” Maria asked.', 'The room fell silent.']);
  });

  it('ends a sentence at a line break and at a paragraph break', () => {
    expect(sentencesOf('A headline without a stop\nThe first line.\n\nA new paragraph')).toEqual(['A headline without a stop', 'The first line.', 'A new paragraph']);
  });
});

describe('quote marks', () => {
  it('reads curly, straight, guillemets and German marks', () => {
    const found = quotesOf('He said “one,” then "two," then «trois» and „vier“ and »fünf«.').map((q) => q.text);
    expect(found).toEqual(['one,', 'two,', 'trois', 'vier', 'fünf']);
  });

  it('reads Swedish and Finnish ”…”, also in English typed by a tool that curls every mark to the right', () => {
    expect(quotesOf('The odds were ”dwindling,” he said, and ”nobody” came.').map((q) => q.text)).toEqual(['dwindling,', 'nobody']);
    // A right mark that follows a word still only closes.
    expect(quotesOf('“A ”tough” year,” she said.').map((q) => q.text)).not.toContain('tough” year,');
  });

  it('tells apostrophes from single quotes', () => {
    const found = quotesOf("“We're in talks with groups 'on the ground' in the region,” he said of Sanders’ plan in the ’90s.");
    expect(found).toEqual([
      { text: "We're in talks with groups 'on the ground' in the region,", nested: false, parts: 1 },
      { text: 'on the ground', nested: true, parts: 1 },
    ]);
  });

  it('reads doubled apostrophes as double quote marks', () => {
    expect(quotesOf("''It is over,'' Mr. Smith said.").map((q) => q.text)).toEqual(['It is over,']);
  });

  it('reads doubled curly single marks as double quote marks, also closing a “', () => {
    expect(quotesOf('‘‘The ferry is ‘essential’ to us,’’ the mayor said.')).toEqual([
      { text: 'The ferry is ‘essential’ to us,', nested: false, parts: 1 },
      { text: 'essential', nested: true, parts: 1 },
    ]);
    expect(quotesOf('“It was a trick,’’ Ana Ruiz told the BBC. “It is wrong.”').map((q) => q.text)).toEqual(['It was a trick,', 'It is wrong.']);
  });

  it('reads ’’ with no double quote open as two single marks (a nested quote closing, then its outer one)', async () => {
    const fans = await analyse('‘It was the fans’’, said the manager, smiling.');
    expect(fans.result.items.filter((i) => i.kind === 'quote').map((i) => i.text)).toEqual(['It was the fans']);
    const nested = await analyse('‘We were told it was ‘temporary’’, one resident said.');
    expect(nested.result.items.filter((i) => i.kind === 'quote').map((i) => i.text)).toContain('temporary');
  });

  it('joins a quote that runs over paragraphs, each re-opened and only the last closed', () => {
    const text = '“The first part goes on.\n\n“The second part ends it,” she said.';
    expect(quotesOf(text)).toEqual([{ text: 'The first part goes on.\n\n“The second part ends it,', nested: false, parts: 2 }]);
  });

  it('ignores inch marks and stray closing marks', () => {
    expect(quotesOf('The screen is 27" wide” and that is all.')).toEqual([]);
  });
});

describe('house style: single marks outside, double marks inside', () => {
  const style = (text: string) => findHouseQuotes(text, splitParagraphs(text)).style;

  it('is told by the marks that hold statements', () => {
    expect(style('‘We will not back down,’ the minister said. ‘The door remains open.’')).toBe('single');
    expect(style("'It is over,' she said on Friday.")).toBe('single');
    expect(style('“We will not back down,” the minister said. He called it ‘a bad day’ and ‘a worse night’.')).toBe('double');
    // One scare-quoted phrase or a title does not turn a text around.
    expect(style('The so-called ‘peace plan’ was debated for hours.')).toBe('double');
    expect(style('Critics praised ‘The Long Winter of the North’ on Sunday.')).toBe('double');
    // Titles and headlines of four words and more, against one statement in double marks.
    expect(style("RELATED: Biden says 'we will not back down on this'\n\n\"We are ready,\" Senator Jane Smith said. She loved 'The Lord of the Rings' and 'Pirates of the Caribbean'.")).toBe('double');
    // A statement with a quote inside it, which the double-first pairing breaks apart.
    expect(style('‘They called the plan “a disgrace” on Monday,’ said Jane Smith. ‘We will not accept “reform” of this kind,’ she added.')).toBe('single');
  });

  it('reads a plural’s apostrophe inside a quote in single marks', () => {
    const text = '‘It is the teachers’ fault and nobody else’s,’ said Jane Smith.';
    expect(findQuotes(text, splitParagraphs(text), 'single').map((q) => text.slice(q.start, q.end))).toEqual(['It is the teachers’ fault and nobody else’s,']);
  });

  it('pairs the single marks first, with apostrophes left alone and double marks nested inside', () => {
    const text = '‘He called it “a disgrace”, and we’re not done,’ said O’Brien. The ‘Brexit’ vote was near.';
    const found = findQuotes(text, splitParagraphs(text), 'single').map((q) => ({ text: text.slice(q.start, q.end), double: q.double, nested: q.parent !== -1 }));
    expect(found).toEqual([
      { text: 'He called it “a disgrace”, and we’re not done,', double: false, nested: false },
      { text: 'a disgrace', double: true, nested: true },
      { text: 'Brexit', double: false, nested: false },
    ]);
  });

  it('runs a quote over paragraphs that each re-open it, and leaves a stray opener alone', () => {
    const text = '‘The first part of it.\n\n‘And the second,’ she said.\n\nThe ’90s were ‘different then.';
    const found = findQuotes(text, splitParagraphs(text), 'single');
    expect(found.map((q) => q.segments.map(([s, e]) => text.slice(s, e)))).toEqual([['The first part of it.', 'And the second,']]);
  });
});


describe('paragraphs of a text without blank lines', () => {
  // A page's text with one newline between blocks, as many tools give it.
  const blocks = [
    'Senate passes the farm bill',
    'WASHINGTON - The Senate passed the farm bill on Tuesday after a week of debate.',
    '“This is a good day for rural families,” said Senator Jane Roe, who wrote the bill. “We waited for it.',
    '“Now the House has to act,” she added.',
    'Critics said the bill spends too much on subsidies for large farms.',
  ];
  const itemsOf = async (text: string) => (await analyse(text)).result.items.map((i) => [i.kind, i.text.replace(/\s+/g, ' ')]);

  it('reads each line as a paragraph when the lines are whole blocks', async () => {
    const lines = blocks.join('\n');
    expect(splitParagraphs(lines)).toHaveLength(blocks.length);
    // The same items as with blank lines: the quote that runs on re-opens on the next line.
    expect(await itemsOf(lines)).toEqual(await itemsOf(blocks.join('\n\n')));
    const runOn = (await analyse(lines)).item('We waited for it.');
    expect(runOn.segments!.map(([s, e]) => lines.slice(s, e))).toEqual(['We waited for it.', 'Now the House has to act,']);
  });

  it('keeps a text wrapped at a fixed width as one paragraph, its quotes whole', () => {
    const wrapped = [
      'The Senate passed the farm bill on Tuesday after a week of debate, and',
      'Senator Jane Roe said: “This is a good day for rural families across',
      'the country, and we waited a long time for it.” Critics said the bill',
      'spends too much on subsidies for large farms, and they will fight it in',
      'the House next month.',
    ].join('\n');
    expect(splitParagraphs(wrapped)).toHaveLength(1);
    expect(quotesOf(wrapped).map((q) => q.text.replace(/\s+/g, ' '))).toEqual(['This is a good day for rural families across the country, and we waited a long time for it.']);
  });

  it('reads a sentence on over the line breaks of a wrapped text', async () => {
    const wrapped = [
      'The mayor of the town told reporters on Tuesday that the city would',
      'open three new shelters before the winter storms arrive next month.',
      '',
      'Residents who lost their homes in the floods last spring will have',
      'priority, a spokeswoman for the housing department said in a note.',
    ].join('\n');
    const found = await analyse(wrapped);
    expect(found.item('the city would').text.replace(/\s+/g, ' ')).toBe('the city would open three new shelters before the winter storms arrive next month');
    expect(found.item('Residents who lost').text.replace(/\s+/g, ' ')).toBe('Residents who lost their homes in the floods last spring will have priority');
  });

  it('keeps a wrapped text wrapped when one line is longer than the wrapping (a link)', async () => {
    const wrapped = [
      'The water board met on Thursday to raise the price of water, and',
      'its chair Ruth Okoye said: “We have put this off for as long as we',
      'could, and the pipes under the town will not wait any longer.”',
      'See the board’s full decision at https://example.org/board/decisions/2026/water-prices-and-appendices.html',
      'Farmers said the new price would cost them a third of their income',
      'in a dry year, and they asked the board to phase it in slowly.',
    ].join('\n');
    const found = await analyse(wrapped);
    expect(found.item('We have put').text.replace(/\s+/g, ' ')).toBe('We have put this off for as long as we could, and the pipes under the town will not wait any longer.');
    expect(found.item('the new price').text.replace(/\s+/g, ' ')).toBe('the new price would cost them a third of their income in a dry year');
  });

  it('reads a text of short blocks with headings as blocks, not as a wrapped text', async () => {
    const blocks = [
      'Ferry service to the islands will stop for the whole of the winter',
      'The ferry company said on Monday that the old boat needs repairs.',
      'What the islanders say about the loss of their only link to the coast',
      'The harbour master said the boat would be back by the first of May.',
      'Where the money for a second boat could come from in the next budget',
      'Islanders said they would ask the regional council for a second boat.',
    ];
    const found = await analyse(blocks.join('\n'));
    const items = found.result.items.map((i) => [i.text, found.speakerOf(i)]);
    const separated = await analyse(blocks.join('\n\n'));
    expect(items).toEqual(separated.result.items.map((i) => [i.text, separated.speakerOf(i)]));
    expect(found.item('the boat would be back').text).toBe('the boat would be back by the first of May');
    expect(items.every(([, speaker]) => !speaker?.includes('\n'))).toBe(true);
  });

  it('leaves blank-line paragraphs as they are, single line breaks inside them included', () => {
    const text = 'First block, line one\nline two.\n\nSecond block.\nStill the second.';
    expect(splitParagraphs(text).map((p) => text.slice(p.start, p.end))).toEqual(['First block, line one\nline two.', 'Second block.\nStill the second.']);
  });
});
