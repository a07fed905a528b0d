package jp.espa.kikan.registry;

/**
 * The 13-digit corporate number (法人番号). The first digit is a check digit over the other twelve
 * (Ordinance on the Corporate Number, Art 2): 9 - (sum of digit x weight mod 9), weights 1,2,1,2... from the right.
 */
public final class CorporateNumber {

    private CorporateNumber() {
    }

    public static boolean isValid(String number) {
        if (number == null || !number.matches("[0-9]{13}")) {
            return false;
        }
        return number.charAt(0) - '0' == checkDigit(number.substring(1));
    }

    static int checkDigit(String base12) {
        int sum = 0;
        for (int n = 1; n <= 12; n++) {
            int digit = base12.charAt(12 - n) - '0';
            sum += digit * (n % 2 == 1 ? 1 : 2);
        }
        return 9 - sum % 9;
    }
}
