package jp.espa.kikan.overview;

import java.util.Set;

import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * The supervisors' overview as a Cockpit plugin (registered in META-INF/services): its REST resource below
 * /camunda/api/cockpit/plugin/supervisor-overview/ and its page (plugin-webapp/supervisor-overview/app/plugin.js), a
 * Cockpit route #/overview with a link in Cockpit's menu.
 */
public class OverviewCockpitPlugin extends AbstractCockpitPlugin {

    public static final String ID = "supervisor-overview";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public Set<Class<?>> getResourceClasses() {
        return Set.of(OverviewPluginResource.class);
    }
}
