package jp.espa.kikan.criteria;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.espa.kikan.criteria.CriteriaDraftRepository.Draft;
import jp.espa.kikan.criteria.CriteriaSimulation.Change;
import jp.espa.kikan.criteria.DraftSimulator.SimulationResult;
import jp.espa.kikan.platform.ConflictException;
import jp.espa.kikan.platform.DecisionRecorder;
import jp.espa.kikan.registry.DecisionLog;
import jp.espa.kikan.registry.Procedure;
import jp.espa.kikan.platform.ProblemCode;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * A draft becomes the live table on the enforcement day: deployed as a decision definition of its own deployment,
 * marked enacted (once: the enforcement run again finds it enacted and does nothing), the change against the table it
 * replaces put in the decision log and told to the designation procedure ({@link CriteriaEnacted}), all in the
 * caller's transaction.
 */
@Component
class CriteriaEnactment {

    private final CriteriaDraftRepository drafts;
    private final DraftSimulator simulator;
    private final LiveCriteriaTables liveTables;
    private final RepositoryService repository;
    private final DecisionLog log;
    private final ApplicationEventPublisher events;
    private final ObjectMapper json;

    CriteriaEnactment(CriteriaDraftRepository drafts, DraftSimulator simulator, LiveCriteriaTables liveTables,
                      RepositoryService repository, DecisionLog log, ApplicationEventPublisher events, ObjectMapper json) {
        this.drafts = drafts;
        this.simulator = simulator;
        this.liveTables = liveTables;
        this.repository = repository;
        this.log = log;
        this.events = events;
        this.json = json;
    }

    /** Enacts the draft as of its enforcement day; empty when it was enacted already. */
    Optional<CriteriaEnacted> enact(Draft draft, LocalDate enforcedOn, String enactedBy) {
        if (!"DRAFT".equals(draft.status())) {
            return Optional.empty();
        }
        Optional<DecisionRecorder.Table> previous = liveTables.ofSector(draft.sectorCode());
        SimulationResult change = simulator.run(draft, previous, enforcedOn); // before the draft is deployed
        // the definition as deployed, not queried: inside the engine's command (a timer's) nothing is flushed yet
        DecisionDefinition definition = repository.createDeployment().name("criteria-" + draft.draftNumber())
                .source("criteria-drafts").addString(draft.draftNumber() + ".dmn", drafts.xml(draft.id())).deployWithResult()
                .getDeployedDecisionDefinitions().stream().filter(d -> d.getKey().equals(draft.decisionKey())).findFirst()
                .orElseThrow();
        if (!drafts.enact(draft.id(), enforcedOn, definition.getId(), enactedBy)) {
            throw new ConflictException(ProblemCode.CONCURRENT_CHANGE, "指定基準の案 " + draft.draftNumber() + " は同時に施行されました。");
        }
        CriteriaEnacted enacted = new CriteriaEnacted(draft.draftNumber(), draft.sectorCode(),
                new DecisionRecorder.Table(definition).version(), enforcedOn, change.corporateNumbers(Change.NEWLY_MEETING),
                change.corporateNumbers(Change.NO_LONGER_MEETING));
        record(draft, definition, previous, enactedBy, enacted);
        events.publishEvent(enacted);
        return Optional.of(enacted);
    }

    private void record(Draft draft, DecisionDefinition definition, Optional<DecisionRecorder.Table> previous, String by,
                        CriteriaEnacted enacted) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("trigger", "ENACTMENT");
        inputs.put("by", by);
        inputs.put("replaces", previous.map(t -> t.definition().getKey() + ":" + t.definition().getVersion()).orElse(null));
        inputs.put("enforcedOn", enacted.enforcedOn().toString());
        Map<String, Object> outputs = new LinkedHashMap<>();
        // as many as the log's column holds; the designation procedure's cases name them all
        outputs.put(Change.NEWLY_MEETING.name(), enacted.newlyMeeting().stream().limit(200).toList());
        outputs.put(Change.NO_LONGER_MEETING.name(), enacted.noLongerMeeting().stream().limit(200).toList());
        log.record(Procedure.DESIGNATION, draft.draftNumber(), definition.getKey(), definition.getVersion(),
                definition.getVersionTag(), write(inputs), write(outputs), "ENACTED");
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
