package jp.espa.kikan.platform;

import java.util.Set;

/**
 * Process variables of a procedure that only copy the registry for its forms and task cards (nothing is decided from
 * them). Their first value is kept in the engine's history (ACT_HI_VARINST) but not also as a change
 * (ACT_HI_DETAIL): the registry's case file is the record. See {@link DisplayCopyHistory}.
 */
public interface DisplayVariables {

    Set<String> names();
}
