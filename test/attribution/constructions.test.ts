import { describe, expect, it } from 'vitest';
import { analyse, expectConsistent } from './helpers';
import { runPipeline } from '../../src/core/attribution/pipeline';

// Each construction the engine reads, on sentences written for these tests.

describe('direct quotes', () => {
  it('reads “…,” X said, without the quote marks in the content', async () => {
    const text = '“The bridge will open in May,” Mayor Ellen Park said.';
    const f = await analyse(text);
    const q = f.item('The bridge will open');
    expect(q.kind).toBe('quote');
    expect(q.text).toBe('The bridge will open in May,');
    expect(q.source?.text).toBe('Mayor Ellen Park');
    expect(q.cue?.text).toBe('said');
    expect(f.speakerOf(q)).toBe('Ellen Park');
    expectConsistent(text, f.result);
  });

  it('reads the inverted “…,” said X', async () => {
    const f = await analyse('“We have the votes,” said Tom Reyes, a spokesman for the council.');
    const q = f.item('We have the votes');
    expect(q.source?.text).toMatch(/^Tom Reyes/);
    expect(f.speakerOf(q)).toBe('Tom Reyes');
  });

  it('makes one item with segments of an interrupted quote', async () => {
    const text = '“The plan is ready,” the governor said, “and we will start on Monday.”';
    const f = await analyse(text);
    const quotes = f.result.items.filter((i) => i.kind === 'quote');
    expect(quotes).toHaveLength(1);
    const q = quotes[0]!;
    expect(q.segments?.map(([s, e]) => text.slice(s, e))).toEqual(['The plan is ready,', 'and we will start on Monday.']);
    expect(q.source?.text).toBe('the governor');
    expectConsistent(text, f.result);
  });

  it('continues a quote into the next sentence of the paragraph', async () => {
    const text = '“The water is safe,” said Dana Cole. “We test it every day.”';
    const f = await analyse(text);
    expect(f.result.items).toHaveLength(1);
    expect(f.result.items[0]!.segments).toHaveLength(2);
  });

  it('reads X said: “…”', async () => {
    const f = await analyse('The chairman said: “The company has never been stronger.”');
    const q = f.item('The company has never');
    expect(q.kind).toBe('quote');
    expect(q.source?.text).toBe('The chairman');
  });

  it('reads the main verb after an auxiliary in a clause before a colon: "X is rolling out a message: “…”"', async () => {
    const text = 'With the race tightening, Mayor Lena Ortiz is rolling out a new and more personal campaign message: “It is about the harbour.”';
    const f = await analyse(text);
    const q = f.item('It is about the harbour');
    expect(q.kind).toBe('quote');
    expect(q.cue?.text).toBe('rolling');
    expect(f.speakerOf(q)).toBe('Lena Ortiz');
  });

  it('keeps the auxiliary when a noun, not a participle, follows it: "X had words for the council: “…”"', async () => {
    const f = await runPipeline('Mayor Lena Ortiz had words for the council: “Fix the harbour wall before the winter.”', {}, { threshold: -100 });
    const q = f.items.find((i) => i.text.startsWith('Fix the harbour wall'));
    expect(q?.cue?.text).toBe('had');
  });

  it('reads a quote introduced by a colon at the end of the previous paragraph', async () => {
    const text = 'The minister told the assembly:\n\n“We will not give up the harbour.”';
    const f = await analyse(text);
    const q = f.item('We will not give up');
    expect(q.source?.text).toBe('The minister');
  });
});

