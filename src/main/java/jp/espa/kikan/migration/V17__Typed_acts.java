package jp.espa.kikan.migration;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Typed acts: the case file's free text ({@code case_act.details}) becomes the JSON of each act's record type
 * ({@code registry.ActContent}, schema version 1) beside a {@code due_on} column, once, for the rows of earlier
 * releases; the column {@code details} is then dropped. This is the only place that reads the text of earlier releases for its
 * structure (the delivery day a recommendation's text ended with, the headings of an order, the count of public
 * comments); it writes JSON nodes, not the records, so it keeps converting the same way when the records change.
 * Where the old text never held a field (an order's facts and comply-by day, a shortening's previous last day, the
 * risk findings) the field stays empty. Rows are read case by case in the order made: an order's ground is which
 * reply preceded it, a designation's findings and review are the acts before it.
 */
@Component
public class V17__Typed_acts extends BaseJavaMigration {

    /** The content's schema version this migration writes (ActJson's then), whatever later releases number theirs. */
    private static final int CONTENT_VERSION = 1;

    private static final Pattern DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern DELIVERED = Pattern.compile("\\s*\\(delivered (\\d{4}-\\d{2}-\\d{2})[^)]*\\)$");
    private static final Pattern COMMENTS = Pattern.compile("(\\d+) comments\\.\\s*(.*)", Pattern.DOTALL);
    private static final Pattern LATE = Pattern.compile("回答期限 (\\d{4}-\\d{2}-\\d{2}) の後、.*? に到達。.*?：(.*)", Pattern.DOTALL);
    private static final Pattern PERIOD = Pattern.compile("禁止期間を(?:短縮|延長)。(?:短縮|延長)後の期間の末日 (\\d{4}-\\d{2}-\\d{2})。(.*)", Pattern.DOTALL);

    private record Row(Object id, String procedure, String caseNumber, String type, LocalDate actDate, String decision,
                       LocalDate effectiveOn, String details) {
    }

