package jp.espa.kikan.criteria;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jp.espa.kikan.platform.DecisionRecorder;
import jp.espa.kikan.registry.Sector;
import jp.espa.kikan.registry.SectorRegistry;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.springframework.stereotype.Component;

/**
 * The criteria table a sector's designations are decided by: its latest enacted draft from the enforcement of the
 * amended ordinance on (deployed when enacted), else the table deployed with the release under the sector's key. An
 * enacted table stays live even if a later release redeploys the sector's file: an amendment comes as a draft.
 */
@Component
public class LiveCriteriaTables {

    private final CriteriaDraftRepository drafts;
    private final DecisionRecorder decisions;
    private final RepositoryService repository;
    private final SectorRegistry sectors;

    LiveCriteriaTables(CriteriaDraftRepository drafts, DecisionRecorder decisions, RepositoryService repository,
                       SectorRegistry sectors) {
        this.drafts = drafts;
        this.decisions = decisions;
        this.repository = repository;
        this.sectors = sectors;
    }

    public DecisionRecorder.Table of(Sector sector) {
        return drafts.enactedDefinition(sector.code())
                .map(id -> new DecisionRecorder.Table(repository.getDecisionDefinition(id)))
                .orElseGet(() -> decisions.latest(sector.criteriaDecisionKey()));
    }

    /** The live table of a sector in the registry with criteria; none for a business not (yet) a sector. */
    Optional<DecisionRecorder.Table> ofSector(String sectorCode) {
        return sectors.sector(sectorCode)
                .filter(s -> s.criteriaDecisionKey() != null && decisions.isDeployed(s.criteriaDecisionKey()))
                .map(this::of);
    }

    /**
     * The table's model. An enacted draft's is read from the draft: in the command that deploys it (a timer's) the
     * engine has not written the deployment's resources yet.
     */
    public DmnModelInstance model(DecisionRecorder.Table table) {
        return Dmn.readModelFromStream(new ByteArrayInputStream(xml(table).getBytes(StandardCharsets.UTF_8)));
    }

    String xml(DecisionRecorder.Table table) {
        return drafts.xmlOfDefinition(table.definition().getId()).orElseGet(() -> {
            try (InputStream in = repository.getDecisionModel(table.definition().getId())) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
