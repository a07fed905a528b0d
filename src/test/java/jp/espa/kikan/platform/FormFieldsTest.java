package jp.espa.kikan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/** Which variables a Camunda Form lets an official set, read from real forms of forms/. */
class FormFieldsTest {

    private static FormFields read(String form) throws IOException {
        try (InputStream json = FormFieldsTest.class.getResourceAsStream("/forms/" + form + ".form")) {
            return FormFields.read(json);
        }
    }

    @Test
    void theCompletenessCheckLetsTheOfficialSetOnlyTheDecisionAndShowsTheCaseFacts() throws IOException {
        FormFields form = read("Form_CheckCompleteness");

        assertThat(form.editable()).containsExactlyInAnyOrder("planComplete", "acceptedOn", "correctionRequest");
        // the case's facts are one object (case.operatorName, ...), shown and never written
        assertThat(form.display()).containsExactlyInAnyOrder("case", "correctionReceivedOn", "correctionSummary");
        assertThat(form.editable()).doesNotContain("case", "caseId", "criteriaMet");
        // refusals name a field by the label the official reads
        assertThat(form.label("correctionRequest")).isEqualTo("補正を求める事項");
        assertThat(form.label("noSuchField")).isEqualTo("noSuchField");
    }

    @Test
    void theDesignationStartFormHasOnlyEditableFields() throws IOException {
        FormFields form = read("Form_ProposeDesignation");

        assertThat(form.editable()).containsExactlyInAnyOrder("proposalNumber", "sectorCode", "corporateNumber",
                "operatorName", "operatorAddress", "representativeTitle", "representativeName", "proposalReason", "industry",
                "capitalYen", "employees");
        assertThat(form.display()).isEmpty();
    }

    @Test
    void nestedKeysGroupPathsAndReadonlyGroupsFollowFormJs() throws IOException {
        FormFields form = FormFields.read(new ObjectMapper().readTree("""
                {"components": [
                  {"type": "textfield", "key": "address.city"},
                  {"type": "group", "path": "party", "components": [{"type": "textfield", "key": "name"}]},
                  {"type": "group", "disabled": true, "components": [{"type": "number", "key": "shown"}]},
                  {"type": "textfield", "key": "maybe", "readonly": "=planComplete"},
                  {"type": "textfield", "key": "both", "readonly": true},
                  {"type": "textfield", "key": "both"},
                  {"type": "text", "text": "no key"}]}"""));

        assertThat(form.editable()).containsExactlyInAnyOrder("address", "party", "maybe", "both");
        assertThat(form.display()).containsExactly("shown");
    }

    /** form-js sends an object back whole, with what the form shows of it: one shown field keeps all of it unwritten. */
    @Test
    void anObjectWithAnyReadonlyFieldIsDisplayOnly() throws IOException {
        FormFields form = FormFields.read(new ObjectMapper().readTree("""
                {"components": [
                  {"type": "textfield", "key": "case.operatorName", "readonly": true, "label": "事業者"},
                  {"type": "textfield", "key": "case.note"},
                  {"type": "group", "path": "party", "components": [
                    {"type": "textfield", "key": "name"},
                    {"type": "textfield", "key": "number", "disabled": true}]},
                  {"type": "textfield", "key": "plain", "readonly": true},
                  {"type": "textfield", "key": "plain"}]}"""));

        assertThat(form.editable()).containsExactly("plain");
        assertThat(form.display()).containsExactlyInAnyOrder("case", "party");
        assertThat(form.label("case")).isEqualTo("case"); // not the label of one of its fields
    }

    @Test
    void everyScreeningFormShowsTheCaseObjectAndLetsNoneOfItBeWritten() throws IOException {
        for (String name : new String[] {"Form_CheckCompleteness", "Form_CheckExemption", "Form_ReviewPlan",
                "Form_DecideExtensionFirst", "Form_DecideExtension", "Form_ConsultMinisters", "Form_IssueRecommendation",
                "Form_AssessRefusal", "Form_DecideOrder", "Form_IssueOrder", "Form_DecideRecommendation",
                "Form_ReviewEmergencyNotification"}) {
            FormFields form = read(name);
            assertThat(form.display()).as(name).contains("case").doesNotContain("operatorName", "planSummary");
            assertThat(form.editable()).as(name).doesNotContain("case");
        }
    }
}
