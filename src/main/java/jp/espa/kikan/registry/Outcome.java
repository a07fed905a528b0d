package jp.espa.kikan.registry;

/** How a case ended, with the Japanese wording officials read in Tasklist and Cockpit. */
public enum Outcome {
    EXEMPT("適用除外（届出不要）"),
    NO_CONCERNS("勧告しない（懸念なし）"),
    PERIOD_ENDED_NO_RECOMMENDATION("勧告なく期間満了（導入等が可能）"),
    RECOMMENDATION_ACCEPTED("勧告に応諾（変更後の計画で導入等）"),
    REFUSAL_JUSTIFIED("勧告に応諾しないことに正当な理由あり"),
    ORDER_ISSUED("命令の発出"),
    NO_ORDER("命令をしない"),
    PERIOD_ENDED_NO_ORDER("期間満了（命令はできない）"),
    NOT_RECOMMENDED("勧告しない（導入後の審査の結論）");

    private final String labelJa;

    Outcome(String labelJa) {
        this.labelJa = labelJa;
    }

    public String labelJa() {
        return labelJa;
    }
}
