/**
 * Role nouns that may refer back to a speaker introduced with another title: "the top diplomat"
 * after "Foreign Minister Lavrov", "the senator" after "Sen. Schumer". Keys are the head noun of
 * the later mention; values are role words of the earlier one. Data only.
 */
const table: Array<[string, string]> = [
  ['diplomat', 'diplomat foreign ambassador envoy state'],
  ['minister', 'minister premier'],
  ['senator', 'senator sen sen. senators'],
  ['congressman', 'congressman rep rep. representative congresswoman'],
  ['congresswoman', 'congresswoman rep rep. representative congressman'],
  ['lawmaker', 'lawmaker senator sen rep representative congressman congresswoman legislator'],
  ['legislator', 'legislator lawmaker senator sen rep representative'],
  ['governor', 'governor gov gov.'],
  ['president', 'president pres pres. president-elect'],
  ['candidate', 'candidate nominee contender hopeful'],
  ['nominee', 'nominee candidate'],
  ['spokesman', 'spokesman spokeswoman spokesperson'],
  ['spokeswoman', 'spokeswoman spokesman spokesperson'],
  ['spokesperson', 'spokesperson spokesman spokeswoman'],
  ['secretary', 'secretary'],
  ['mayor', 'mayor'],
  ['premier', 'premier minister'],
  ['chancellor', 'chancellor'],
  ['general', 'general gen gen.'],
  ['judge', 'judge justice'],
  ['leader', 'leader'],
  ['chairman', 'chairman chairwoman chair'],
  ['ambassador', 'ambassador envoy'],
  ['official', 'official'],
  ['executive', 'executive ceo chief'],
  ['businessman', 'businessman ceo executive'],
  ['billionaire', 'billionaire businessman'],
];

export const ROLE_SYNONYMS: ReadonlyMap<string, string[]> = new Map(table.map(([k, v]) => [k, v.split(' ')]));
