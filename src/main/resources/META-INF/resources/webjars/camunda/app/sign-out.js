// A custom script of every webapp (japanese.js: customScripts). The page is reloaded after a successful login and
// logout through the webapps' own form and button (XMLHttpRequests):
// - after the logout, the service sends the reloaded page on to the identity provider, whose session ends only when
//   the browser itself goes there (security/ProviderSignOut);
// - after the login, the webapp starts anew with the signed-in account's rights (rights.js), read before it starts.
const LOGIN_OR_LOGOUT = /\/api\/admin\/auth\/user\/[^/]+\/(login\/[^/]+|logout)$/;
const open = XMLHttpRequest.prototype.open;

XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  if (String(method).toUpperCase() === 'POST' && LOGIN_OR_LOGOUT.test(String(url))) {
    this.addEventListener('load', () => {
      if (this.status === 200) {
        // a new navigation, not location.reload(): a reload here, while the webapp's own requests of the login were
        // still under way, now and then got the page with the scripts of the earlier answer (nonces no longer valid)
        window.location.replace(window.location.pathname);
      }
    });
  }
  return open.call(this, method, url, ...rest);
};

export default [];
