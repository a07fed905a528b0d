// Shared by the config.js of Tasklist, Cockpit, Admin and Welcome (see README: Webapps in Japanese).
// Japanese for every browser, whatever language it asks for: ja is the only locale offered and the fallback.
// Dates as officials write them: the formats are defined by the ja locale's dateLocales (app/*/locales/ja.json),
// e.g. "normal" 2026年12月29日（火） 17:00, "long" 令和8年12月29日（火） 17:00.
// Each webapp imports its config.js anew at every page load and waits for it: the signed-in account's rights are read
// first (rights.js), so that the webapp starts without the actions the service would refuse that account.
import {applyRights} from './rights.js';

export const PRODUCT = '基幹インフラ審査ワークフロー';

export default async function japanese(appName, app, moreScripts = []) {
  const signedIn = await applyRights(app);
  // Cockpit's dashboard counts over every case: those who read their ministry's only get a page of their own
  const dashboard = app === 'cockpit' && signedIn && !signedIn.everyCase ? ['../ministry-dashboard'] : [];
  return {
    app: {vendor: PRODUCT, name: appName},
    locales: {availableLocales: ['ja'], fallbackLocale: 'ja'},
    dateFormat: {abbr: 'lll', normal: 'LLL', long: 'LLLL', short: 'LL'},
    // no "first visit" box: it asked for /camunda-welcome (Camunda Run's page, not served here) and logged a 404
    disableWelcomeMessage: true,
    // relative to app/{webapp}/: app/japanese-ui.js, app/sign-out.js (the provider's sign-out after the logout button)
    customScripts: ['../japanese-ui', '../sign-out', ...dashboard, ...moreScripts]
  };
}
