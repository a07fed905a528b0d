package jp.espa.kikan.registry;

import java.util.UUID;

/** An act just entered in a case file (published in the recording transaction), e.g. for its written notice. */
public record LegalActRecorded(UUID actId, Procedure procedure, String caseNumber, LegalAct act) {
}