describe('quotes in single marks (British, Irish, Indian, South African house style)', () => {
  it('reads ‘…,’ X said and said X, curly or straight, with the speaker', async () => {
    const text = '‘The bridge will open in May,’ Mayor Ellen Park said.\n\n\'We have the votes,\' said Tom Reyes, a spokesman for the council.';
    const f = await analyse(text);
    const first = f.item('The bridge will open');
    expect(first.kind).toBe('quote');
    expect(first.text).toBe('The bridge will open in May,');
    expect(f.speakerOf(first)).toBe('Ellen Park');
    const second = f.item('We have the votes');
    expect(second.kind).toBe('quote');
    expect(f.speakerOf(second)).toBe('Tom Reyes');
    expectConsistent(text, f.result);
  });

  it('makes one item of an interrupted quote and keeps a quote inside a quote nested', async () => {
    const text = '‘The plan is ready,’ the governor said, ‘and the council called it “a fair deal”.’';
    const f = await analyse(text);
    const quotes = f.result.items.filter((i) => i.kind === 'quote');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.segments?.map(([s, e]) => text.slice(s, e))).toEqual(['The plan is ready,', 'and the council called it “a fair deal”.']);
    expect(quotes[0]!.source?.text).toBe('the governor');
    expectConsistent(text, f.result);
  });

  it('keeps a quote in double marks in a text in single-mark style, and one in double marks among single-mark titles', async () => {
    const british = await analyse('‘We will not back down,’ the minister said. ‘The door remains open.’ Later, “We are ready,” said Tom Reyes.');
    expect(british.result.items.filter((i) => i.kind === 'quote').map((i) => i.text)).toContain('We are ready,');
    const american = await analyse('She loved \'The Lord of the Rings\' and \'Pirates of the Caribbean\'. "It was a dream," actress Jane Smith said. Critics called it \'a film for the ages and more\'.');
    expect(american.speakerOf(american.item('It was a dream'))).toBe('Jane Smith');
  });

  it('does not report a phrase in single marks in a text quoted with double marks', async () => {
    const f = await analyse('“We will not back down,” the minister said. The ‘Long Winter’ report went up on the ministry’s ‘open data’ portal.');
    expect(f.result.items.filter((i) => i.kind === 'quote').map((i) => i.text)).toEqual(['We will not back down,']);
  });
});

describe('quotes whose speaker the sentence before names', () => {
  it('gives a quote standing alone to the person the sentence before is about', async () => {
    const text = 'The committee met for three hours. Senator Dana Whitfield returned to the issue late in the hearing. “Which ferries can carry the new trucks today?”';
    const f = await analyse(text);
    const q = f.item('Which ferries');
    expect(q.kind).toBe('quote');
    expect(q.source?.text).toBe('Senator Dana Whitfield');
    expect(f.speakerOf(q)).toBe('Dana Whitfield');
    expectConsistent(text, f.result);
  });

  it('reads the person of the last sentence of a paragraph for a paragraph of quotes', async () => {
    const f = await analyse('Mayor Lena Ortiz visited the harbour on Friday.\n\nShe then had a question for the crowd.\n\n“Who is going to pay for the new pier?”');
    expect(f.speakerOf(f.item('Who is going to pay'))).toBe('Lena Ortiz');
  });

  it('gives the quote to the person the narrative turned to, not to the last speaker', async () => {
    const f = await analyse('“The canal goes in one ear and out the other,” Tom Brandt said, pointing at his ears. Alice Brandt shook her head. “Tom is much calmer about it than I am.”');
    expect(f.speakerOf(f.item('Tom is much calmer'))).toBe('Alice Brandt');
    expect(f.speakerOf(f.item('The canal goes'))).toBe('Tom Brandt');
  });

  it('keeps a pronoun narrative with the speaker quoted before it', async () => {
    const f = await analyse('“I am better with my hands than my head,” said Robin Hale, half joking. He has worked at the mill for 24 years. “But I like the work.”');
    const quotes = f.result.items.filter((i) => i.kind === 'quote');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.segments).toHaveLength(2);
  });

  it('gives no quote to a sentence about a thing or a crowd', async () => {
    const f = await analyse('The bill went nowhere in the Senate. “Nobody reads these reports.”');
    expect(f.result.items.every((i) => i.source === null)).toBe(true);
  });

  it('gives no speaker when the sentence before is about someone talked about, turns to another, or is the writer’s', async () => {
    for (const text of [
      'Smith was arrested at his home on Tuesday. “He was always polite and quiet.”',
      'Mayor Lena Ortiz turned to her. “Are you sure the pier is safe?”',
      'I walked into the mayor’s office on Monday. “Sit down and tell me about the pier.”',
    ]) {
      const f = await analyse(text);
      const quoted = text.slice(text.indexOf('“') + 1, text.indexOf('“') + 12);
      const item = f.result.items.find((i) => i.text.startsWith(quoted));
      expect(item?.source ?? null, text).toBeNull();
      expect(item ? f.speakerOf(item) : null, text).toBeNull();
    }
    // The one asked answers.
    const asked = await analyse('Mayor Lena Ortiz was asked about the pier on Monday. “It will open in May.”');
    expect(asked.speakerOf(asked.item('It will open in May'))).toBe('Lena Ortiz');
  });

  it('does not go on with the last speaker when the pronoun says another person', async () => {
    const f = await analyse('“The canal goes in one ear and out the other,” Tom Brandt said. She shook her head. “Tom is much calmer about it than I am.”');
    const canal = f.item('The canal goes');
    expect(canal.segments ?? [canal]).toHaveLength(1);
    expect(f.result.items.find((i) => i.text.startsWith('Tom is much calmer') && f.speakerOf(i) === 'Tom Brandt')).toBeUndefined();
  });
});

