/**
 * Presses the SayWho toolbar button the way a user's click does (Chromium's CDP
 * `Extensions.triggerAction`): the popup opens and activeTab is granted for that tab.
 * Shared by `npm start` and the screenshot script; the e2e suite has its typed twin in
 * e2e/support/chromium.ts.
 */
export async function clickToolbarButton(context, id, page) {
  const cdp = await context.browser().newBrowserCDPSession();
  try {
    const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
    const tab = targetInfos.find((target) => target.url === page.url());
    if (!tab) throw new Error(`no tab shows ${page.url()}`);
    await cdp.send('Extensions.triggerAction', { id, targetId: tab.targetId });
  } finally {
    await cdp.detach();
  }
}
