package jp.espa.kikan.criteria;

import java.util.Set;

import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * 指定基準の案の試算 as a Cockpit plugin (registered in META-INF/services), as the supervisors' overview is: its resource
 * below /camunda/api/cockpit/plugin/criteria-simulation/ ({@link CriteriaCockpitController}) and its page
 * (plugin-webapp/criteria-simulation/app/plugin.js), a Cockpit route #/criteria-simulation with a link in the menu.
 */
public class CriteriaCockpitPlugin extends AbstractCockpitPlugin {

    public static final String ID = "criteria-simulation";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public Set<Class<?>> getResourceClasses() {
        return Set.of(CriteriaCockpitController.class);
    }
}
