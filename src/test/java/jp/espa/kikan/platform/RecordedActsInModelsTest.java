package jp.espa.kikan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import jp.espa.kikan.registry.CaseFile;
import jp.espa.kikan.registry.LegalActType;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.DataOutputAssociation;
import org.camunda.bpm.model.bpmn.instance.DataStoreReference;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Component;

/**
 * Recording is visible in the models where it records an act: a user task whose completion writes the case file (its
 * {@code complete} listener's step reaches {@link CaseFile}'s {@code record…} in the compiled code) has a data output
 * association to a reference of the data store 事件記録 ({@code DataStore_CaseFile}), named
 * {@code DataStoreReference_<Act>} after a {@link LegalActType} the step writes; no other activity has one. What
 * records is read from the code's call graph (ArchUnit), not from a list, so a step that stops recording, or a new
 * one that starts, fails here until its model says so.
 */
class RecordedActsInModelsTest {

    static final String CASE_FILE = "DataStore_CaseFile";
    private static final Pattern STEP = Pattern.compile("\\$\\{(\\w+)\\.(\\w+)\\(task\\)}");
    private static final String REFERENCE_PREFIX = "DataStoreReference_";

    private static JavaClasses code;
    private static List<BpmnModelInstance> models;

    @BeforeAll
    static void importCodeAndModels() throws IOException {
        code = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("jp.espa.kikan");
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            models = files.filter(f -> f.toString().endsWith(".bpmn")).sorted()
                    .map(f -> Bpmn.readModelFromFile(f.toFile())).toList();
        }
        assertThat(models).isNotEmpty();
    }

    @Test
    void aTaskShowsTheCaseFileExactlyWhenItsCompletionRecordsAnAct() {
        List<String> recording = new ArrayList<>();
        List<String> mismatches = new ArrayList<>();
        for (BpmnModelInstance model : models) {
            for (Activity activity : model.getModelElementsByType(Activity.class)) {
                boolean records = completionStep(activity).map(RecordedActsInModelsTest::reach)
                        .map(Reach::recordsInTheCaseFile).orElse(false);
                boolean shown = !caseFileReferences(activity).isEmpty();
                if (records) {
                    recording.add(activity.getId());
                }
                if (records != shown) {
                    mismatches.add(activity.getId() + (records ? " records an act but shows no 事件記録"
                            : " shows 事件記録 but its completion records nothing"));
                }
            }
        }
        assertThat(mismatches).isEmpty();
        assertThat(recording).as("the user tasks whose completion records an act").hasSizeGreaterThan(30);
    }

    @Test
    void eachReferenceNamesAnActItsTaskRecords() {
        List<String> wrong = new ArrayList<>();
        for (BpmnModelInstance model : models) {
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                Optional<Reach> reach = completionStep(task).map(RecordedActsInModelsTest::reach);
                for (DataStoreReference reference : caseFileReferences(task)) {
                    String act = actOf(reference.getId());
                    if (reach.isEmpty() || !reach.get().actTypes().contains(act)) {
                        wrong.add(task.getId() + " → " + reference.getId() + " (" + act + "): not an act its step writes, "
                                + "which are " + reach.map(Reach::actTypes).orElse(new TreeSet<>()));
                    }
                    if (reference.getName() == null || !reference.getName().startsWith("事件記録")) {
                        wrong.add(reference.getId() + " is named " + reference.getName());
                    }
                }
            }
            for (DataStoreReference reference : model.getModelElementsByType(DataStoreReference.class)) {
                if (reference.getDataStore() == null || !CASE_FILE.equals(reference.getDataStore().getId())) {
                    wrong.add(reference.getId() + " does not refer to " + CASE_FILE);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** The analysis tells a step that only prepares a form (a create listener) from one that records. */
    @Test
    void preparingStepsRecordNothing() {
        List<String> preparing = new ArrayList<>();
        for (BpmnModelInstance model : models) {
            for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
                if ("create".equals(listener.getCamundaEvent())) {
                    preparing.add(listener.getCamundaExpression());
                    assertThat(reach(step(listener.getCamundaExpression())).recordsInTheCaseFile())
                            .as(listener.getCamundaExpression()).isFalse();
                }
            }
        }
        assertThat(preparing).isNotEmpty();
    }

    private static List<DataStoreReference> caseFileReferences(Activity activity) {
        return activity.getChildElementsByType(DataOutputAssociation.class).stream()
                .map(association -> association.getTarget())
                .filter(DataStoreReference.class::isInstance).map(DataStoreReference.class::cast).toList();
    }

    /** {@code DataStoreReference_ReviewDecided} (or {@code _ReviewDecided2} for a second one) names REVIEW_DECIDED. */
    private static String actOf(String referenceId) {
        String camel = referenceId.substring(REFERENCE_PREFIX.length()).replaceAll("\\d+$", "");
        return camel.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase();
    }

    private static Optional<JavaMethod> completionStep(Activity activity) {
        if (!(activity instanceof UserTask)) {
            return Optional.empty();
        }
        return activity.getExtensionElements() == null ? Optional.empty()
                : activity.getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class).list().stream()
                        .filter(listener -> "complete".equals(listener.getCamundaEvent()))
                        .map(listener -> step(listener.getCamundaExpression())).findFirst();
    }

    /** {@code ${screeningSteps.reviewPlan(task)}}: the method of the component the expression names. */
    private static JavaMethod step(String expression) {
        Matcher m = STEP.matcher(expression);
        assertThat(m.matches()).as("a listener calls one step: " + expression).isTrue();
        JavaClass bean = code.stream().filter(c -> c.isAnnotatedWith(Component.class))
                .filter(c -> decapitalized(c.getSimpleName()).equals(m.group(1))).findFirst()
                .orElseThrow(() -> new AssertionError("no component " + m.group(1)));
        return bean.getMethod(m.group(2), DelegateTask.class);
    }

    private static String decapitalized(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /** What a step reaches through our code: whether it writes the case file, and the act types it names on the way. */
    record Reach(boolean recordsInTheCaseFile, Set<String> actTypes) {
    }

    private static Reach reach(JavaMethod step) {
        Set<JavaCodeUnit> seen = new HashSet<>();
        Deque<JavaCodeUnit> next = new ArrayDeque<>(List.of(step));
        boolean records = false;
        Set<String> actTypes = new TreeSet<>();
        while (!next.isEmpty()) {
            JavaCodeUnit unit = next.pop();
            if (!seen.add(unit)) {
                continue;
            }
            unit.getFieldAccesses().stream().filter(a -> a.getTargetOwner().isEquivalentTo(LegalActType.class))
                    .forEach(a -> actTypes.add(a.getTarget().getName()));
            for (var call : unit.getCallsFromSelf()) {
                JavaClass owner = call.getTargetOwner();
                if (owner.isEquivalentTo(CaseFile.class) && call.getName().startsWith("record")) {
                    records = true;
                }
                if (!owner.getPackageName().startsWith("jp.espa.kikan")) {
                    continue;
                }
                call.getTarget().resolveMember().ifPresent(next::add);
                // a call through an interface or a superclass may land in any implementation
                for (JavaClass implementation : owner.getAllSubclasses()) {
                    implementation.getCodeUnits().stream().filter(u -> u.getName().equals(call.getName())
                                    && u.getRawParameterTypes().equals(call.getTarget().getRawParameterTypes()))
                            .forEach(next::add);
                }
            }
        }
        return new Reach(records, actTypes);
    }
}
