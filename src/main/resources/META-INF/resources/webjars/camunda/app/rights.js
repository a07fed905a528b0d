// What the signed-in account may do in the webapps, read at every page load by each webapp's config.js (japanese.js),
// so that no screen offers what the service refuses (EngineRequestGuard, AccessPolicy):
// - only administrators change the engine's record directly (create a task, move a due date, re-route a task, and in
//   Cockpit suspend, cancel, edit variables, retry jobs, delete deployments); the only accounts with the Admin app;
// - counts over every case (Cockpit's dashboard and process list, its tasks by group) are for the roles that read every
//   case (the Cabinet Office, administrators): those who may read every process instance.
// Nobody signed in (the sign-in page) gets the narrowest view; the page is reloaded after signing in (sign-out.js).
// Plugins are left out through Camunda's own <base cam-exclude-plugins>, read when the webapp starts; buttons that are
// no plugin are hidden by webapps.css under <html data-kikan-writes="none">.

const ENGINE = '/camunda/api/engine/engine/default';

/** Each app's plugins that only change the engine's record (plugin point, or point:id). */
export const WRITES = {
  tasklist: ['tasklist.navbar.action:create-task-action'],
  cockpit: ['cockpit.processInstance.runtime.action', 'cockpit.processDefinition.runtime.action',
    'cockpit.jobDefinition.action', 'cockpit.incident.action', 'cockpit.repository.deployment.action',
    'cockpit.navigation:batch']
};
/**
 * Cockpit's pages that count over every instance of a definition (refused to those who see their ministry's cases
 * only): the process list and the tasks by group. (Its dashboard's counts are no plugin of their own: see README.)
 */
export const EVERY_CASE = {
  cockpit: ['cockpit.navigation:proceses', 'cockpit.navigation:tasks', 'cockpit.navigation:reports']
};

async function json(path) {
  const answer = await fetch(path, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  return answer.status === 200 ? answer.json() : null;
}

/** The signed-in account's rights, or null when nobody is signed in. */
export async function rights() {
  const who = await json('/camunda/api/admin/auth/user/default');
  if (!who) {
    return null;
  }
  const check = await json(ENGINE + '/authorization/check?permissionName=READ&resourceName=ProcessInstance&resourceType=8&resourceId=*');
  const profile = await json(ENGINE + '/user/' + encodeURIComponent(who.userId) + '/profile');
  return {
    userId: who.userId,
    // as Camunda writes it in the header, where it does (Cockpit only once a page of its own has asked)
    name: profile && (profile.firstName || profile.lastName) ? [profile.firstName, profile.lastName].filter(Boolean).join(' ') : '',
    engineWrites: (who.authorizedApps || []).includes('admin'),
    everyCase: Boolean(check && check.authorized)
  };
}

/** The plugins an app leaves out for these rights (null: nobody signed in). */
export function excludedPlugins(app, signedIn) {
  return [...(signedIn?.engineWrites ? [] : WRITES[app] || []), ...(signedIn?.everyCase ? [] : EVERY_CASE[app] || [])];
}

/** Before the webapp starts: its plugins left out, and the page marked for webapps.css. */
export async function applyRights(app) {
  let signedIn = null;
  try {
    signedIn = await rights();
  } catch (e) {
    signedIn = null; // the service unreachable: the webapp shows its own error
  }
  const excluded = excludedPlugins(app, signedIn);
  const base = document.querySelector('base');
  if (base && excluded.length) {
    const earlier = base.getAttribute('cam-exclude-plugins');
    base.setAttribute('cam-exclude-plugins', [earlier, ...excluded].filter(Boolean).join(','));
  }
  const root = document.documentElement;
  root.dataset.kikanWrites = signedIn?.engineWrites ? 'engine' : 'none';
  root.dataset.kikanUser = signedIn ? signedIn.userId : '';
  root.dataset.kikanUserName = signedIn ? signedIn.name : '';
  return signedIn;
}
