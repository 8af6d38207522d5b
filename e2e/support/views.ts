/**
 * Browser-neutral handles on the two things the tests look at: the SayWho popup (wherever it is
 * shown: the real toolbar popup, or the popup page opened in a tab) and the article tab. Chromium
 * (Playwright) and Firefox (puppeteer over WebDriver BiDi) each provide adapters; the assertions
 * in `expectations.ts` are written once against these interfaces.
 */

/** A function run inside the popup page; it must be self-contained (it is sent as source text). */
export type PopupQuery<A, R> = (doc: Document, arg: A) => R;

export interface DownloadedFile {
  name: string;
  text: string;
}

export interface PopupView {
  /** `toolbar`: the browser's own popup under the toolbar button; `tab`: the popup page in a tab. */
  readonly where: 'toolbar' | 'tab';
  /** Runs `query(document, arg)` in the popup and returns its (JSON-serialisable) result. */
  read<A, R>(query: PopupQuery<A, R>, arg: A): Promise<R>;
  click(selector: string): Promise<void>;
  /** Replaces the value of a text field as typing would. */
  type(selector: string, text: string): Promise<void>;
  /** Clicks a control that downloads a file and returns that file. */
  download(selector: string): Promise<DownloadedFile>;
}

/** The article tab: runs functions in the page's own (main) world. */
export interface ArticleView {
  readonly url: string;
  evaluate<A, R>(fn: (arg: A) => R, arg: A): Promise<R>;
}

/** Source text of a popup query applied to an expression that yields the popup's document. */
export function popupQuerySource<A, R>(query: PopupQuery<A, R>, documentExpression: string, arg: A): string {
  return `(${query.toString()})(${documentExpression}, ${JSON.stringify(arg ?? null)})`;
}

export const byTestId = (id: string) => `[data-testid="${id}"]`;
export const entrySelector = (itemId: string) => `[data-testid="entry"][data-item-id=${JSON.stringify(itemId)}]`;

/** Polls `probe` until it returns a value other than undefined/false, or fails with `what`. */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? ` (last error: ${String(lastError)})` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