describe('reported speech', () => {
  it('reads "…, X said Wednesday."', async () => {
    const f = await analyse('The factory will close by the end of the year, the company said Wednesday.');
    const c = f.item('The factory will close');
    expect(c.kind).toBe('claim');
    expect(c.text).toBe('The factory will close by the end of the year');
    expect(c.source?.text).toBe('the company');
  });

  it('reads "X said that …" without the "that"', async () => {
    const f = await analyse('Prime Minister Lena Holm said that the border would stay open.');
    const c = f.item('the border would stay open');
    expect(c.text).toBe('the border would stay open');
    expect(c.source?.text).toBe('Prime Minister Lena Holm');
    expect(f.speakerOf(c)).toBe('Lena Holm');
    expect(f.result.speakers[0]!.role).toBe('Prime Minister');
  });

  it('reads "According to X, …" and "…, according to X."', async () => {
    const f = await analyse('According to the health ministry, the outbreak is under control. Prices rose by four percent, according to the central bank.');
    expect(f.item('the outbreak is under control').source?.text).toBe('the health ministry');
    expect(f.item('Prices rose').source?.text).toBe('the central bank');
  });

  it('names the channel in "X told Reuters …"', async () => {
    const f = await analyse('Senator Omar Haddad told Reuters that the bill would pass next week.');
    const c = f.item('the bill would pass');
    expect(c.source?.text).toBe('Senator Omar Haddad');
    expect(c.channel).toBe('Reuters');
  });

  it('reads "the ministry said in a statement"', async () => {
    const f = await analyse('The ministry said in a statement that all flights would resume on Friday.');
    const c = f.item('all flights would resume');
    expect(c.source?.text).toBe('The ministry');
    expect(f.result.speakers[0]!.kind).toBe('organization');
  });

  it('reads a second content after ", adding that …"', async () => {
    const f = await analyse('Interest rates will stay low for the rest of the year, Governor Anna Berg said, adding that inflation was falling faster than expected.');
    expect(f.item('Interest rates will stay low').source?.text).toBe('Governor Anna Berg');
    const second = f.item('inflation was falling');
    expect(second.source?.text).toBe('Governor Anna Berg');
    expect(second.speakerId).toBe(f.item('Interest rates').speakerId);
    expect(second.cue?.text).toBe('adding');
  });

  it('makes a quoted fragment inside a claim an extra, nested quote', async () => {
    const text = 'The envoy said the talks had been ‘a waste of time’ and left the room.';
    const f = await analyse(text);
    const claim = f.item('the talks had been');
    const fragment = f.item('a waste of time');
    expect(claim.kind).toBe('claim');
    expect(fragment.kind).toBe('quote');
    expect(fragment.start).toBeGreaterThanOrEqual(claim.start);
    expect(fragment.end).toBeLessThanOrEqual(claim.end);
    expect(fragment.speakerId).toBe(claim.speakerId);
  });

  it('ends a claim where another speaker\'s quoted words begin: "…, to which X replied: “…”"', async () => {
    const text = 'Mayor Lena Ortiz said the experts had approved the ferry plan, to which Councilman Ray Odom replied: “Nobody approved anything.”';
    const f = await analyse(text);
    const claim = f.item('the experts had approved');
    expect(claim.text).toBe('the experts had approved the ferry plan');
    const q = f.item('Nobody approved');
    expect(q.kind).toBe('quote');
    expect(f.speakerOf(q)).toMatch(/Ray Odom$/);
    expectConsistent(text, f.result);
  });

  it('ends a claim before a quote its speaker wrote: "X said she was busy: “…,” she wrote"', async () => {
    const f = await analyse('But Mayor Lena Ortiz said she was too busy to look for the old ferry plans: “I have a lot going on. Good luck with the story,” she wrote.');
    expect(f.item('she was too busy').text).toBe('she was too busy to look for the old ferry plans');
    expect(f.item('I have a lot going on').cue?.text).toBe('wrote');
  });

  it('gives "…, concluding that …" to the subject of the clause it hangs on, not to a phrase through its verb', async () => {
    const f = await analyse('Senator Ruth Alder pointed to those figures at the hearing, concluding that the odds of full funding were slim.');
    const c = f.item('the odds of full funding');
    expect(c.source?.text).toBe('Senator Ruth Alder');
    expect(f.speakerOf(c)).toBe('Ruth Alder');
  });

  it('reads a parenthetical "…, he said, …"', async () => {
    const text = 'The new school, she said, will open in the autumn.';
    const f = await analyse(text);
    const c = f.item('The new school');
    expect(c.segments?.map(([s, e]) => text.slice(s, e))).toEqual(['The new school', 'will open in the autumn']);
  });
});

