/**
 * Words for reading names: common first names by gender (to resolve "he"/"she"), capitalised
 * words that mark an institution, and title words that belong to a role. Data only.
 */
const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

export const MALE_NAMES = words(
  `aaron adam adrian ahmed al alan albert alex alexander alexei alexey ali andrew andy angel anthony antonio antony
  ari arnold arthur barack ben benjamin bernie bill billy bob bobby boris brad bradley brandon brett brian bruce
  bryan carl carlos charles charlie chris christopher chuck clarence colin craig dale dan daniel danny darrell dave
  david dean dennis derek dick dmitry dmitri don donald doug douglas dwight earl ed eddie edward elijah emmanuel eric
  evan frank fred gary gene george gerald glenn gordon greg gregory harold harry hassan henry howard hugh ian ivan
  jack jacob jake james jamie jared jason jay jeb jeff jeffrey jeremy jerry jesse jim jimmy joe joel john johnny
  jon jonathan jorge jose joseph josh joshua juan justin keith ken kenneth kevin kim kirk kurt larry lawrence lee
  leon lindsey lou louis luis marco marcus mario mark martin matt matthew max michael mike mitch mitt mohammed
  muhammad mohammad nathan neil nicholas nick nikolai noah oleg orrin pat patrick paul peter phil philip pierre
  rahm ralph rand randy ray raymond reince rex richard rick ricky rob robert rodrigo roger ron ronald rudy rudolph
  rush russell ryan sam samuel scott sean sergei sergey seth shawn stephen steve steven stuart ted terry thomas tim
  timothy todd tom tommy tony travis trey tyler vladimir victor vincent wally walter warren wayne wesley william
  will willie xi yuri zach zachary`,
);

export const FEMALE_NAMES = words(
  `abigail alexandra alice alicia alison allison amanda amber amy ana andrea angela angelina ann anna anne annie
  april ashley barbara becky betsy betty beverly bonnie brenda brittany carly carol caroline carolyn catherine
  cathy charlotte cheryl christina christine cindy claire claudia colleen condoleezza connie crystal cynthia
  dana danielle debbie deborah debra denise diana diane donna doris dorothy elaine elena elizabeth ellen emily
  emma erica erin eva evelyn frances gabrielle gina gloria grace hannah heather heidi helen hillary holly hope
  huma irina jackie jacqueline jane janet janice jean jeanne jennifer jessica jill joan joanne jodi joni joy joyce
  judith judy julia julie karen karla kate katherine kathleen kathryn kathy katie kay kelly kellyanne kim kimberly
  kirsten kristen laura lauren linda lisa lois loretta lori lorraine louise lucy lynn madeleine madeline maria
  marie marilyn marina marsha martha mary maureen maxine megan melania melissa michelle mitzi monica nancy natalie
  natalia nicole nikki nina olga pam pamela patricia patty paula peggy penny rachel rebecca rita roberta rosa rose
  ruth samantha sandra sara sarah sharon sheila shirley stephanie sue susan suzanne svetlana tammy tanya tara
  teresa theresa tiffany tina tulsi valerie vanessa veronica victoria virginia wendy yvonne`,
);

/** Name words of a firm, which other institution words ("Ministry", "Police", "University") are not. */
export const CORPORATE_WORDS = words(
  `corp corporation inc co ltd llc company companies group holdings motors airlines airways labs technologies
  productions studios equities partners records entertainment pharmaceuticals plc ag gmbh nv`,
);

/** Institution words that are no firm's: a ministry, a newspaper, a court, a party. */
export const PUBLIC_BODY_WORDS = words(
  `department ministry committee commission council agency administration office bureau party campaign
  association institute university college center centre foundation fund bank news times post journal tribune
  herald press network networks broadcasting television radio house senate congress parliament court army navy
  police force forces command service services board union federation league coalition alliance organization
  organisation authority authorities government kremlin pentagon whitehouse church school hospital club team
  institution trust society reserve republicans democrats`,
);

/** Capitalised words that make a name an institution: "Department", "Committee", "News", "Corp". */
export const ORGANIZATION_WORDS = new Set([...PUBLIC_BODY_WORDS, ...CORPORATE_WORDS]);

/** A generational suffix closing a name ("Jr.", "III"): never its surname. */
export const NAME_SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/i;

/** Title words of a role that are not people nouns themselves ("Foreign", "Majority", "Vice"). */
export const ROLE_WORDS = words(
  `vice deputy acting former interim chief senior junior assistant associate executive general attorney majority
  minority whip speaker leader judge justice chancellor premier first lady commissioner sheriff sen gov rep pres
  gen lt col adm capt sgt dr prof rev hon amb sec supt atty maj cmdr cpl pvt secretary minister president
  senator governor mayor ambassador director chairman chairwoman chair ceo founder spokesman spokeswoman
  spokesperson adviser advisor aide host anchor correspondent reporter columnist editor analyst pollster
  strategist nominee candidate congressman congresswoman representative lawmaker officer commander`,
);
