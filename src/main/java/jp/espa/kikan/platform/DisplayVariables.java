package jp.espa.kikan.platform;

import java.util.Set;

/**
 * Process variables of a procedure that only copy the registry for its forms and task cards (nothing is decided from
 * them). The engine keeps no history of them (neither ACT_HI_VARINST nor ACT_HI_DETAIL): the registry's case file is
 * the record. See {@link DisplayCopyHistory}.
 */
public interface DisplayVariables {

    Set<String> names();
}
