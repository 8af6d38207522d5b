import { describe, expect, it } from 'vitest';
import { analyse } from './helpers';

// Who a he or she in a feature story stands for: the person the narrative has just introduced,
// or the person the last sentences keep talking about. Sentences written for these tests.
describe('a he/she after a person the narrative has just named', () => {
  it('is the person named after a role noun in the sentence before, not a speaker further back', async () => {
    const f = await analyse(
      '“The first draft was a mess,” said Carol Dunne, his agent.\n\nHis later books are hard to read, a problem I came to call the fog, after the painter Ro Haldane explained it to me. “You only see a corner of the canvas,” she said.',
    );
    expect(f.speakerOf(f.item('You only see a corner of the canvas'))).toBe('Ro Haldane');
  });

  it('is the person named in a clause that opens its own sentence', async () => {
    const f = await analyse(
      '“We aimed the ads at teenagers,” Diane Kersh said.\n\nWhile the poster series did not win over Julia Brandt, a county health planner, she said it could still reach its audience.',
    );
    expect(f.speakerOf(f.item('it could still reach its audience'))).toBe('Julia Brandt');
  });

  it('is a one-word given name the text sets off with "who"', async () => {
    const f = await analyse(
      '“Start with a budget,” said Victor Osei, a planner in Accra.\n\nRami — who goes only by his first name on his blog — sold his bakery at age 52. He never earned much, but he saved every month, he wrote in a post.',
    );
    expect(f.speakerOf(f.item('He never earned much'))).toBe('Rami');
  });

  it('is not a person the sentence names beside a subject of the same gender', async () => {
    const f = await analyse('“The lease ends in May,” Dana Wu said.\n\nWu met Helen Marsh at the office on Monday. “Nothing is settled yet,” she said.');
    expect(f.speakerOf(f.item('Nothing is settled yet'))).toBe('Dana Wu');
  });
});

describe('a he/she after sentences about one person', () => {
  it('is that person, not a speaker named before them nor a person mentioned in passing', async () => {
    const f = await analyse(
      '“He wrote every morning,” said Carol Dunne, his agent.\n\nNora Lindqvist, a retired teacher in her seventies, lived for years in a small house near the lake in northern Minnesota. She spoke warmly of her nephew and of the summers they spent together on the water. She still keeps his letters in a shoebox under the bed, next to the photographs of the old cabin. But she was surprised when I asked whether the family had hidden his papers from his friends. She gave me the address of his cousin, Helen Marsh. “Nobody hid anything from anyone,” she said.',
    );
    expect(f.speakerOf(f.item('Nobody hid anything'))).toBe('Nora Lindqvist');
  });
});

describe('a he/she after a clause that opens with a name', () => {
  it('is the subject of that clause when a he/she is the subject of the sentence', async () => {
    const f = await analyse(
      'Sol Okafor described the plan as “a long shot.”\n\nAlthough Marcus Reyes had sketched the bridge in a notebook, he struggled to pay for it. On May 2, he emailed Okafor about the cost. “Nobody wants to fund a bridge to an island of goats,” he wrote.',
    );
    expect(f.speakerOf(f.item('Nobody wants to fund a bridge'))).toBe('Marcus Reyes');
  });
});

describe('a he/she after a clause that opens with another name', () => {
  it('is not the subject of a condition, nor of a clause that names the he/she too', async () => {
    const f = await analyse(
      '“I will vote,” said Tom Lacey, a retired welder.\n\nLacey does not like the mayor. If Grant loses the primary, he said he would stay home.\n\nLacey spoke again later. When Grant attacked him at the rally, he said the mayor was “out of touch.”',
    );
    expect(f.speakerOf(f.item('he would stay home'))).toBe('Tom Lacey');
    expect(f.speakerOf(f.item('the mayor was'))).toBe('Tom Lacey');
  });

  it('is not a place or a firm that opens the clause, only a person (review 17)', async () => {
    const f = await analyse('Although New York banned the practice in 2019, he said the law was weak. Later he added, “It is not enough.”\n\nWhen Halvorsen Freight cut its routes, she said the town lost its bus.');
    for (const said of ['the law was weak', 'It is not enough', 'the town lost its bus']) expect(f.speakerOf(f.item(said))).toBeNull();
  });

  it('is the subject of the clause when the text names that person with a given name elsewhere', async () => {
    const f = await analyse('“We need more doctors,” said Ada Kwan, a nurse.\n\nThe clinic was founded by Peter Lindqvist in 1990.\n\nAlthough Lindqvist had warned the board about the roof, he struggled to raise the money. On May 2, he wrote to Kwan about it. “Nobody wants to pay for a roof,” he wrote.');
    expect(f.speakerOf(f.item('Nobody wants to pay for a roof'))).toMatch(/Lindqvist$/);
  });
});

