package jp.espa.kikan.criteria;

import java.util.Optional;

import org.springframework.stereotype.Component;

/** What the procedures read of the drafts of criteria. */
@Component
public class CriteriaDrafts {

    private final CriteriaDraftRepository drafts;

    CriteriaDrafts(CriteriaDraftRepository drafts) {
        this.drafts = drafts;
    }

    /** The competent ministry of a new sector that a draft of criteria proposes (none for a code no draft names). */
    public Optional<String> competentMinistryOfDraftedSector(String sectorCode) {
        return drafts.firstOf(sectorCode).map(CriteriaDraftRepository.Draft::competentMinistry);
    }
}
