package jp.espa.kikan.platform;

import org.springframework.lang.Nullable;

/**
 * The stable machine codes of the API's problem documents ({@code code}), and what each says in Japanese
 * ({@code detail} when the refusal has no more particular words). Systems rely on the code, never on the detail, which
 * is written for the operator and may be reworded; a code once published is never renamed or reused (docs/api.md).
 */
public enum ProblemCode {

    // ---- by status: every refusal without a code of its own
    INVALID_INPUT("入力内容に誤りがあります。errors に項目ごとの内容を示します。"),
    UNAUTHORIZED("認証が必要です（このサービスの認証基盤が発行したベアラートークン、又は許可された環境ではHTTP Basic認証）。"),
    FORBIDDEN("このアカウントには、この操作を行う権限がありません。"),
    NOT_FOUND("指定されたものは見つからないか、このアカウントからは参照できません。"),
    METHOD_NOT_ALLOWED("このパスは、このHTTPメソッドを受け付けません。"),
    NOT_ACCEPTABLE("Accept ヘッダーの形式では応答できません（application/json を受け付けてください）。"),
    CONFLICT("事案の現在の状態では、この操作はできません。"),
    PAYLOAD_TOO_LARGE("要求の本文が大きすぎます。"),
    UNSUPPORTED_MEDIA_TYPE("この Content-Type は受け付けません（application/json で送信してください）。"),
    TOO_MANY_REQUESTS("要求が多すぎます。時間をおいて再度送信してください。"),
    REQUEST_REFUSED("要求を受け付けられませんでした。"),
    INTERNAL_ERROR("予期しないエラーが発生しました。errorId を添えて問い合わせてください。"),
    SERVICE_UNAVAILABLE("現在、要求を処理できません。Retry-After の秒数の後に再度送信してください。"),

    // ---- particular refusals a system may act on
    /** 応諾 (Art 52(7)) comes with the plan as revised. */
    PLAN_REVISION_REQUIRED("勧告を応諾する場合は、勧告に従って変更した導入等計画書の内容（revisedPlanSummary）を記載してください。"),
    /** 応諾しない comes with its reasons. */
    REPLY_REASONS_REQUIRED("勧告を応諾しない場合は、その理由（reasons）を記載してください。"),
    /** A reply when no recommendation awaits one. */
    REPLY_NOT_AWAITED("この事案では勧告に対する回答を待っていません。"),
    /** A changed plan (Art 54) or a correction after the review it belongs to has ended. */
    CASE_NOT_AWAITING_FILING("この事案は、この届出・提出を受け付ける段階にありません。"),
    /** An Art 55 review of a screening case that has not closed. */
    SCREENING_NOT_CLOSED("導入後の審査（法第55条）は、審査を終えた事案についてのみ開始できます。"),
    /** A report (Art 58) when none is awaited. */
    REPORT_NOT_AWAITED("この事案では報告を待っていません（報告の求めでない、提出済み、又は終結済み）。"),
    /** The client's number (application, proposal or review number) names a record already registered. */
    ALREADY_REGISTERED("この番号は既に登録されています。"),
    /** The number holds a record another request filed (a repeated filing is the same request by the same account). */
    NUMBER_TAKEN("この番号は別の要求で届け出られています。新たな届出には新たな番号を使ってください。"),
    /** A designation proposal for an operator already designated in the sector. */
    ALREADY_DESIGNATED("この事業者は、この対象事業について既に指定されています。"),
    /** The operator is not a designated operator of the sector on the day (Art 50). */
    NOT_DESIGNATED("この事業者は、その日にこの対象事業の特定社会基盤事業者として指定されていません。"),
    /** Two requests changed the same record at once: send it again. */
    CONCURRENT_CHANGE("同時に別の変更が行われました。内容を確認して再度送信してください。"),
    /** A document cannot be issued (no font for the notice is installed). */
    DOCUMENT_NOT_ISSUABLE("文書を作成できません（運用管理者に連絡してください）。");

    private final String ja;

    ProblemCode(String ja) {
        this.ja = ja;
    }

    public String ja() {
        return ja;
    }

    /** The code of a refusal by its status alone. */
    public static ProblemCode of(int status) {
        return switch (status) {
            case 400 -> INVALID_INPUT;
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 429 -> TOO_MANY_REQUESTS;
            case 503 -> SERVICE_UNAVAILABLE;
            default -> status >= 500 ? INTERNAL_ERROR : REQUEST_REFUSED;
        };
    }

    /** Whether a message is written in Japanese (an English one, of code not yet worded for operators, stays in logs). */
    public static boolean japanese(@Nullable String message) {
        return message != null && message.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA);
    }
}