describe('a surname alone after a relative with that surname spoke', () => {
  it('is the one named as a source, not a relative only a he/she has quoted so far', async () => {
    const f = await analyse(
      '“We have to win Ohio,” said Ana Ortega at a rally in Dayton. “Every county counts,” Ortega said.\n\nThen Luis Ortega, her husband, raised the stakes for the week. He said a loss in Ohio would end the race.\n\nAsked about the polls, Ortega said, “I take responsibility for every vote.”',
    );
    expect(f.speakerOf(f.item('a loss in Ohio would end the race'))).toBe('Luis Ortega');
    expect(f.speakerOf(f.item('I take responsibility'))).toBe('Ana Ortega');
  });
});

describe('a he/she after a sentence whose other subject is of the other gender', () => {
  it('is the person named there, not a speaker further back', async () => {
    const f = await analyse(
      '“He never slept,” said Dana Kowal, his agent.\n\nThe family of Sam Brody, his brother, and Lou Brody, his father, sold the farm. “We had no choice,” Brody said.\n\nWhen Brody visited his editor Julia Ferrante at her office, he would leave poems on her desk. “He wanted me to find them,” she recalled.',
    );
    expect(f.speakerOf(f.item('He wanted me to find them'))).toBe('Julia Ferrante');
  });
});

describe('a he/she after a relative named in full in a family’s story', () => {
  it('is the relative, not the speaker known by the surname alone, who keeps her quotes', async () => {
    const f = await analyse(
      'Eight years ago, Anna Ortega lost Ohio. This year Ortega is ahead.\n\n“We will win Ohio,” Ortega said on Monday.\n\nThen Luis Ortega set expectations high. He said a loss in either state would end the race.\n\nAsked about trust, Ortega said, “I take responsibility.” She added that she would campaign every day.',
    );
    expect(f.speakerOf(f.item('a loss in either state'))).toBe('Luis Ortega');
    expect(f.speakerOf(f.item('I take responsibility'))).toBe('Ortega');
    expect(f.speakerOf(f.item('she would campaign every day'))).toBe('Ortega');
  });
});

describe('names in passing before a he/she', () => {
  it('skips a person named as the object of a preposition, and never cuts a longer name', async () => {
    const f = await analyse(
      '“The river is low,” said Tom Reyes, a farmer.\n\nThe other man, his cousin Dan Pike, cited his fondness for President Carl Ivers of Norland as a danger. “He talks too much,” he said.\n\n“Prices are up,” says Jorge Antonio Llamas, 31, of Tulare. “It kind of scares me,” he says.',
    );
    expect(f.speakerOf(f.item('He talks too much'))).toBe('Dan Pike');
    expect(f.speakerOf(f.item('It kind of scares me'))).toBe('Jorge Antonio Llamas');
  });
});

describe('a he/she whose own sentence names a speaker before it', () => {
  it('is not the person introduced in the sentence before', async () => {
    const f = await analyse(
      '“We will win Iowa,” Cruz said on Sunday.\n\nPastor Joseph Brown of Marion Baptist Church is recruiting captains for the caucus.\n\nBy Monday, Cruz had taken the lead in the polls, and he said the caucus was his to lose.',
    );
    expect(f.speakerOf(f.item('the caucus was his to lose'))).toBe('Cruz');
  });
});

describe('a story that moves on to another person', () => {
  it('gives a he/she to the person who acts after a long opening time phrase, not to the subject read before nor a speaker further back', async () => {
    const f = await analyse(
      '“We were told nothing,” said Paul Osei, a lawyer for the family.\n\nTemba Kasa stopped over in Lome in June on his way to Accra. As he sat in the transit lounge, waiting to board his flight, officers arrested him and put him on a plane home, where he was paraded on television and now faces a long trial. He had spent two decades abroad, and he had written three books about the country he left behind as a young man. He still hoped to go home one day and teach at the school where his father had taught.\n\nDays after the arrest and the swift extradition that followed, Ndlovu volunteered to take his place. “Was I going to sit in an office and watch?” he told me.',
    );
    expect(f.speakerOf(f.item('Was I going to sit'))).toBe('Ndlovu');
  });

  it('reads the person after a long opening time phrase, but not a country there (review 17)', async () => {
    const f = await analyse(
      '“The border is calm,” said Kofi Mensah, a trader.\n\nWeeks after the coup and the curfew that came with it, Niger closed its border. “We lost everything,” he told me.\n\nTwo days after the vote, Abara resigned from the board. “I had no choice,” he said.',
    );
    expect(f.speakerOf(f.item('We lost everything'))).not.toBe('Niger');
    expect(f.speakerOf(f.item('I had no choice'))).toBe('Abara');
  });
});