    private record Converted(ObjectNode content, LocalDate effectiveOn, LocalDate dueOn) {
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("alter table case_act add column due_on date");
            ddl.execute("alter table case_act add column content " + (postgres ? "jsonb" : "character large object"));
            ddl.execute("alter table case_act add column content_version int");
        }
        try (Statement read = connection.createStatement();
             PreparedStatement write = connection.prepareStatement("update case_act set content = "
                     + (postgres ? "cast(? as jsonb)" : "?") + ", content_version = ?, effective_on = ?, due_on = ? where id = ?")) {
            read.setFetchSize(1000);
            List<Row> caseRows = new ArrayList<>();
            try (ResultSet rs = read.executeQuery("""
                    select id, procedure, case_number, act_type, act_date, decision, effective_on, details from case_act
                    order by procedure, case_number, recorded_at, act_date""")) {
                while (rs.next()) {
                    Row row = new Row(rs.getObject("id"), rs.getString("procedure"), rs.getString("case_number"),
                            rs.getString("act_type"), rs.getObject("act_date", LocalDate.class), rs.getString("decision"),
                            rs.getObject("effective_on", LocalDate.class), rs.getString("details"));
                    if (!caseRows.isEmpty() && !sameCase(caseRows.get(0), row)) {
                        convertCase(connection, caseRows, write);
                        caseRows.clear();
                    }
                    caseRows.add(row);
                }
            }
            convertCase(connection, caseRows, write);
            write.executeBatch();
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("alter table case_act alter column content set not null");
            ddl.execute("alter table case_act alter column content_version set not null");
            ddl.execute("alter table case_act drop column details");
            ddl.execute("create index case_act_due on case_act (act_type, due_on)");
        }
    }

    private static boolean sameCase(Row a, Row b) {
        return a.procedure().equals(b.procedure()) && a.caseNumber().equals(b.caseNumber());
    }

    private void convertCase(Connection connection, List<Row> rows, PreparedStatement write) throws SQLException {
        for (int i = 0; i < rows.size(); i++) {
            Converted c = convert(connection, rows.get(i), rows.subList(0, i));
            write.setString(1, c.content().toString());
            write.setInt(2, CONTENT_VERSION);
            write.setObject(3, c.effectiveOn() == null ? null : Date.valueOf(c.effectiveOn()), java.sql.Types.DATE);
            write.setObject(4, c.dueOn() == null ? null : Date.valueOf(c.dueOn()), java.sql.Types.DATE);
            write.setObject(5, rows.get(i).id());
            write.addBatch();
        }
        write.executeBatch();
    }

    /** One act of an earlier release as its record type; {@code before}: the acts of its case that came before it. */
    private Converted convert(Connection connection, Row row, List<Row> before) throws SQLException {
        String text = Objects.requireNonNullElse(row.details(), "");
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        switch (row.type()) {
            case "ACCEPTANCE" -> {
                List<LocalDate> days = days(text);
                o.put("periodLastDay", days.size() > 0 ? days.get(0).toString() : null);
                o.put("extensionCap", days.size() > 1 ? days.get(1).toString() : null);
            }
            case "CORRECTION_REQUESTED" -> o.put("matters", text.isBlank() ? "（記載なし）" : text);
            case "RISK_ASSESSED" -> {
                o.putNull("level");
                o.put("levelJa", text.replaceFirst("^リスク評価 ", "").replaceFirst("（.*$", ""));
                o.put("ruleVersion", text.contains("（") ? text.substring(text.indexOf('（') + 1).replaceFirst("）$", "") : null);
                o.putArray("findings");
            }
            case "SHORTENING_NOTICE", "EXTENSION_NOTICE" -> {
                Matcher m = PERIOD.matcher(text);
                o.putNull("previousLastDay");
                o.put("newLastDay", m.matches() ? m.group(1) : firstDay(text, row.actDate()).toString());
                o.put("reasons", m.matches() ? m.group(2).strip() : text);
                o.putNull("deliveredOn");
            }
            case "REVIEW_DECIDED", "EXTENSION_FIRST_DECIDED", "EXTENSION_DECIDED" -> {
                o.put("reasons", text);
                o.putNull("extensionNoticeDeliveredOn");
            }
            case "RECOMMENDATION" -> {
                Matcher delivered = DELIVERED.matcher(text);
                boolean found = delivered.find();
                o.put("measure", row.decision());
                o.put("content", found ? text.substring(0, delivered.start()) : text);
                o.putNull("facts");
                o.putNull("reasons");
                o.put("issuedOn", row.actDate().toString());
                o.put("deliveredOn", found ? delivered.group(1) : row.actDate().toString());
                o.put("replyDueOn", row.effectiveOn().toString());
                return new Converted(o, null, row.effectiveOn());
            }
            case "REPLY", "LATE_REPLY" -> {
                Matcher late = LATE.matcher(text);
                boolean isLate = row.type().equals("LATE_REPLY") && late.matches();
                o.put("accepted", "ACCEPTED".equals(row.decision()));
                o.put("statement", isLate ? late.group(2) : text);
                o.put("replyDueOn", isLate ? late.group(1) : null);
            }
            case "ORDER" -> {
                boolean notAccepted = before.stream().anyMatch(r -> r.type().equals("REPLY") && "NOT_ACCEPTED".equals(r.decision()));
                o.put("ground", notAccepted ? "NOT_ACCEPTED_WITHOUT_JUSTIFIABLE_REASON" : "NO_NOTICE");
                o.put("content", section(text, "【命令の内容】"));
                o.putNull("facts");
                o.put("reasons", section(text, "【理由】"));
                o.put("issuedOn", row.actDate().toString());
                o.put("deliveredOn", (row.effectiveOn() == null ? row.actDate() : row.effectiveOn()).toString());
                o.putNull("complyBy");
                return new Converted(o, null, null);
            }
            case "OPPORTUNITY_TO_EXPLAIN" -> {
                boolean given = "GIVEN".equals(row.decision());
                o.put("explanationDueOn", given && row.effectiveOn() != null ? row.effectiveOn().toString() : null);
                o.put("explanation", given ? text : null);
                o.put("exclusionReason", given ? null : text);
                return new Converted(o, null, given ? row.effectiveOn() : null);
            }
            case "DESIGNATION" -> {
                LocalDate[] days = designationDays(connection, row.caseNumber());
                o.put("designatedOn", (days == null ? row.actDate() : days[0]).toString());
                o.put("graceEndsOn", days == null ? null : days[1].toString());
                o.put("criteriaFindings", lastText(before, "CRITERIA_EVALUATED"));
            }
            case "REVOCATION" -> {
                o.put("revokedOn", row.actDate().toString());
                o.put("criteriaFindings", lastText(before, "REVOCATION_STARTED"));
                o.put("reasons", lastText(before, "REVOCATION_DECIDED"));
            }
            case "ORDER_DECIDED" -> {
                o.putNull("content");
                o.putNull("ground");
                o.putNull("facts");
                o.put("reasons", text);
            }
            case "CRITERIA_EVALUATED", "REVOCATION_STARTED" -> { // "<trigger>: <findings>" for a revocation
                boolean revocation = row.type().equals("REVOCATION_STARTED") && text.contains(": ");
                o.put("trigger", revocation ? text.substring(0, text.indexOf(": ")) : "PROPOSAL");
                o.put("findings", revocation ? text.substring(text.indexOf(": ") + 2) : text);
                o.putNull("ruleVersion");
                o.putNull("smeBasis");
            }
            case "CHANGE_PUBLISHED" -> { // "変更事項: 名称\n変更前: …\n変更後: …\n変更日: 2026-12-09"
                o.put("particular", line(text, "変更事項").equals("住所") ? "ADDRESS" : "NAME");
                o.put("oldValue", line(text, "変更前"));
                o.put("newValue", line(text, "変更後"));
                o.put("effectiveOn", firstDay(line(text, "変更日"), row.actDate()).toString());
            }
            case "PUBLIC_COMMENT_RESULTS" -> {
                Matcher m = COMMENTS.matcher(text);
                if (m.matches()) {
                    o.put("commentsReceived", Integer.parseInt(m.group(1)));
                    o.put("summary", m.group(2));
                } else {
                    o.putNull("commentsReceived");
                    o.put("summary", text);
                }
            }
            default -> o.put("text", text);
        }
        return new Converted(o, row.effectiveOn(), null);
    }

    private static LocalDate[] designationDays(Connection connection, String proposalNumber) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("""
                select d.designated_on, d.grace_ends_on from designation d join designation_case c on d.designation_case_id = c.id
                where c.proposal_number = ?""")) {
            s.setString(1, proposalNumber);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? new LocalDate[] {rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)} : null;
            }
        }
    }

    private static String lastText(List<Row> before, String... types) {
        List<String> wanted = List.of(types);
        String found = null;
        for (Row r : before) {
            if (wanted.contains(r.type())) {
                found = r.details();
            }
        }
        return found;
    }

    /** The value of a "label: value" line of an earlier release's text, or "". */
    private static String line(String text, String label) {
        return text.lines().filter(l -> l.startsWith(label + ": ")).map(l -> l.substring(label.length() + 2)).findFirst()
                .orElse("");
    }

    private static List<LocalDate> days(String text) {
        List<LocalDate> days = new ArrayList<>();
        Matcher m = DAY.matcher(text);
        while (m.find()) {
            days.add(LocalDate.parse(m.group(1)));
        }
        return days;
    }

    private static LocalDate firstDay(String text, LocalDate otherwise) {
        List<LocalDate> days = days(text);
        return days.isEmpty() ? otherwise : days.get(0);
    }

    /** A section of an order as earlier releases wrote it: from its heading to the next heading or the end. */
    private static String section(String text, String heading) {
        int start = text.indexOf(heading);
        if (start < 0) {
            return text.strip();
        }
        String rest = text.substring(start + heading.length());
        int next = rest.indexOf("\n【");
        return (next < 0 ? rest : rest.substring(0, next)).strip();
    }
}
