package jp.espa.kikan.support;

/** Corporate numbers for tests: the check digit (法人番号の指定等に関する省令 第2条) before twelve digits of the test's own. */
public final class CorporateNumbers {

    private CorporateNumbers() {
    }

    /** {@code base}: twelve digits, e.g. registry office 9999, a block of the test's own, a serial. */
    public static String of(String base) {
        int sum = 0;
        for (int n = 1; n <= 12; n++) {
            sum += (base.charAt(12 - n) - '0') * (n % 2 == 1 ? 1 : 2);
        }
        return (9 - sum % 9) + base;
    }
}
