package jp.espa.kikan.criteria;

import java.nio.charset.StandardCharsets;

import jp.espa.kikan.criteria.CriteriaSimulation.Row;
import jp.espa.kikan.criteria.DraftSimulator.SimulationResult;

/** A simulation as the committee reads it in a spreadsheet. */
final class SimulationCsv {

    private SimulationCsv() {
    }

    /** CSV in UTF-8 with a byte-order mark (Excel opens it as UTF-8). */
    static byte[] of(SimulationResult r) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(line("指定基準の案", r.draftNumber() + " " + r.draftTable()));
        csv.append(line("現行の指定基準", r.liveTable()));
        csv.append(line("基準とした事業年度", r.latestFiscalYearJa() + "（直近の終了事業年度）"));
        csv.append(line("事業者数", String.valueOf(r.operators()), "新たに該当", String.valueOf(r.newlyMeeting()),
                "該当しなくなる", String.valueOf(r.noLongerMeeting()), "引き続き該当", String.valueOf(r.stillMeeting()),
                "引き続き非該当", String.valueOf(r.stillNotMeeting())));
        csv.append(line("法人番号", "事業者名", "変化", "現行の基準で該当する基準", "案で該当する基準", "不足している数値等", "中小企業者"));
        for (Row row : r.rows()) {
            csv.append(line(row.corporateNumber(), row.name(), row.changeJa(), String.join(" ", row.liveCriteria()),
                    String.join(" ", row.draftCriteria()), String.join(" ", row.missingFigures()),
                    row.sme() == null ? "不明" : row.sme() ? "該当" : "非該当"));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String line(String... cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            String cell = cells[i] == null ? "" : cells[i];
            // a cell Excel would read as a formula is quoted as text
            if (!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0) {
                cell = "'" + cell;
            }
            line.append(i == 0 ? "" : ",").append('"').append(cell.replace("\"", "\"\"")).append('"');
        }
        return line.append("\r\n").toString();
    }
}
