// Shared by the config.js of Tasklist, Cockpit, Admin and Welcome (see README: Webapps in Japanese).
// Japanese for every browser, whatever language it asks for: ja is the only locale offered and the fallback.
// Dates as officials write them: the formats are defined by the ja locale's dateLocales (app/*/locales/ja.json),
// e.g. "normal" 2026年12月29日（火） 17:00, "long" 令和8年12月29日（火） 17:00.
export const PRODUCT = '基幹インフラ審査ワークフロー';

export default function japanese(appName, moreScripts = []) {
  return {
    app: {vendor: PRODUCT, name: appName},
    locales: {availableLocales: ['ja'], fallbackLocale: 'ja'},
    dateFormat: {abbr: 'lll', normal: 'LLL', long: 'LLLL', short: 'LL'},
    // relative to app/{webapp}/: app/japanese-ui.js, app/sign-out.js (the provider's sign-out after the logout button)
    customScripts: ['../japanese-ui', '../sign-out', ...moreScripts]
  };
}
