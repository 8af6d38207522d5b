/** The page's address without its fragment: a jump within the page (#comments) is not a new page. */
export function addressOf(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}