describe('source mentions', () => {
  it('reads appositives before and after the name', async () => {
    const f = await analyse("Norway's fisheries minister, Kari Lund, said the quota would be cut.");
    const c = f.item('the quota would be cut');
    expect(c.source?.text).toBe("Norway's fisheries minister, Kari Lund");
    expect(f.speakerOf(c)).toBe('Kari Lund');
  });

  it('reads titles with "of": "Secretary of State …"', async () => {
    const f = await analyse('Secretary of State Maria Lopez said the embassy would reopen.');
    const c = f.item('the embassy would reopen');
    expect(f.speakerOf(c)).toBe('Maria Lopez');
    expect(f.result.speakers[0]!.role).toBe('Secretary of State');
  });

  it('reads party codes: "Sen. …, D-N.Y., said"', async () => {
    const f = await analyse('Sen. Paul Grant, D-N.Y., said the hearing was a mistake.');
    const c = f.item('the hearing was a mistake');
    expect(c.source?.text).toBe('Sen. Paul Grant, D-N.Y.');
    expect(f.speakerOf(c)).toBe('Paul Grant');
  });

  it('keeps an unnamed source unnamed', async () => {
    const f = await analyse('The deal is almost done, a senior official said.');
    const c = f.item('The deal is almost done');
    expect(c.source?.text).toBe('a senior official');
    const speaker = f.result.speakers.find((s) => s.id === c.speakerId)!;
    expect(speaker.kind).toBe('unnamed');
  });

  it('reads an institution named as such: "the Pentagon said"', async () => {
    const f = await analyse('No troops will be sent, the Pentagon said.');
    const c = f.item('No troops will be sent');
    expect(c.source?.text).toBe('the Pentagon');
    expect(f.result.speakers.find((s) => s.id === c.speakerId)!.kind).toBe('organization');
  });
});

describe('what is not reported', () => {
  it('does not report scare quotes or titles of works', async () => {
    const f = await analyse('The so-called “reform” was debated for hours. Critics praised the film “The Long Winter” on Sunday.');
    expect(f.result.items.filter((i) => i.kind === 'quote')).toEqual([]);
  });

  it('does not report what someone did not say', async () => {
    const f = await analyse('The mayor did not say whether the park would close.');
    expect(f.result.items).toEqual([]);
  });

  it('does not read passives as speech: "he was told to leave"', async () => {
    const f = await analyse('He was told to leave the building before noon.');
    expect(f.result.items).toEqual([]);
  });
});

describe('headlines', () => {
  it('reads "… - Name" and gives it in: "title" with offsets into the title', async () => {
    const title = 'Talks With Rebels Have Collapsed - Haddad';
    const f = await analyse('Senator Omar Haddad said the talks had collapsed.', title);
    const h = f.result.items.find((i) => i.in === 'title')!;
    expect(h.text).toBe('Talks With Rebels Have Collapsed');
    expect(title.slice(h.source!.start, h.source!.end)).toBe('Haddad');
    expect(h.speakerId).toBe(f.item('the talks had collapsed').speakerId);
    expectConsistent('Senator Omar Haddad said the talks had collapsed.', f.result, title);
  });

  it('reads "Name: …" headlines', async () => {
    const title = 'Haddad: Talks With Rebels Have Collapsed';
    const f = await analyse('The talks ended on Friday.', title);
    const h = f.result.items.find((i) => i.in === 'title')!;
    expect(h.text).toBe('Talks With Rebels Have Collapsed');
    expect(h.source?.text).toBe('Haddad');
  });

  it('does not take a label for a speaker', async () => {
    const f = await analyse('The talks ended on Friday.', 'Exclusive: Talks With Rebels Have Collapsed');
    expect(f.result.items).toEqual([]);
  });
});
