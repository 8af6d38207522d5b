/**
 * Country names, so that "Egypt said" or "Egypt and Jordan criticised …" name a state (an
 * organisation as a speaker), not a person called Jordan. Lower-case, as written in English news.
 * Data only.
 */
const list = `afghanistan albania algeria andorra angola antigua argentina armenia australia austria azerbaijan bahamas
bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei bulgaria
burkina burundi cambodia cameroon canada cape-verde chad chile china colombia comoros congo costa-rica croatia cuba
cyprus czechia czech-republic denmark djibouti dominica dominican-republic ecuador egypt el-salvador eritrea
estonia eswatini ethiopia fiji finland france gabon gambia georgia germany ghana greece grenada guatemala guinea
guyana haiti honduras hungary iceland india indonesia iran iraq ireland israel italy ivory-coast jamaica japan
jordan kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein
lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania mauritius mexico micronesia moldova
monaco mongolia montenegro morocco mozambique myanmar burma namibia nauru nepal netherlands holland new-zealand
nicaragua niger nigeria north-korea north-macedonia norway oman pakistan palau palestine panama papua-new-guinea
paraguay peru philippines poland portugal qatar romania russia rwanda samoa san-marino saudi-arabia senegal serbia
seychelles sierra-leone singapore slovakia slovenia somalia south-africa south-korea south-sudan spain sri-lanka
sudan suriname sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga trinidad tunisia turkey
turkmenistan tuvalu uganda ukraine united-arab-emirates uae united-kingdom uk u.k. britain great-britain
united-states us u.s. usa u.s.a. america uruguay uzbekistan vanuatu vatican venezuela vietnam yemen zambia zimbabwe
england scotland wales`;

const COUNTRIES = new Set(list.split(/\s+/).filter(Boolean).map((w) => w.replace(/-/g, ' ')));

/** "Jordan", "South Korea", "the Netherlands", "U.S." (any case, a leading "the" ignored). */
export function isCountry(name: string): boolean {
  return COUNTRIES.has(name.toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ').trim());
}
