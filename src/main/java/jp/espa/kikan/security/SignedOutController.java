package jp.espa.kikan.security;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Where the provider returns an official after the sign-out. */
@RestController
class SignedOutController {

    @GetMapping(path = OfficialSignIn.SIGNED_OUT_PAGE, produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    String signedOut() {
        return OfficialAccounts.page("サインアウトしました", "本システムと認証基盤の両方からサインアウトしました。");
    }
}
