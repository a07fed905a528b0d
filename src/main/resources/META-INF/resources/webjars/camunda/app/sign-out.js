// A custom script of every webapp (japanese.js: customScripts). The logout button ends the service's session with an
// XMLHttpRequest; the identity provider's session ends only when the browser itself goes there, so after a
// successful logout the page is reloaded and the service sends it on to the provider (security/ProviderSignOut).
const LOGOUT = /\/api\/admin\/auth\/user\/[^/]+\/logout$/;
const open = XMLHttpRequest.prototype.open;

XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  if (String(method).toUpperCase() === 'POST' && LOGOUT.test(String(url))) {
    this.addEventListener('load', () => {
      if (this.status === 200) {
        window.location.reload();
      }
    });
  }
  return open.call(this, method, url, ...rest);
};

export default [];
